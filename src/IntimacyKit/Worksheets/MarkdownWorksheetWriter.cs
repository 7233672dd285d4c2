using System.Text;

namespace IntimacyKit.Worksheets;

/// <summary>
/// Writes CommonMark with GitHub tables. A person's text is escaped so that it stays text: every character that can
/// start inline markup (<c>\ ` * _ [ ] &lt; &gt; | ~ &amp;</c>) is backslash-escaped wherever it is, and the characters
/// that start a block (<c># - + = &gt;</c> and <c>1.</c> or <c>1)</c>) are escaped at the start of a line. A line
/// break becomes a hard line break in a paragraph or list entry and <c>&lt;br&gt;</c> in a table cell, so it can neither
/// end a table row nor start a new block.
/// </summary>
internal sealed class MarkdownWorksheetWriter(IFormatProvider? formatProvider) : WorksheetWriter(formatProvider)
{
    // Headings, labels and prompts are escaped too: some hold a person's text, such as a partner's name.
    public override void Title(string heading) => Block("# ", heading, "\n\n");

    public override void Section(string heading) => Block("## ", heading, "\n\n");

    public override void Prompt(string text) => Block("_", text, "_\n\n");

    public override void Answer(string label, string? value)
    {
        Output.Append("**");
        Escape(string.Join(' ', Lines(label)), Output);
        Output.Append(":**");
        var lines = Lines(value);
        if (lines.Count > 0)
        {
            Output.Append(' ');
            AppendLines(lines, indent: "");
        }

        Output.Append("\n\n");
    }

    public override void List(IEnumerable<string?> items)
    {
        var any = false;
        foreach (var item in items)
        {
            Output.Append("- ");
            AppendLines(Lines(item), indent: "  ");
            Output.Append('\n');
            any = true;
        }

        if (any)
        {
            Output.Append('\n');
        }
    }

    public override void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        Output.Append('|');
        foreach (var header in headers)
        {
            Output.Append(' ');
            Escape(string.Join(' ', Lines(header)), Output);
            Output.Append(" |");
        }

        Output.Append("\n|");
        for (var i = 0; i < headers.Count; i++)
        {
            Output.Append(" --- |");
        }

        Output.Append('\n');
        foreach (var row in rows)
        {
            Output.Append('|');
            for (var i = 0; i < headers.Count; i++)
            {
                Output.Append(' ');
                var lines = Lines(i < row.Count ? row[i] : null);
                for (var j = 0; j < lines.Count; j++)
                {
                    if (j > 0)
                    {
                        Output.Append("<br>");
                    }

                    Escape(lines[j], Output);
                }

                Output.Append(" |");
            }

            Output.Append('\n');
        }

        Output.Append('\n');
    }

    /// <summary>Escapes one line of a person's text (no line breaks in it) so that it renders as the same text.</summary>
    internal static void Escape(string line, StringBuilder output)
    {
        var start = 0;
        if (line.Length > 0 && line[0] is '#' or '-' or '+' or '=')
        {
            output.Append('\\').Append(line[0]);
            start = 1;
        }
        else
        {
            // An ordered-list marker: up to nine digits followed by '.' or ')'.
            var digits = 0;
            while (digits < line.Length && digits < 10 && char.IsAsciiDigit(line[digits]))
            {
                digits++;
            }

            if (digits is > 0 and < 10 && digits < line.Length && line[digits] is '.' or ')')
            {
                output.Append(line, 0, digits).Append('\\').Append(line[digits]);
                start = digits + 1;
            }
        }

        for (var i = start; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&')
            {
                output.Append('\\');
            }

            output.Append(c);
        }
    }

    private void Block(string prefix, string text, string suffix)
    {
        Output.Append(prefix);
        AppendLines(Lines(text), indent: "");
        Output.Append(suffix);
    }

    private void AppendLines(List<string> lines, string indent)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                // A backslash before the line end is a hard line break; the indent keeps a list entry together.
                Output.Append("\\\n").Append(indent);
            }

            Escape(lines[i], Output);
        }
    }
}
