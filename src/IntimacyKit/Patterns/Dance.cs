using System.Collections.Immutable;

namespace IntimacyKit.Patterns;

/// <summary>
/// A complementary cycle between two partners in which each one's move feeds the other's, such as
/// pursuer–distancer, and the circuit breakers that let one person step out of it.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. Record equality compares the collections by reference.
/// </remarks>
public sealed record Dance : ICatalogItem
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the dance's name, such as <c>Pursuer–distancer</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets a short description of the cycle as a whole.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the first partner's role.</summary>
    public required DanceRole First { get; init; }

    /// <summary>Gets the second partner's role.</summary>
    public required DanceRole Second { get; init; }

    /// <summary>
    /// Gets the circuit breakers: moves either partner can make on their own to interrupt the cycle, each with what it
    /// asks of them with their partner and a safety note where it asks something. After a safety message, offer only
    /// those <see cref="Safety.SafeCatalogView.GetCircuitBreakers(Dance)"/> returns.
    /// </summary>
    public ImmutableArray<CircuitBreaker> CircuitBreakers { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the ids of the chapters this dance draws on.</summary>
    public ImmutableArray<string> ChapterIds { get; init => field = value.OrEmpty(); } = [];
}
