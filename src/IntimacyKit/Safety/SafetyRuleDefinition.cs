using System.Collections.Immutable;

namespace IntimacyKit.Safety;

/// <summary>The JSON form of one safety rule: what it finds (frames over words and word classes) and what excuses a match.</summary>
internal sealed record SafetyRuleDefinition
{
    /// <summary>Gets the rule's lower-kebab-case id, reported in every finding it makes.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the category of the rule's findings.</summary>
    public required SafetyCategory Category { get; init; }

    /// <summary>Gets the level of the rule's findings: concern or urgent.</summary>
    public required SafetyLevel Level { get; init; }

    /// <summary>Gets the frames, any of which finds the rule (see <c>docs/articles/text-rules.md</c> for their syntax).</summary>
    public ImmutableArray<string> Frames { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets frames that excuse a match when one matches from any word of the match, reading at most twelve words past the match.</summary>
    public ImmutableArray<string> Unless { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets frames that excuse a match when one ends just before the match's first word.</summary>
    public ImmutableArray<string> UnlessBefore { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets frames that excuse a match when one matches anywhere in the match's sentence.</summary>
    public ImmutableArray<string> UnlessSentence { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the rule's own explanation, or <see langword="null"/> for the category's.</summary>
    public string? Explanation { get; init; }
}
