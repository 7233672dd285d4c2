using System.Collections.Immutable;
using IntimacyKit.Patterns;

namespace IntimacyKit.Assessments;

/// <summary>
/// A dance two partners' answers show: named only because each partner's own answers show a part in it, with those
/// parts, their evidence, a confidence, the questionnaire's neutral reading and the circuit breakers to offer.
/// </summary>
/// <remarks>
/// A partner may show both roles of a dance (both raising the heat and meeting it, say); each role listed has its own
/// evidence. Instances are immutable and thread-safe. Record equality compares the collections by reference.
/// </remarks>
public sealed record DanceFinding
{
    /// <summary>Gets the dance, such as pursuer–distancer.</summary>
    public required Dance Dance { get; init; }

    /// <summary>Gets the roles of the dance the first partner's own answers show, each with its evidence; never empty.</summary>
    public ImmutableArray<DancePart> FirstPartnerParts { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the roles of the dance the second partner's own answers show, each with its evidence; never empty.</summary>
    public ImmutableArray<DancePart> SecondPartnerParts { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets how clearly the answers show the dance: as clearly as the weaker of the two partners' parts.</summary>
    public required DanceConfidence Confidence { get; init; }

    /// <summary>Gets the questionnaire's reading of the dance (its <see cref="DanceReading.Text"/>), or the dance's summary when it has none: the moves, not the people.</summary>
    public required string Reading { get; init; }

    /// <summary>
    /// Gets the safety note to show with the reading when the dance can touch fear, threats or control, or
    /// <see langword="null"/>. A comparison under a safety view (<see cref="ProfileComparison.WithinSafetyView(Safety.SafeCatalogView)"/>)
    /// leaves out every finding that has one.
    /// </summary>
    public string? SafetyNote { get; init; }

    /// <summary>Gets the dance's circuit breakers to offer: all of them, or under a safety view only those that ask nothing of the partner.</summary>
    public ImmutableArray<CircuitBreaker> CircuitBreakers { get; init => field = value.OrEmpty(); } = [];
}
