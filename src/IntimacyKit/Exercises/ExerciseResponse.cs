using System.Collections.Immutable;

namespace IntimacyKit.Exercises;

/// <summary>
/// A person's filled-in <see cref="Exercise"/>: their answers keyed by field id. Check it with
/// <see cref="Exercise.Validate(ExerciseResponse)"/>.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. JSON members this version does not know are kept in
/// <see cref="UserDocument.AdditionalProperties"/> so that they survive a round trip. Record equality compares the
/// collections by reference.
/// </remarks>
public sealed record ExerciseResponse : UserDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>
    /// Gets the schema version of the document; <see cref="CurrentSchemaVersion"/> for new responses.
    /// A document that leaves it out (or gives 0) is read as the current version.
    /// </summary>
    public int SchemaVersion { get; init => field = value == 0 ? CurrentSchemaVersion : value; } = CurrentSchemaVersion;

    /// <summary>Gets the id of the exercise this response fills in.</summary>
    public required string ExerciseId { get; init; }

    /// <summary>
    /// Gets the app's own identifier of the person who answered, or <see langword="null"/>.
    /// In a couple, each partner's response is a separate value and says whose it is.
    /// </summary>
    public string? RespondentId { get; init; }

    /// <summary>Gets the answers, keyed by <see cref="ExerciseField.Id"/>. A field left blank has no entry.</summary>
    public ImmutableDictionary<string, FieldAnswer> Answers { get; init => field = value ?? ImmutableDictionary<string, FieldAnswer>.Empty; } = ImmutableDictionary<string, FieldAnswer>.Empty;

    /// <summary>Returns a copy with one answer added or replaced.</summary>
    /// <param name="fieldId">The id of the field answered.</param>
    /// <param name="answer">The answer.</param>
    /// <returns>A new response; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="fieldId"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is <see langword="null"/>.</exception>
    public ExerciseResponse WithAnswer(string fieldId, FieldAnswer answer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldId);
        ArgumentNullException.ThrowIfNull(answer);
        return this with { Answers = Answers.SetItem(fieldId, answer) };
    }
}
