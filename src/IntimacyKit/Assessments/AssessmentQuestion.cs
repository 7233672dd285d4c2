using IntimacyKit.Patterns;

namespace IntimacyKit.Assessments;

/// <summary>One short statement of a <see cref="Questionnaire"/>, counted toward one intimacy-anxiety response.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record AssessmentQuestion
{
    /// <summary>Gets the question's id, lower-kebab-case and unique within its questionnaire; answers are keyed by it.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the statement a person rates, written in the first person.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the response whose score this question adds to.</summary>
    public required AnxietyResponse Response { get; init; }
}
