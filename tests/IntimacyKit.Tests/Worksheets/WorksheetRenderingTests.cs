using System.Globalization;
using CsCheck;
using IntimacyKit.Worksheets;

namespace IntimacyKit.Tests.Worksheets;

public sealed class WorksheetRenderingTests
{
    private const string Hostile = "# Heading?\n| a | b |\n* not a list *\n- nor this\n> nor a quote\n1. nor a number\n`code` **bold** _em_ [link](http://x) <b>html</b> &amp; ~~strike~~ back\\slash";

    private static readonly CultureInfo s_us = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void Markup_typed_into_a_table_cell_neither_breaks_the_table_nor_becomes_markup()
    {
        var chart = new ConflictChart { Rows = [new() { Conflict = Hostile, Moves = "x | y\r\nz" }, new() { Conflict = "plain", Moves = "plain" }] };

        var lines = chart.ToMarkdown(s_us).Split('\n');

        var table = lines.Where(l => l.StartsWith('|')).ToList();
        table.Should().HaveCount(4, "a header, the separator and two rows: a line break in a cell does not end the row");
        table.Should().OnlyContain(l => MarkdownText.Separators(l) == 3);
        var cells = table[2].Split(" | ");
        MarkdownText.Unescape(cells[0].TrimStart('|', ' ')).Should().Be(
            "# Heading?\n| a | b |\n* not a list *\n- nor this\n> nor a quote\n1. nor a number\n`code` **bold** _em_ [link](http://x) <b>html</b> &amp; ~~strike~~ back\\slash");
        MarkdownText.Unescape(cells[1].TrimEnd('|', ' ')).Should().Be("x | y\nz");
    }

    [Fact]
    public void Markup_typed_into_an_answer_or_a_list_entry_stays_text_on_lines_that_start_no_block()
    {
        var map = WorksheetSamples.Map with { Pattern = Hostile };
        var plan = WorksheetSamples.Plan with { Triggers = [Hostile, "+ plus"] };

        foreach (var markdown in new[] { map.ToMarkdown(s_us), plan.ToMarkdown(s_us) })
        {
            var lines = markdown.Split('\n');
            lines.Count(l => l.StartsWith('#')).Should().Be(markdown.StartsWith("# Escalation", StringComparison.Ordinal) ? 4 : 2,
                "only the title and the section headings start with #");
            lines.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Should().HaveCount(markdown.StartsWith("# Escalation", StringComparison.Ordinal) ? 2 : 0,
                "each list entry is one item, whatever lines it holds");
            lines.Should().NotContain(l => l.StartsWith('>') || (l.StartsWith('*') && !l.StartsWith("**", StringComparison.Ordinal)) || l.StartsWith("1.", StringComparison.Ordinal) || l.StartsWith('+') || l.StartsWith("  +", StringComparison.Ordinal));
        }

        var answer = map.ToMarkdown(s_us).Split("**The pattern I notice now:** ")[1].Split("\n\n")[0];
        MarkdownText.Unescape(answer).Should().Be(Hostile);
    }

    [Fact]
    public void A_partner_name_with_markup_is_escaped_in_headings_labels_and_cells()
    {
        var ledger = WorksheetSamples.Ledger with { FirstPartnerName = "**Sam** | admin" };

        var markdown = ledger.ToMarkdown(s_us);

        markdown.Should().Contain(@"\*\*Sam\*\* \| admin").And.NotContain("**Sam**");
        markdown.Split('\n').First(l => l.StartsWith("| Weeknight", StringComparison.Ordinal))
            .Should().Match(l => MarkdownText.Separators(l) == 6, "the name's | does not add a column");
    }

    [Fact]
    public void A_line_break_in_a_partner_name_used_as_a_label_cannot_start_a_heading()
    {
        var crisis = WorksheetSamples.Crisis with { FirstPartnerName = "Sam\n# Boss" };

        var markdown = crisis.ToMarkdown(s_us);
        var text = crisis.ToPlainText(s_us);

        markdown.Split('\n').Where(l => l.StartsWith('#')).Should().HaveCount(4, "the title and the three section headings");
        markdown.Should().Contain("**Sam # Boss:** Tell me when");
        text.Should().Contain("Sam # Boss: Tell me when");
    }

