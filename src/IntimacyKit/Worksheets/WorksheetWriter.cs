using System.Globalization;
using System.Text;

namespace IntimacyKit.Worksheets;

/// <summary>
/// Writes a worksheet as a sequence of blocks (title, sections, labelled answers, lists, tables), so that each
/// worksheet describes its layout once and gets both a Markdown and a plain-text rendering. Text a person typed
/// goes through <see cref="Answer"/>, <see cref="List"/> and <see cref="Table"/>, which neutralise it for the format;
/// labels, headings and prompts are the library's own text.
/// </summary>
internal abstract class WorksheetWriter(IFormatProvider? formatProvider)
{
    protected StringBuilder Output { get; } = new();

    public IFormatProvider Culture { get; } = formatProvider ?? CultureInfo.CurrentCulture;

    public abstract void Title(string heading);

    public abstract void Section(string heading);

    /// <summary>Writes a sentence of the library's own, such as a prompt.</summary>
    public abstract void Prompt(string text);

    /// <summary>Writes a label and a person's answer; a blank answer shows as empty.</summary>
    public abstract void Answer(string label, string? value);

    /// <summary>Writes a bulleted list of a person's entries.</summary>
    public abstract void List(IEnumerable<string?> items);

    /// <summary>Writes a table whose cells are a person's text (or values the library formatted).</summary>
    public abstract void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows);

    public void Attribution(int chapter) =>
        Prompt(string.Create(CultureInfo.InvariantCulture, $"After Harriet Lerner, The Dance of Intimacy, chapter {chapter}. A reflective exercise, not therapy."));

    public string Percent(double share) => share.ToString("P0", Culture);

    public string Date(DateOnly date) => date.ToString("D", Culture);

    public string Time(TimeOnly time) => time.ToString("t", Culture);

    public string Day(DayOfWeek day) => DateTimeFormatInfo.GetInstance(Culture).GetDayName(day);

    public string Number(int value) => value.ToString("N0", Culture);

    public sealed override string ToString() => Output.ToString().TrimEnd('\n') + "\n";

    /// <summary>
    /// Splits a person's text into lines: any line break (CR, LF, CRLF, U+2028, U+2029, NEL) ends a line, other
    /// control characters become spaces, and each line is trimmed. Blank lines are dropped.
    /// </summary>
    protected static List<string> Lines(string? text)
    {
        var lines = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return lines;
        }

        var line = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\v' or '\f')
            {
                Flush();
            }
            else
            {
                line.Append(char.IsControl(c) ? ' ' : c);
            }
        }

        Flush();
        return lines;

        void Flush()
        {
            var trimmed = line.ToString().Trim();
            if (trimmed.Length > 0)
            {
                lines.Add(trimmed);
            }

            line.Clear();
        }
    }
}
