using System.Globalization;
using System.Text.Json.Serialization;

namespace IntimacyKit.Worksheets;

/// <summary>
/// A filled-in worksheet: a person's or a couple's own answers to one of the book's exercises, as a typed
/// document that can be checked (<see cref="Validate"/>), shown or exported (<see cref="ToMarkdown"/>,
/// <see cref="ToPlainText"/>) and stored as JSON through <see cref="Serialization.IntimacyKitJson"/>.
/// </summary>
/// <remarks>
/// <para>
/// The five worksheets are <see cref="ConflictChart"/>, <see cref="FamilyPatternMap"/>, <see cref="EscalationPlan"/>,
/// <see cref="TaskFairnessLedger"/> and <see cref="CrisisSupportPlan"/>. They share one shape: a schema version,
/// JSON members this version does not know kept in <see cref="UserDocument.AdditionalProperties"/>, validation that reports every
/// problem at once with its member path and never throws, and a rendering in Markdown or plain text.
/// </para>
/// <para>
/// Worksheets are immutable and thread-safe. Record equality compares collections by reference; compare two
/// worksheets member by member, or by their JSON, to ask whether they hold the same answers.
/// </para>
/// </remarks>
public abstract record Worksheet : UserDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The longest text accepted in one answer, list entry or table cell, in UTF-16 characters.</summary>
    public const int MaxTextLength = DocumentLimits.MaxTextLength;

    /// <summary>The most rows or entries accepted in one list of a worksheet.</summary>
    public const int MaxItems = DocumentLimits.MaxItems;

    private protected Worksheet()
    {
    }

    /// <summary>
    /// Gets the schema version of the document; <see cref="CurrentSchemaVersion"/> for new worksheets.
    /// A document that leaves it out (or gives 0) is read as the current version.
    /// </summary>
    [JsonPropertyOrder(-1)]
    public int SchemaVersion { get; init => field = value == 0 ? CurrentSchemaVersion : value; } = CurrentSchemaVersion;

    /// <summary>Gets the worksheet's heading, as used in <see cref="ToMarkdown"/> and <see cref="ToPlainText"/>.</summary>
    [JsonIgnore]
    public abstract string Heading { get; }

    /// <summary>Gets the number of the chapter of <em>The Dance of Intimacy</em> the worksheet comes from.</summary>
    [JsonIgnore]
    public abstract int ChapterNumber { get; }

    /// <summary>
    /// Checks every answer and returns every problem found, each with the member path (such as
    /// <c>rows[2].conflict</c>), a stable code and a plain message. Never throws, whatever the worksheet holds.
    /// </summary>
    /// <returns>The result; <see cref="ValidationResult.IsValid"/> when the worksheet is complete and consistent.</returns>
    public ValidationResult Validate()
    {
        var check = new WorksheetCheck();
        if (SchemaVersion != CurrentSchemaVersion)
        {
            check.Add("schemaVersion", "unsupported-schema-version",
                $"Schema version {SchemaVersion} is not supported; this version reads {CurrentSchemaVersion}.");
        }

        Check(check);
        return ValidationResult.FromProblems(Serialization.StrictJson.With(check.Problems, this));
    }

    /// <summary>
    /// Renders the worksheet as Markdown (CommonMark with GitHub tables). Everything a person typed is escaped, so
    /// text such as <c>|</c>, <c>*</c>, <c>#</c> or a line break can neither break a table nor add markup. An
    /// incomplete worksheet renders what it holds; blanks show as empty. One over a limit is refused.
    /// </summary>
    /// <param name="formatProvider">The culture for dates, numbers and percentages; <see langword="null"/> for the current culture.</param>
    /// <returns>The Markdown text, lines ending in <c>\n</c>.</returns>
    /// <exception cref="DocumentLimitException">The worksheet holds a value over one of its limits (a text too long, too many rows; see <see cref="DocumentLimits"/>); <see cref="Validate"/> reports the same problems.</exception>
    public string ToMarkdown(IFormatProvider? formatProvider = null) => Render(new MarkdownWorksheetWriter(formatProvider));

    /// <summary>
    /// Renders the worksheet as plain text, for a text message, an e-mail or a terminal. An incomplete worksheet
    /// renders what it holds; blanks show as empty.
    /// </summary>
    /// <param name="formatProvider">The culture for dates, numbers and percentages; <see langword="null"/> for the current culture.</param>
    /// <returns>The text, lines ending in <c>\n</c>.</returns>
    /// <exception cref="DocumentLimitException">The worksheet holds a value over one of its limits; <see cref="Validate"/> reports the same problems.</exception>
    public string ToPlainText(IFormatProvider? formatProvider = null) => Render(new PlainTextWorksheetWriter(formatProvider));

    /// <summary>Returns the worksheet as plain text in the current culture; never throws.</summary>
    /// <returns>The same as <see cref="ToPlainText"/>, or, for a worksheet over a limit, a line that says it is not rendered.</returns>
    public sealed override string ToString() => OverLimits().Count > 0
        ? $"{Heading}: not rendered, a value is over one of the DocumentLimits (see Validate())."
        : ToPlainText(CultureInfo.CurrentCulture);

    // The problems of Validate that are about size (a text too long, too many entries, a document too large or too
    // deep), whether the worksheet's own rules or the document limits found them; an incomplete worksheet still renders.
    private List<ValidationProblem> OverLimits() =>
        [.. Validate().Problems.Where(p => p.Code is "too-long" or "too-many" or "too-many-items" or "too-large" or "too-deep")];

    private protected abstract void Check(WorksheetCheck check);

    private protected abstract void Write(WorksheetWriter writer);

    private string Render(WorksheetWriter writer)
    {
        // Rendering refuses what Validate refuses for size: a worksheet over a limit is not rendered at any length.
        if (OverLimits() is { Count: > 0 } overLimits)
        {
            throw new DocumentLimitException(overLimits);
        }

        writer.Title(Heading);
        Write(writer);
        writer.Attribution(ChapterNumber);
        return writer.ToString();
    }
}
