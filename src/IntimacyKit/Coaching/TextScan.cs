using System.Buffers;

namespace IntimacyKit.Coaching;

/// <summary>Linear helpers over a message: straight quotes, quoted passages, and sentence bounds around a span.</summary>
internal static class TextScan
{
    /// <summary>How far a sentence window reaches beyond a match, so that exceptions stay cheap on long text.</summary>
    public const int Reach = 160;

    /// <summary>How far a sentence window reaches back before a match; exceptions there look at the words just before it.</summary>
    public const int ReachBack = 80;

    private static readonly SearchValues<char> s_curly = SearchValues.Create("\u2019\u2018\u02BC\u2032\u201C\u201D\u201E\u2033");

    /// <summary>Returns the text with curly apostrophes and quotes made straight (the text itself when it has none); every index stays the same.</summary>
    public static string Normalize(string text) => !text.AsSpan().ContainsAny(s_curly) ? text : string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
                var c => c,
            };
        }
    });

    /// <summary>
    /// Finds passages in quotation marks (the person quoting someone else's words), as start and end indexes. Double quotes
    /// pair up in order; a single quote opens after a space or bracket before a letter and closes before a space or
    /// punctuation, so apostrophes in "don't" and "kids' room" are not quotes.
    /// </summary>
    public static List<(int Start, int End)> QuotedRanges(string text)
    {
        var ranges = new List<(int, int)>();
        int open = -1;
        char quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open < 0)
            {
                if (c == '"' || (c == '\'' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or ':') && i + 1 < text.Length && char.IsLetter(text[i + 1])))
                {
                    open = i;
                    quote = c;
                }
            }
            else if (c == quote && (quote == '"' || i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])) && (quote == '"' || !char.IsWhiteSpace(text[i - 1])))
            {
                ranges.Add((open, i));
                open = -1;
            }
            else if (quote == '\'' && c is '\n')
            {
                open = -1;
            }
        }

        return ranges;
    }

    /// <summary>Gets whether an index lies inside one of the ordered, non-overlapping ranges.</summary>
    public static bool IsInside(List<(int Start, int End)> ranges, int index)
    {
        int low = 0, high = ranges.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (index < ranges[mid].Start)
            {
                high = mid - 1;
            }
            else if (index > ranges[mid].End)
            {
                low = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the index where the sentence holding <paramref name="end"/> ends (exclusive), at most <see cref="Reach"/> further.</summary>
    public static int SentenceEnd(string text, int end)
    {
        var limit = Math.Min(text.Length, end + Reach);
        for (var i = end; i < limit; i++)
        {
            if (text[i] is '.' or '!' or '?' or '\n')
            {
                return i;
            }
        }

        return limit;
    }

    /// <summary>Gets the index where the sentence holding <paramref name="start"/> begins, at most <see cref="ReachBack"/> back.</summary>
    public static int SentenceStart(string text, int start)
    {
        var limit = Math.Max(0, start - ReachBack);
        for (var i = start - 1; i >= limit; i--)
        {
            if (text[i] is '.' or '!' or '?' or '\n')
            {
                return i + 1;
            }
        }

        return limit;
    }
}
