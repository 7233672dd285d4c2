using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Patterns;
using IntimacyKit.Serialization;

namespace IntimacyKit.Assessments;

/// <summary>
/// A short reflective questionnaire that scores the three intimacy-anxiety responses and the moves of the dances:
/// its statements (some worded the other way round), the answer scale, a disclaimer the app shows before the
/// questions, the neutral words used to name a person's default, and the readings of the dances two partners'
/// answers may show. The built-in one (<see cref="BuiltIn"/>, in Spanish <see cref="GetBuiltIn(CultureInfo)"/>) is
/// the project's own, not the book's; an app can load its own from JSON
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

    private static readonly Lazy<Questionnaire> s_builtIn = new(() => LoadBuiltIn(BuiltInContent.SelfAssessmentEnglishResource), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Questionnaire> s_builtInSpanish = new(() => LoadBuiltIn(BuiltInContent.SelfAssessmentSpanishResource), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Gets the built-in English questionnaire on a five-point scale: twenty-nine statements, four for each of the
    /// three responses, four each for over- and under-functioning and three each for escalating, matching intensity
    /// and making up intensely, one of each set worded the other way round.
    /// </summary>
    public static Questionnaire BuiltIn => s_builtIn.Value;

    /// <summary>Gets the built-in questionnaire in a culture's language: Spanish for <c>es</c> and its regional cultures, otherwise English.</summary>
    /// <param name="culture">The culture, such as <c>es-MX</c>.</param>
    /// <returns>The questionnaire; both languages have the same id, questions and scale values, so answers to one score with the other.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public static Questionnaire GetBuiltIn(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (string.Equals(c.Name, "es", StringComparison.OrdinalIgnoreCase))
            {
                return s_builtInSpanish.Value;
            }
        }

        return BuiltIn;
    }

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

    /// <summary>Gets how the questionnaire describes each dance two partners' answers may show, by the dance's id.</summary>
    public ImmutableArray<DanceReading> DanceReadings { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the sentences shown when two partners' answers show none of the dances clearly.</summary>
    public required string NoClearDance { get; init; }

    /// <summary>Gets the lowest value on the scale, or 0 when the scale is empty.</summary>
    internal int ScaleMin => Scale.IsEmpty ? 0 : Scale.Min(p => p?.Value ?? int.MaxValue);

    /// <summary>Gets the highest value on the scale, or 0 when the scale is empty.</summary>
    internal int ScaleMax => Scale.IsEmpty ? 0 : Scale.Max(p => p?.Value ?? int.MinValue);

    /// <summary>
    /// Checks that the questionnaire can score answers: ids present and unique, texts not blank, a scale of at least
    /// two distinct values, exactly one response or move per question, for every response and every move at least one
    /// question worded each way, one reading for every response and at most one per dance. Never throws.
    /// </summary>
    /// <returns>The result; paths name the members, such as <c>questions[3].id</c>.</returns>
    public ValidationResult Validate() => QuestionnaireValidator.Validate(this);

    /// <summary>Gets the reading of a response, or <see langword="null"/> when the questionnaire has none.</summary>
    /// <param name="response">The response.</param>
    /// <returns>The reading, or <see langword="null"/>.</returns>
    public ResponseReading? GetReading(AnxietyResponse response) => Readings.FirstOrDefault(r => r is not null && r.Response == response);

    /// <summary>Gets the reading of a dance, or <see langword="null"/> when the questionnaire has none (the dance's own summary is then used).</summary>
    /// <param name="danceId">The dance's id, such as <c>volatile-escalation</c>.</param>
    /// <returns>The reading, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="danceId"/> is <see langword="null"/>.</exception>
    public DanceReading? GetDanceReading(string danceId)
    {
        ArgumentNullException.ThrowIfNull(danceId);
        return DanceReadings.FirstOrDefault(r => r is not null && string.Equals(r.DanceId, danceId, StringComparison.Ordinal));
    }

    private static Questionnaire LoadBuiltIn(string resource)
    {
        using var stream = typeof(Questionnaire).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The built-in questionnaire resource '{resource}' is missing from the IntimacyKit assembly.");
        var questionnaire = System.Text.Json.JsonSerializer.Deserialize(stream, IntimacyKitJsonContext.Default.Questionnaire)
            ?? throw new InvalidOperationException("The built-in questionnaire resource is empty.");
        var check = questionnaire.Validate();
        return check.IsValid ? questionnaire : throw new InvalidOperationException($"The built-in questionnaire is invalid:{Environment.NewLine}{check}");
    }
}
