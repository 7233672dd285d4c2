using System.Collections.Immutable;

namespace IntimacyKit.Safety;

/// <summary>The JSON form of one safety rule.</summary>
internal sealed record SafetyRuleDefinition
{
    /// <summary>Gets the rule's lower-kebab-case id, reported in every finding it makes.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the category of the rule's findings.</summary>
    public required SafetyCategory Category { get; init; }

    /// <summary>Gets the level of the rule's findings: concern or urgent.</summary>
    public required SafetyLevel Level { get; init; }

    /// <summary>
    /// Gets the .NET regular expression, matched case-insensitively by the non-backtracking engine: no lookarounds,
    /// backreferences or atomic groups. Groups do not capture. <c>{{name}}</c> stands for a term.
    /// </summary>
    public required string Pattern { get; init; }

    /// <summary>
    /// Gets patterns for figurative or harmless uses. Each is matched from the start of the rule's match (as if it began
    /// with <c>^</c>) against the match and the text that follows it; when one matches, the match is not a finding.
    /// </summary>
    public ImmutableArray<string> Unless { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the rule's own explanation, or <see langword="null"/> for the category's.</summary>
    public string? Explanation { get; init; }
}
