namespace IntimacyKit.Worksheets;

/// <summary>One entry of a <see cref="FamilyPatternMap"/>: a person in the family of origin and the emotional role they played.</summary>
/// <remarks>Immutable and thread-safe; equality compares both members.</remarks>
public sealed record FamilyRole
{
    /// <summary>Gets who it was, such as "my mother" or "my older brother".</summary>
    public required string Person { get; init; }

    /// <summary>Gets what they did emotionally, such as "smoothed every argument over" or "went quiet for days".</summary>
    public required string Role { get; init; }
}
