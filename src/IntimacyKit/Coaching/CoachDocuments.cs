using System.Collections.Immutable;
using System.Text.Json.Serialization;
using IntimacyKit.Serialization;
using IntimacyKit.Text;

namespace IntimacyKit.Coaching;

/// <summary>
/// The coach's rules file, <c>Content/coach-rules.en.json</c>: frames over the language's lexicon, the classes below
/// and the vocabulary's word classes (see <see cref="CoachRuleSet"/>), read by the text engine.
/// </summary>
internal sealed record CoachRulesDocument
{
    public required string Language { get; init; }

    public string? Description { get; init; }

    /// <summary>Word classes the frames name as <c>@name</c>, besides the lexicon's and the vocabulary's.</summary>
    public ImmutableDictionary<string, WordClassDocument> Classes { get; init => field = value ?? ImmutableDictionary<string, WordClassDocument>.Empty; } = ImmutableDictionary<string, WordClassDocument>.Empty;

    /// <summary>Named frames, <c>%name</c> in a frame.</summary>
    public ImmutableDictionary<string, string> Frames { get; init => field = value ?? ImmutableDictionary<string, string>.Empty; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The antidote of each finding kind, by its kebab-case name (<c>mind-reading</c>); the built-in file gives every kind one, an app's file none.</summary>
    public ImmutableDictionary<string, CoachAntidoteData> Antidotes { get; init => field = value ?? ImmutableDictionary<string, CoachAntidoteData>.Empty; } = ImmutableDictionary<string, CoachAntidoteData>.Empty;

    public required ImmutableArray<CoachRuleData> Rules { get; init; }

    /// <summary>The frames the rewrite reads the honesty formula's parts from; the built-in file has them, an app's file not.</summary>
    public CoachRewriteData? Rewrite { get; init; }
}

/// <summary>The antidote of one finding kind.</summary>
internal sealed record CoachAntidoteData
{
    /// <summary>The antidote in a sentence, reported in <see cref="CoachFinding.Antidote"/>.</summary>
    public required string Antidote { get; init; }

    /// <summary>The id of the catalog item that practises it, reported in <see cref="CoachFinding.AntidoteId"/>.</summary>
    public required string ItemId { get; init; }
}

/// <summary>One rule of the coach's rules file.</summary>
internal sealed record CoachRuleData
{
    /// <summary>The rule's lower-kebab-case id, reported in <see cref="CoachFinding.RuleId"/>.</summary>
    public required string Id { get; init; }

    [JsonConverter(typeof(KebabCaseEnumConverter<CoachFindingKind>))]
    public required CoachFindingKind Kind { get; init; }

    /// <summary>What finds a rule of how words are written instead of frames: <c>capitals</c> or <c>stacked-marks</c>.</summary>
    public string? Written { get; init; }

    /// <summary>The frames, any of which finds the rule.</summary>
    public ImmutableArray<string> Frames { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Whether a match must open its sentence or clause.</summary>
    public bool Opening { get; init; }

    /// <summary>Whether a match must close its clause (with <see cref="Opening"/>, be its whole clause: "whatever.").</summary>
    public bool Closing { get; init; }

    /// <summary>The fewest letters a match must hold.</summary>
    public int MinLetters { get; init; }

    /// <summary>For the capitals rule: the class of words written in capitals as a matter of course.</summary>
    public string? Acronyms { get; init; }

    public required string Explanation { get; init; }

    public required string Suggestion { get; init; }

    /// <summary>Good-practice exceptions: frames that excuse a match from any of its words (or, for a written rule, after it in its sentence).</summary>
    public ImmutableArray<string> Unless { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Good-practice exceptions: frames that excuse a match when one ends just before it (or, for a written rule, before it in its sentence).</summary>
    public ImmutableArray<string> UnlessBefore { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Good-practice exceptions: frames that excuse a match when one matches in its sentence.</summary>
    public ImmutableArray<string> UnlessSentence { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Good-practice exceptions: frames that excuse a match when one holds all the words of its sentence before it.</summary>
    public ImmutableArray<string> UnlessOpening { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Good-practice exceptions: frames that excuse a match when one starts at its first word and closes its clause.</summary>
    public ImmutableArray<string> UnlessClosing { get; init => field = value.OrEmpty(); } = [];
}

/// <summary>The frames of the rewrite: each finds where a part of the honesty formula is in the message.</summary>
internal sealed record CoachRewriteData
{
    /// <summary>Frames that end with an unpleasant feeling ("I'm so hurt", "makes me angry").</summary>
    public required ImmutableArray<string> Feeling { get; init; }

    /// <summary>Frames after which the behaviour follows ("when you").</summary>
    public required ImmutableArray<string> When { get; init; }

    /// <summary>Frames of a generalised behaviour ending with its adverb ("you always"), the behaviour following.</summary>
    public required ImmutableArray<string> Always { get; init; }

    /// <summary>Frames after which the request follows ("you should", "please").</summary>
    public required ImmutableArray<string> Request { get; init; }
}

/// <summary>The feelings and needs vocabulary, <c>Content/vocabulary.en.json</c>.</summary>
internal sealed class VocabularyDocument
{
    public required string Language { get; init; }

    public required List<VocabularyFamilyData> Families { get; init; }

    public required Dictionary<string, List<string>> FauxFeelings { get; init; }

    public required List<string> Needs { get; init; }

    public List<string> ThoughtMarkers { get; set; } = [];

    public List<string> ThoughtSubjects { get; set; } = [];

    public List<string> Intensifiers { get; set; } = [];
}

/// <summary>A feeling family of the vocabulary file.</summary>
internal sealed class VocabularyFamilyData
{
    public required string Name { get; init; }

    /// <summary>Whether the family's feelings come with needs that are met (happy, calm) rather than unmet (sad, scared).</summary>
    public required bool Pleasant { get; init; }

    public required List<string> Words { get; init; }
}
