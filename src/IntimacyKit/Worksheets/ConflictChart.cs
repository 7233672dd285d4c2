using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace IntimacyKit.Worksheets;

/// <summary>
/// The two-column conflict chart: on the left, the conflicts that keep coming back; on the right, what each partner
/// typically does while they play out. Seeing the moves side by side shows the pattern both keep alive.
/// After Harriet Lerner, <em>The Dance of Intimacy</em>, chapter 2.
/// </summary>
/// <remarks>
/// Valid when it has at least one row (at most <see cref="Worksheet.MaxItems"/>) and every cell is filled.
/// Immutable and thread-safe; see <see cref="Worksheet"/> for equality and JSON.
/// </remarks>
public sealed record ConflictChart : Worksheet
{
    /// <summary>The heading of the left column.</summary>
    public const string ConflictHeading = "Recurring conflict";

    /// <summary>The heading of the right column.</summary>
    public const string MovesHeading = "What each of us typically does";

    /// <summary>Gets the rows, one recurring conflict each.</summary>
    public ImmutableArray<ConflictChartRow> Rows { get; init => field = value.OrEmpty(); } = [];

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Heading => "Conflict chart";

    /// <inheritdoc/>
    [JsonIgnore]
    public override int ChapterNumber => 2;

    private protected override void Check(WorksheetCheck check)
    {
        foreach (var (i, row) in check.Items("rows", Rows, "Rows"))
        {
            var path = WorksheetCheck.Index("rows", i);
            check.Text(path + ".conflict", row.Conflict, ConflictHeading);
            check.Text(path + ".moves", row.Moves, MovesHeading);
        }
    }

    private protected override void Write(WorksheetWriter writer)
    {
        writer.Prompt("List the conflicts that keep coming back. Beside each, write what each of you usually does while it plays out: who pursues, who withdraws, who raises the volume, who goes quiet.");
        writer.Table(
            [ConflictHeading, MovesHeading],
            Rows.Where(r => r is not null).Select(r => (IReadOnlyList<string?>)[r.Conflict, r.Moves]));
    }
}