    [Fact]
    public void Any_text_in_a_table_cell_keeps_the_row_whole_and_reads_back_as_what_was_typed()
    {
        var text = Gen.OneOf(
            Gen.String,
            Gen.String[Gen.Char["|*#_-+=>`\\[]<>&~!1. \n\r\tab"], 0, 40],
            Gen.OneOf<string>("<br>", "\\|", "1)", "===", "    code", "\u2028x", "a\u0000b"));

        Gen.Select(text, text).Sample((left, right) =>
        {
            var chart = new ConflictChart { Rows = [new() { Conflict = left, Moves = right }] };
            var row = chart.ToMarkdown(s_us).Split('\n').Where(l => l.StartsWith('|')).ToList()[2];

            MarkdownText.Separators(row).Should().Be(3);
            var cells = row[1..^1].Split(" | ");
            MarkdownText.Visible(MarkdownText.Unescape(cells[0])).Should().Be(MarkdownText.Visible(left));
            MarkdownText.Visible(MarkdownText.Unescape(cells[1])).Should().Be(MarkdownText.Visible(right));
        }, iter: 2000);
    }

    [Fact]
    public void Plain_text_keeps_the_text_as_typed_with_its_line_breaks_indented_under_the_entry()
    {
        var chart = new ConflictChart { Rows = [new() { Conflict = "Money **now**", Moves = "I plead.\nSam leaves." }] };

        chart.ToPlainText(s_us).Should().Contain(
            "1. Recurring conflict: Money **now**\n   What each of us typically does: I plead.\n     Sam leaves.\n");
    }

    [Fact]
    public void Percentages_dates_and_times_follow_the_culture_and_work_with_the_invariant_culture()
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var ledger = WorksheetSamples.Ledger.ToMarkdown(french);
        var invariant = WorksheetSamples.Crisis.ToPlainText(CultureInfo.InvariantCulture);

        ledger.Should().Contain($"| All tasks | {0.75.ToString("P0", french)} / {0.25.ToString("P0", french)} |").And.Contain("lundi 2 mars 2026");
        invariant.Should().Contain("When: Sunday, 19:30").And.Contain("Sunday, 12 April 2026");
    }

    [Fact]
    public void Shares_shown_in_whole_percentages_add_up_to_one_hundred()
    {
        var thirds = new TaskFairnessLedger
        {
            Tasks = [new() { Name = "Bins", Kind = TaskKind.Household, Conception = Carrier.FirstPartner, Planning = Carrier.SecondPartner, Doing = Carrier.SecondPartner }],
        };

        thirds.ToPlainText(s_us).Should().Contain("All parts: 33% / 67%");
    }

    [Fact]
    public void The_current_culture_is_used_when_none_is_given_and_ToString_is_the_plain_text()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            WorksheetSamples.Ledger.ToMarkdown().Should().Be(WorksheetSamples.Ledger.ToMarkdown(CultureInfo.GetCultureInfo("de-DE")));
            WorksheetSamples.Crisis.ToString().Should().Be(WorksheetSamples.Crisis.ToPlainText(CultureInfo.GetCultureInfo("de-DE")));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [MemberData(nameof(WorksheetSamples.Names), MemberType = typeof(WorksheetSamples))]
    public void Every_rendering_credits_the_book_chapter(string name)
    {
        var worksheet = WorksheetSamples.ByName(name);

        worksheet.ToMarkdown(s_us).Should().EndWith($"_After Harriet Lerner, The Dance of Intimacy, chapter {worksheet.ChapterNumber}. A reflective exercise, not therapy._\n");
        worksheet.ToPlainText(s_us).Should().EndWith($"After Harriet Lerner, The Dance of Intimacy, chapter {worksheet.ChapterNumber}. A reflective exercise, not therapy.\n");
    }
}
