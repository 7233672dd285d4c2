using System.Collections.Immutable;

namespace IntimacyKit.Safety;

/// <summary>What a <see cref="SafetyScreen"/> found in a text: the overall level, each finding with its span, and the resources to show.</summary>
/// <remarks>Instances are immutable and thread-safe; equality compares every member, the arrays in order.</remarks>
public sealed record SafetyResult
{
    internal SafetyResult(ImmutableArray<SafetyFinding> findings, SafetyResources resources)
    {
        Findings = findings;
        Level = findings.IsEmpty ? SafetyLevel.None : findings.Max(f => f.Level);
        Categories = [.. findings.Select(f => f.Category).Distinct().Order()];
        Resources = Level > SafetyLevel.None ? resources : null;
    }

    /// <summary>Gets the highest level among the findings; <see cref="SafetyLevel.None"/> when there are none.</summary>
    public SafetyLevel Level { get; }

    /// <summary>Gets the findings, ordered by where they start in the text; empty when nothing was found.</summary>
    public ImmutableArray<SafetyFinding> Findings { get; }

    /// <summary>Gets the distinct categories of the findings, in the order <see cref="SafetyCategory"/> declares them (the urgent ones first).</summary>
    public ImmutableArray<SafetyCategory> Categories { get; }

    /// <summary>
    /// Gets the screen's message and resources to show the person when <see cref="Level"/> is above
    /// <see cref="SafetyLevel.None"/>; otherwise <see langword="null"/>.
    /// </summary>
    public SafetyResources? Resources { get; }

    /// <summary>
    /// Gets whether nothing was found (<see cref="Level"/> is <see cref="SafetyLevel.None"/>). The screen is rule-based
    /// and reads English only: this means no rule fired, not that the person is safe.
    /// </summary>
    public bool IsSafe => Level == SafetyLevel.None;

    /// <summary>Compares every member, the arrays in order.</summary>
    /// <param name="other">The other result.</param>
    /// <returns><see langword="true"/> when both results hold the same level, findings, categories and resources.</returns>
    public bool Equals(SafetyResult? other) =>
        other is not null
        && Level == other.Level
        && Findings.SequenceEqual(other.Findings)
        && Categories.SequenceEqual(other.Categories)
        && Equals(Resources, other.Resources);

    /// <summary>Returns a hash code of the level, the findings and the resources.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Level);
        foreach (var finding in Findings)
        {
            hash.Add(finding);
        }

        hash.Add(Resources);
        return hash.ToHashCode();
    }
}
