namespace IntimacyKit.Safety;

/// <summary>The JSON form of a category's default explanation.</summary>
internal sealed record SafetyCategoryDocument
{
    /// <summary>Gets the category.</summary>
    public required SafetyCategory Category { get; init; }

    /// <summary>Gets the plain explanation a finding of this category gives unless its rule has its own.</summary>
    public required string Explanation { get; init; }
}
