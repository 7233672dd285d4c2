using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Coaching;

/// <summary>The coach's rules file, <c>Content/coach-rules.en.json</c>.</summary>
internal sealed class CoachRulesDocument
{
    public required string Language { get; init; }

    public string? Notes { get; init; }

    /// <summary>Word sets that patterns name as <c>%name%</c>.</summary>
    public Dictionary<string, List<string>> Sets { get; set; } = [];

    public required List<CoachRuleData> Rules { get; init; }
}

/// <summary>One rule of the coach's rules file.</summary>
internal sealed class CoachRuleData
{
    /// <summary>The rule's lower-kebab-case id, reported in <see cref="CoachFinding.RuleId"/>.</summary>
    public required string Id { get; init; }

    [JsonConverter(typeof(KebabCaseEnumConverter<CoachFindingKind>))]
    public required CoachFindingKind Kind { get; init; }

    /// <summary>A .NET regular expression for NonBacktracking; <c>%phrases%</c> stands for <see cref="Phrases"/>. Without it, the phrases as whole words.</summary>
    public string? Pattern { get; init; }

    /// <summary>Literal phrases, matched as whole words.</summary>
    public List<string> Phrases { get; set; } = [];

    /// <summary>Whether the rule tells capitals from lower case (shouting); rules ignore case by default.</summary>
    public bool MatchCase { get; set; }

    public required string Explanation { get; init; }

    public required string Suggestion { get; init; }

    /// <summary>Good-practice exceptions, tried on the text from the match to the end of its sentence.</summary>
    public List<string> Unless { get; set; } = [];

    /// <summary>Good-practice exceptions, tried on the sentence before the match.</summary>
    public List<string> UnlessBefore { get; set; } = [];
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
