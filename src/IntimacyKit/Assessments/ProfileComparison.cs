using System.Collections.Immutable;
using System.Text.Json.Serialization;
using IntimacyKit.Patterns;

namespace IntimacyKit.Assessments;

/// <summary>
/// Two partners' profiles side by side, and the dances their default responses may form. Made by
/// <see cref="SelfAssessment.Compare(AssessmentProfile, AssessmentProfile)"/>.
/// </summary>
/// <remarks>
/// A comparison is a view computed from two profiles: it serializes (to hand to an app's screen) but carries no
/// schema version of its own, so store the profiles and compare again. It holds both profiles in full, so show it only where both partners have agreed to share. Instances are
/// immutable and thread-safe.
/// </remarks>
public sealed record ProfileComparison
{
    /// <summary>Gets the first partner's profile.</summary>
    public required AssessmentProfile First { get; init; }

    /// <summary>Gets the second partner's profile.</summary>
    public required AssessmentProfile Second { get; init; }

    /// <summary>
    /// Gets the dances whose roles the two defaults fit, in catalog order; empty when they form none. A role that
    /// mixes several responses fits any default, so one partner's default can be enough.
    /// </summary>
    public ImmutableArray<DancePairing> Dances { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the responses both partners default to (empty when they differ).</summary>
    [JsonIgnore]
    public ImmutableArray<AnxietyResponse> SharedDefaults =>
        [.. First.DefaultResponses.Intersect(Second.DefaultResponses)];

    /// <summary>Writes the comparison as Markdown: a side-by-side table of scores and each dance with its circuit breakers.</summary>
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
