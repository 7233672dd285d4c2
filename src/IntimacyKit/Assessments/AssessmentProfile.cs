using System.Collections.Immutable;
using System.Text.Json.Serialization;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;

namespace IntimacyKit.Assessments;

/// <summary>
/// What one person's self-assessment shows: a score per intimacy-anxiety response, the response (or blend of
/// responses) they default to under stress named without judgment, and the chapters, practices, exercises and
/// scripts of the catalog to start with. Made by <see cref="SelfAssessment.Evaluate(AssessmentAnswers)"/>.
/// </summary>
/// <remarks>
/// A profile is a reflection, not a diagnosis; show <see cref="Disclaimer"/> with it. It holds copies of the
/// recommended catalog items, so a saved profile reads the same later without the catalog. Instances are immutable
/// and thread-safe; JSON members this version does not know are kept in <see cref="UserDocument.AdditionalProperties"/>.
/// Record equality compares the collections by reference; compare serialized JSON when you need deep equality.
/// </remarks>
public sealed record AssessmentProfile : UserDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Gets the schema version of the document; a document that leaves it out (or gives 0) is read as the current version.</summary>
    public int SchemaVersion { get; init => field = value == 0 ? CurrentSchemaVersion : value; } = CurrentSchemaVersion;

    /// <summary>Gets the id of the questionnaire answered.</summary>
    public required string QuestionnaireId { get; init; }

    /// <summary>Gets the app's identifier of the person, copied from <see cref="AssessmentAnswers.RespondentId"/>, or <see langword="null"/>.</summary>
    public string? RespondentId { get; init; }

    /// <summary>Gets one score per response, in the order withdraw, engulf, pursue.</summary>
    public ImmutableArray<ResponseScore> Scores { get; init => field = value.OrEmpty(); } = [];

    /// <summary>
    /// Gets the response the person tends to default to under stress: the one with the highest score. When two or
    /// three share the highest score, all of them, in the order withdraw, engulf, pursue: a blend, not a pick.
    /// </summary>
    public ImmutableArray<AnxietyResponse> DefaultResponses { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets a value indicating whether more than one response shares the highest score.</summary>
    [JsonIgnore]
    public bool IsBlend => DefaultResponses.Length > 1;

    /// <summary>Gets the neutral reading of each default response, in the order of <see cref="DefaultResponses"/>.</summary>
    public ImmutableArray<ResponseReading> Readings { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the sentence that explains a blend, or <see langword="null"/> when there is one default.</summary>
    public string? BlendReading { get; init; }

    /// <summary>Gets the questionnaire's disclaimer: reflective, not diagnostic. Show it with the profile.</summary>
    public required string Disclaimer { get; init; }

    /// <summary>Gets the chapters to read first, in book order.</summary>
    public ImmutableArray<Chapter> Chapters { get; init => field = value.OrEmpty(); } = [];

    /// <summary>
    /// Gets the practices to start with, in catalog order: those the default responses' pattern descriptions name,
    /// and those tagged with a default response. Hand them to an experiment plan as its weekly micro-practices.
    /// </summary>
    public ImmutableArray<Practice> Practices { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the exercises to start with: those tagged with a default response, then the general ones of <see cref="Chapters"/>.</summary>
    public ImmutableArray<Exercise> Exercises { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the conversation scripts to start with: those tagged with a default response and those the recommended exercises use.</summary>
    public ImmutableArray<ScriptTemplate> Scripts { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the score of one response.</summary>
    /// <param name="response">The response.</param>
    /// <returns>Its score.</returns>
    /// <exception cref="KeyNotFoundException">The profile has no score for it (only possible for a hand-made profile).</exception>
    public ResponseScore GetScore(AnxietyResponse response) =>
        Scores.FirstOrDefault(s => s is not null && s.Response == response)
        ?? throw new KeyNotFoundException($"The profile has no score for '{response}'.");

    /// <summary>
    /// Returns a copy whose practices, exercises and scripts are only those a safety view keeps: where the safety screen
    /// saw signs of danger, those that ask the person to confront, accommodate, renegotiate with, repair with or do
    /// something together with their partner are left out. Show <see cref="SafeCatalogView.Resources"/> first.
    /// </summary>
    /// <param name="view">The safety view of the catalog, from <see cref="SafeCatalogView.For(IntimacyCatalog, SafetyResult)"/>.</param>
    /// <returns>A new profile; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public AssessmentProfile WithinSafetyView(SafeCatalogView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var practices = view.Practices.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var exercises = view.Exercises.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var scripts = view.Scripts.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return this with
        {
            Practices = [.. Practices.Where(p => p is not null && practices.Contains(p.Id))],
            Exercises = [.. Exercises.Where(e => e is not null && exercises.Contains(e.Id))],
            Scripts = [.. Scripts.Where(s => s is not null && scripts.Contains(s.Id))],
        };
    }

    /// <summary>
    /// Writes the profile as Markdown an app can show or export: the disclaimer, the default named without judgment,
    /// the scores (numbers formatted for <paramref name="formatProvider"/>) and the recommendations.
    /// </summary>
    /// <param name="formatProvider">The culture for numbers; <see langword="null"/> means the current culture.</param>
    /// <returns>The summary, with headings, lists and a table.</returns>
    public string ToMarkdown(IFormatProvider? formatProvider = null) =>
        SummaryWriter.Profile(this, SummaryFormat.Markdown, formatProvider ?? System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>Writes the profile as plain text, for consoles, notifications and e-mail; see <see cref="ToMarkdown"/>.</summary>
    /// <param name="formatProvider">The culture for numbers; <see langword="null"/> means the current culture.</param>
    /// <returns>The summary, with simple indentation.</returns>
    public string ToPlainText(IFormatProvider? formatProvider = null) =>
        SummaryWriter.Profile(this, SummaryFormat.PlainText, formatProvider ?? System.Globalization.CultureInfo.CurrentCulture);
}
