using System.Collections.Immutable;
using System.Text.Json.Serialization;
using IntimacyKit.Patterns;
using IntimacyKit.Safety;

namespace IntimacyKit.Assessments;

/// <summary>
/// Two partners' joint reading: their profiles side by side, and the dances their answers show, each named only because
/// both partners' own answers show their part, with the evidence and a confidence; when none is clear,
/// <see cref="NoClearDance"/> says so. Made by <see cref="SelfAssessment.Compare(AssessmentAnswers, AssessmentAnswers)"/>
/// and, once both have answered, <see cref="SelfAssessment.ReadTogether(JointAssessment)"/>.
/// </summary>
/// <remarks>
/// A comparison is a view computed from two sets of answers: it serializes (to hand to an app's screen) but carries no
/// schema version of its own, so store the answers and compare again. It holds both profiles and the answers that are
/// evidence, so show it only where both partners have agreed to share. Instances are immutable and thread-safe.
/// </remarks>
public sealed record ProfileComparison
{
    /// <summary>Gets the first partner's profile.</summary>
    public required AssessmentProfile First { get; init; }

    /// <summary>Gets the second partner's profile.</summary>
    public required AssessmentProfile Second { get; init; }

    /// <summary>Gets the dances both partners' answers show, in catalog order; empty when they show none clearly.</summary>
    public ImmutableArray<DanceFinding> Dances { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the questionnaire's words for answers that show no dance clearly, or <see langword="null"/> when they show one.</summary>
    public string? NoClearDance { get; init; }

    /// <summary>
    /// Gets the message and resources to show before anything else when the comparison was made within a safety view
    /// whose screen found signs of danger, or <see langword="null"/>.
    /// </summary>
    public SafetyResources? SafetyResources { get; init; }

    /// <summary>Gets the responses both partners default to (empty when they differ).</summary>
    [JsonIgnore]
    public ImmutableArray<AnxietyResponse> SharedDefaults =>
        [.. First.DefaultResponses.Intersect(Second.DefaultResponses)];

    /// <summary>
    /// Returns the comparison as it may be shown after the safety screen has read what either partner wrote. When the
    /// screen found signs of danger, the dances whose readings touch fear, threats or control (those with a
    /// <see cref="DanceFinding.SafetyNote"/>) are left out, since what looks like a dance may then be danger; the other
    /// dances keep only the circuit breakers that ask nothing of the partner; both profiles keep only what the safety
    /// gate keeps; and <see cref="SafetyResources"/> holds what to show first. <see cref="NoClearDance"/> is unchanged:
    /// a dance left out is not a dance the answers do not show.
    /// </summary>
    /// <param name="view">The safety view of the catalog, from <see cref="SafeCatalogView.For(IntimacyCatalog, SafetyResult)"/>.</param>
    /// <returns>A new comparison; this one is unchanged. When the screen found nothing, an equal copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is <see langword="null"/>.</exception>
    public ProfileComparison WithinSafetyView(SafeCatalogView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Resources is not { } resources)
        {
            return this with { };
        }

        ImmutableArray<DanceFinding> dances = [.. Dances.Where(d => d is not null && d.SafetyNote is null)
            .Select(d => d with { CircuitBreakers = view.GetCircuitBreakers(d.Dance) })];
        return this with
        {
            First = First.WithinSafetyView(view),
            Second = Second.WithinSafetyView(view),
            Dances = dances,
            SafetyResources = resources,
        };
    }

    /// <summary>Writes the comparison as Markdown: the scores side by side, then each dance with its reading, each partner's part with its evidence, and the circuit breakers.</summary>
    /// <param name="formatProvider">The culture for numbers; <see langword="null"/> means the current culture.</param>
    /// <returns>The summary.</returns>
    public string ToMarkdown(IFormatProvider? formatProvider = null) =>
        SummaryWriter.Comparison(this, SummaryFormat.Markdown, formatProvider ?? System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>Writes the comparison as plain text; see <see cref="ToMarkdown"/>.</summary>
    /// <param name="formatProvider">The culture for numbers; <see langword="null"/> means the current culture.</param>
    /// <returns>The summary.</returns>
    public string ToPlainText(IFormatProvider? formatProvider = null) =>
        SummaryWriter.Comparison(this, SummaryFormat.PlainText, formatProvider ?? System.Globalization.CultureInfo.CurrentCulture);
}
