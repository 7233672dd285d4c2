using System.Text;

namespace IntimacyKit.Tests.Worksheets;

/// <summary>Reads back what the Markdown rendering escaped, the way a CommonMark renderer would show it.</summary>
internal static class MarkdownText
{
    /// <summary>Undoes backslash escapes, and turns <c>&lt;br&gt;</c> and hard line breaks into line breaks.</summary>
    public static string Unescape(string markdown)
    {
        var text = new StringBuilder();
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length && (char.IsAsciiLetterOrDigit(markdown[i + 1]) is false && markdown[i + 1] <= '~'))
            {
                text.Append(markdown[++i]);
            }
            else if (string.CompareOrdinal(markdown, i, "<br>", 0, 4) == 0)
            {
                text.Append('\n');
                i += 3;
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>Counts the <c>|</c> that are not escaped by a backslash: the column separators of a table row.</summary>
    public static int Separators(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The visible characters of a text: everything but white space and control characters.</summary>
    public static string Visible(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
}
