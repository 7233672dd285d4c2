using System.Collections.Immutable;
using IntimacyKit.Safety;

namespace IntimacyKit.Coaching;

/// <summary>What the <see cref="MessageCoach"/> found in a message, and an "I"-statement rewrite when it found anything.</summary>
/// <remarks>Instances are immutable and thread-safe. Record equality compares the collections by reference.</remarks>
public sealed record CoachReport
{
    /// <summary>Gets the message that was analysed, as it was given.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the findings, ordered by <see cref="CoachFinding.Start"/>; empty when the message reads fine.</summary>
    public ImmutableArray<CoachFinding> Findings { get; init => field = value.OrEmpty(); } = [];

    /// <summary>
    /// Gets the message recast through the honesty formula ("I feel … when …; I'd like …"), or <see langword="null"/>
    /// when there are no findings.
    /// </summary>
    public HonestyRewrite? Rewrite { get; init; }

    /// <summary>
    /// Gets what the safety screen found when the message shows any sign of danger (coercive control, intimidation,
    /// violence, threats, self-harm), or <see langword="null"/> when it found none. When it is set the coach offers no findings and no
    /// rewrite: an app shows <see cref="SafetyResult.Resources"/> instead, and never softer words.
    /// </summary>
    public SafetyResult? Safety { get; init; }

    /// <summary>Gets a value indicating whether the coach found anything in the message.</summary>
    public bool HasFindings => !Findings.IsEmpty;
}
