using IntimacyKit.Patterns;

namespace IntimacyKit.Assessments;

/// <summary>
/// One short statement of a <see cref="Questionnaire"/>, counted toward one intimacy-anxiety response
/// (<see cref="Response"/>) or one move of a dance (<see cref="Move"/>); exactly one of the two is set.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record AssessmentQuestion
{
    /// <summary>Gets the question's id, lower-kebab-case and unique within its questionnaire; answers are keyed by it.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the statement a person rates, written in the first person.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the response whose score this question adds to, or <see langword="null"/> when it measures a <see cref="Move"/>.</summary>
    public AnxietyResponse? Response { get; init; }

    /// <summary>Gets the dance move this question measures, or <see langword="null"/> when it counts toward a <see cref="Response"/>.</summary>
    public DanceMove? Move { get; init; }

    /// <summary>
    /// Gets a value indicating whether the statement is worded the other way round (agreeing with it shows less of its
    /// response or move), so its answer is scored reversed: on a 1 to 5 scale, 5 counts as 1 and 1 as 5. Reversed
    /// questions make sure that agreeing with everything does not read as a strong pattern.
    /// </summary>
    public bool Reversed { get; init; }

    /// <summary>Gets whether this question's answers show a person in a dance role: it measures the role's response or one of its moves.</summary>
    internal bool Shows(DanceRole role) =>
        (Response is { } response && role.Response == response) || (Move is { } move && role.Moves.Contains(move));

    /// <summary>Scores an answer: as given, or reversed on the scale from <paramref name="min"/> to <paramref name="max"/>.</summary>
    internal int Score(int answer, int min, int max) => Reversed ? min + max - answer : answer;
}
