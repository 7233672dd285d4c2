namespace IntimacyKit.Worksheets;

/// <summary>
/// Writes plain text: an underlined title and sections, <c>Label: answer</c> lines, <c>- </c> lists and each table row as
/// a numbered block of <c>Header: cell</c> lines. A person's line breaks are kept, with the following lines indented
/// under their entry.
/// </summary>
internal sealed class PlainTextWorksheetWriter(IFormatProvider? formatProvider) : WorksheetWriter(formatProvider)
{
    public override void Title(string heading) => Output.Append(heading).Append('\n').Append('=', heading.Length).Append("\n\n");

    public override void Section(string heading) => Output.Append(heading).Append('\n').Append('-', heading.Length).Append("\n\n");

    public override void Prompt(string text) => Output.Append(text).Append("\n\n");

    public override void Answer(string label, string? value)
    {
        Output.AppendJoin(' ', Lines(label)).Append(':');
        AppendLines(Lines(value), "  ");
        Output.Append("\n\n");
    }

    public override void List(IEnumerable<string?> items)
    {
        var any = false;
        foreach (var item in items)
        {
            Output.Append('-');
            AppendLines(Lines(item), "  ");
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
        var number = 0;
        foreach (var row in rows)
        {
            number++;
            var prefix = Number(number) + ".";
            var indent = new string(' ', prefix.Length + 1);
            for (var i = 0; i < headers.Count; i++)
            {
                Output.Append(i == 0 ? prefix + " " : indent).Append(headers[i]).Append(':');
                AppendLines(Lines(i < row.Count ? row[i] : null), indent + "  ");
                Output.Append('\n');
            }
        }

        Output.Append('\n');
    }

    private void AppendLines(List<string> lines, string indent)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            Output.Append(i == 0 ? " " : "\n" + indent).Append(lines[i]);
        }
    }
}
