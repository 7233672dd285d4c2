using System.Collections.Immutable;
using IntimacyKit.Patterns;

namespace IntimacyKit.Assessments;

/// <summary>
/// One partner's part in a dance as their own answers show it: the role, how strongly their answers show it and the
/// answers that do. A part is never read from the other partner's answers.
/// </summary>
/// <remarks>Instances are immutable and thread-safe. Record equality compares <see cref="Evidence"/> by reference.</remarks>
public sealed record DancePart
{
    /// <summary>Gets the role this partner's answers show, such as the distancer of pursuer–distancer.</summary>
    public required DanceRole Role { get; init; }

    /// <summary>Gets how strongly the answers show the role: the mean <see cref="AnswerEvidence.Strength"/> of <see cref="Evidence"/>, from 0 to 1.</summary>
    public required double Strength { get; init; }

    /// <summary>Gets the partner's answers to every question about the role's response and moves, in questionnaire order.</summary>
    public ImmutableArray<AnswerEvidence> Evidence { get; init => field = value.OrEmpty(); } = [];
}
