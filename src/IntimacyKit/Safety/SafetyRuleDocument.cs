using System.Collections.Immutable;

namespace IntimacyKit.Safety;

/// <summary>The JSON form of the safety rules (<c>Content/safety-rules.en.json</c>): named pattern pieces, an explanation per category, and the rules.</summary>
internal sealed record SafetyRuleDocument
{
    /// <summary>Gets the language the rules read, as a culture name.</summary>
    public required string Language { get; init; }

    /// <summary>Gets what the file is, for people who read it.</summary>
    public string? Description { get; init; }

    /// <summary>Gets named pattern pieces: <c>{{name}}</c> in a pattern stands for <c>(?:piece)</c>.</summary>
    public ImmutableDictionary<string, string> Terms { get; init => field = value ?? ImmutableDictionary<string, string>.Empty; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets the default explanation of each category.</summary>
    public ImmutableArray<SafetyCategoryDocument> Categories { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the rules, most serious first: where two rules match at the same place, the first one listed wins.</summary>
    public ImmutableArray<SafetyRuleDefinition> Rules { get; init => field = value.OrEmpty(); } = [];
}
