namespace IntimacyKit.Experiments;

/// <summary>
/// Someone who keeps the person honest about an experiment: a friend, a peer or a therapist who hears how the
/// check-ins went (after Harriet Lerner, <i>The Dance of Intimacy</i>, chapter 10).
/// </summary>
/// <remarks>Instances are immutable and thread-safe; equality compares all members.</remarks>
public sealed record AccountabilityPartner
{
    /// <summary>Gets the partner's name, as the person calls them.</summary>
    public required string Name { get; init; }

    /// <summary>Gets who they are to the person, such as <c>friend</c> or <c>therapist</c>, or <see langword="null"/>.</summary>
    public string? Role { get; init; }
}
