using System.Collections.Immutable;

namespace IntimacyKit.Assessments;

/// <summary>
/// One person's answers to a <see cref="Questionnaire"/>: a scale value per question id. Check them with
/// <see cref="SelfAssessment.Validate(AssessmentAnswers)"/>; turn them into a profile with
/// <see cref="SelfAssessment.Evaluate(AssessmentAnswers)"/>.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. Nothing is dropped: answers to unknown questions and values off the
/// scale are kept as written and reported by validation, and JSON members this version does not know are kept in
/// <see cref="UserDocument.AdditionalProperties"/>. Record equality compares the collections by reference.
/// </remarks>
public sealed record AssessmentAnswers : UserDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Gets the schema version of the document; a document that leaves it out (or gives 0) is read as the current version.</summary>
    public int SchemaVersion { get; init => field = value == 0 ? CurrentSchemaVersion : value; } = CurrentSchemaVersion;

    /// <summary>Gets the id of the questionnaire answered, such as <c>intimacy-anxiety-reflection</c>.</summary>
    public required string QuestionnaireId { get; init; }

    /// <summary>Gets the app's own identifier of the person who answered, or <see langword="null"/>; each partner answers separately.</summary>
    public string? RespondentId { get; init; }

    /// <summary>Gets the answers: the chosen scale value, keyed by <see cref="AssessmentQuestion.Id"/>. A question not yet answered has no entry.</summary>
    public ImmutableDictionary<string, int> Answers { get; init => field = value ?? ImmutableDictionary<string, int>.Empty; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>Returns a copy with one answer added or replaced.</summary>
    /// <param name="questionId">The id of the question answered.</param>
    /// <param name="value">The chosen scale value; it is kept as given and checked by validation.</param>
    /// <returns>A new value; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="questionId"/> is null or blank.</exception>
    public AssessmentAnswers WithAnswer(string questionId, int value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(questionId);
        return this with { Answers = Answers.SetItem(questionId, value) };
    }
}
