using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntimacyKit.Exercises;

/// <summary>
/// A person's filled-in <see cref="Exercise"/>: their answers keyed by field id. Check it with
/// <see cref="Exercise.Validate(ExerciseResponse)"/>.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. JSON members this version does not know are kept in
/// <see cref="AdditionalProperties"/> so that they survive a round trip. Record equality compares the
/// collections by reference.
/// </remarks>
public sealed record ExerciseResponse
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    private Dictionary<string, JsonElement>? _additionalProperties;

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

    /// <summary>
    /// Gets JSON members this version does not know, kept so that a round trip loses nothing, or
    /// <see langword="null"/> when there are none. Setting it stores a copy.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement>? AdditionalProperties
    {
        get => _additionalProperties;
        init => _additionalProperties = value is null ? null : new Dictionary<string, JsonElement>(value, StringComparer.Ordinal);
    }

    // The serializer's view of AdditionalProperties. An init-only extension data property would be bound as a
    // constructor parameter by the source generator, which System.Text.Json rejects; a settable one is not.
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get => _additionalProperties; set => _additionalProperties = value; }

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
