using IntimacyKit.Exercises;

namespace IntimacyKit.Patterns;

/// <summary>
/// One circuit breaker of a <see cref="Dance"/>: a move either partner can make on their own to interrupt the cycle,
/// such as <c>Slow the interaction down.</c>, with what it asks of them with their partner and, when it asks
/// something, a safety note.
/// </summary>
/// <remarks>
/// In JSON a circuit breaker is an object: <c>{ "text": "...", "partnerInvolvement": "renegotiate", "safetyNote": "..." }</c>;
/// <c>partnerInvolvement</c> defaults to <c>none</c> and <c>safetyNote</c> may then be left out.
/// Instances are immutable and thread-safe; equality compares the three members.
/// </remarks>
public sealed record CircuitBreaker : IPartnerInvolving
{
    /// <summary>Gets the move, in plain words.</summary>
    public required string Text { get; init; }

    /// <summary>Gets what the move asks a person to do with their partner; <see cref="PartnerInvolvement.None"/> when it is something to do on one's own.</summary>
    public PartnerInvolvement PartnerInvolvement { get; init; }

    /// <inheritdoc/>
    public string? SafetyNote { get; init; }

    /// <summary>Returns the circuit breaker's <see cref="Text"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
