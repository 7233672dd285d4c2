using System.Collections.Immutable;
using IntimacyKit.Patterns;
using IntimacyKit.Serialization;

namespace IntimacyKit.Assessments;

/// <summary>
/// A short reflective questionnaire that scores the three intimacy-anxiety responses: its statements, the answer
/// scale, a disclaimer the app shows before the questions, and the neutral words used to name a person's default.
/// The built-in one (<see cref="BuiltIn"/>) is the project's own, not the book's; an app can load its own from JSON
/// with <see cref="IntimacyKitJson.Deserialize{T}(string)"/> and check it with <see cref="Validate"/>.
/// </summary>
/// <remarks>
/// A questionnaire is content, not a diagnosis. Instances are immutable and thread-safe. Record equality compares
/// the collections by reference; compare serialized JSON when you need deep equality.
/// </remarks>
public sealed record Questionnaire
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    private static readonly Lazy<Questionnaire> s_builtIn = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the built-in English questionnaire: fifteen statements, five per response, on a five-point scale.</summary>
    public static Questionnaire BuiltIn => s_builtIn.Value;

    /// <summary>Gets the schema version of the document; a document that leaves it out (or gives 0) is read as the current version.</summary>
    public int SchemaVersion { get; init => field = value == 0 ? CurrentSchemaVersion : value; } = CurrentSchemaVersion;

    /// <summary>Gets the questionnaire's id; answers and profiles name it.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the language of the text as a culture name, such as <c>en</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Gets the title to show above the questions.</summary>
    public required string Title { get; init; }

    /// <summary>Gets a short introduction that says how to answer.</summary>
    public required string Introduction { get; init; }

    /// <summary>Gets the disclaimer to show before the questions and with every profile: reflective, not diagnostic.</summary>
    public required string Disclaimer { get; init; }

    /// <summary>Gets who wrote the questions and what they draw on.</summary>
    public required string Attribution { get; init; }

    /// <summary>Gets the answer scale, lowest value first; every answer is one of these values.</summary>
    public ImmutableArray<ScalePoint> Scale { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the statements, in the order to ask them.</summary>
    public ImmutableArray<AssessmentQuestion> Questions { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the neutral reading of each response, used to name a person's default.</summary>
    public ImmutableArray<ResponseReading> Readings { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the sentence shown when two or three responses share the top score, so the profile names a blend.</summary>
    public required string BlendReading { get; init; }

    /// <summary>Gets the lowest value on the scale, or 0 when the scale is empty.</summary>
    internal int ScaleMin => Scale.IsEmpty ? 0 : Scale.Min(p => p?.Value ?? int.MaxValue);

    /// <summary>Gets the highest value on the scale, or 0 when the scale is empty.</summary>
    internal int ScaleMax => Scale.IsEmpty ? 0 : Scale.Max(p => p?.Value ?? int.MinValue);

    /// <summary>
    /// Checks that the questionnaire can score answers: ids present and unique, texts not blank, a scale of at least
    /// two distinct values, at least one question and one reading for every response. Never throws.
    /// </summary>
    /// <returns>The result; paths name the members, such as <c>questions[3].id</c>.</returns>
    public ValidationResult Validate() => QuestionnaireValidator.Validate(this);

    /// <summary>Gets the reading of a response, or <see langword="null"/> when the questionnaire has none.</summary>
    /// <param name="response">The response.</param>
    /// <returns>The reading, or <see langword="null"/>.</returns>
    public ResponseReading? GetReading(AnxietyResponse response) => Readings.FirstOrDefault(r => r is not null && r.Response == response);

    private static Questionnaire LoadBuiltIn()
    {
        using var stream = typeof(Questionnaire).Assembly.GetManifestResourceStream(BuiltInContent.SelfAssessmentEnglishResource)
            ?? throw new InvalidOperationException($"The built-in questionnaire resource '{BuiltInContent.SelfAssessmentEnglishResource}' is missing from the IntimacyKit assembly.");
        var questionnaire = System.Text.Json.JsonSerializer.Deserialize(stream, IntimacyKitJsonContext.Default.Questionnaire)
            ?? throw new InvalidOperationException("The built-in questionnaire resource is empty.");
        var check = questionnaire.Validate();
        return check.IsValid ? questionnaire : throw new InvalidOperationException($"The built-in questionnaire is invalid:{Environment.NewLine}{check}");
    }
}
