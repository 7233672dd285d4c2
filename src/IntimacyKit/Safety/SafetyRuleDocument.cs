using System.Collections.Immutable;
using IntimacyKit.Text;

namespace IntimacyKit.Safety;

/// <summary>
/// The JSON form of a safety rule file (<c>Content/safety-rules.en.json</c>, or an app's own): its language, the word
/// classes and named frames its rules use besides the language's lexicon, an explanation per category, and the rules.
/// </summary>
internal sealed record SafetyRuleDocument
{
    /// <summary>Gets the language the rules read, as a culture name such as <c>en</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Gets what the file is, for people who read it.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the word classes the rules use besides the lexicon's, by name (<c>@name</c> in a frame).</summary>
    public ImmutableDictionary<string, WordClassDocument> Classes { get; init => field = value ?? ImmutableDictionary<string, WordClassDocument>.Empty; } = ImmutableDictionary<string, WordClassDocument>.Empty;

    /// <summary>Gets named frames by name: <c>%name</c> in a frame stands for the named one.</summary>
    public ImmutableDictionary<string, string> Frames { get; init => field = value ?? ImmutableDictionary<string, string>.Empty; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets the default explanation of each category.</summary>
    public ImmutableArray<SafetyCategoryDocument> Categories { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the rules, most serious first: where two rules match at the same place, the first one listed is reported first.</summary>
    public ImmutableArray<SafetyRuleDefinition> Rules { get; init => field = value.OrEmpty(); } = [];
}
