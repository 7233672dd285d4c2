namespace IntimacyKit.Text;

/// <summary>
/// Where the parts of a text are that rules care about besides its words: its sentences (ended as the engine ends
/// them), its clauses, and the passages in quotation marks (someone else's words). Each helper reads the text once, in
/// linear time, and works on the text as written: curly and straight quotes alike, so that no normalised copy is needed
/// and every index is an index of the text itself.
/// </summary>
internal static class TextRegions
{
    /// <summary>Gets whether a character ends a sentence, as the engine reads sentences.</summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it is a full stop, question or exclamation mark, ellipsis or line break.</returns>
    public static bool EndsSentence(char c) => c is '.' or '!' or '?' or '\n' or '\r' or '\u2026';

    /// <summary>Gets whether a character ends a clause: a sentence end, or a comma, semicolon or colon.</summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it ends a clause.</returns>
    public static bool EndsClause(char c) => EndsSentence(c) || c is ',' or ';' or ':';

    /// <summary>Gets the index where each sentence starts: 0, and the index after every sentence end.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The starts, in order.</returns>
    public static List<int> SentenceStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (EndsSentence(text[i]))
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    /// <summary>Gets the sentence an index is in, named by the index where it starts.</summary>
    /// <param name="starts">The text's <see cref="SentenceStarts"/>.</param>
    /// <param name="index">The index.</param>
    /// <returns>The start of its sentence.</returns>
    public static int SentenceOf(List<int> starts, int index)
    {
        var at = starts.BinarySearch(index);
        return starts[at >= 0 ? at : ~at - 1];
    }

    /// <summary>Gets where the sentence holding an index ends (exclusive): the next sentence's start, or the end of the text.</summary>
    /// <param name="starts">The text's <see cref="SentenceStarts"/>.</param>
    /// <param name="length">The text's length.</param>
    /// <param name="index">The index.</param>
    /// <returns>The end of its sentence, after the mark that ends it.</returns>
    public static int SentenceEnd(List<int> starts, int length, int index)
    {
        var at = starts.BinarySearch(index);
        var next = at >= 0 ? at + 1 : ~at;
        return next < starts.Count ? starts[next] : length;
    }

    /// <summary>Gets whether only white space stands between the start of the text or a sentence end and an index.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The index of a word.</param>
    /// <returns>Whether the word opens its sentence.</returns>
    public static bool OpensSentence(string text, int index)
    {
        var i = SkipSpaceBack(text, index);
        return i < 0 || EndsSentence(text[i]);
    }

    /// <summary>Gets whether only white space stands between the start of the text or a clause end and an index.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The index of a word.</param>
    /// <returns>Whether the word opens its clause.</returns>
    public static bool OpensClause(string text, int index)
    {
        var i = SkipSpaceBack(text, index);
        return i < 0 || EndsClause(text[i]);
    }

    /// <summary>Gets whether only white space stands between an index and the end of the text or a clause end.</summary>
    /// <param name="text">The text.</param>
    /// <param name="end">The index just past a word.</param>
    /// <returns>Whether the word closes its clause.</returns>
    public static bool ClosesClause(string text, int end)
    {
        var i = end;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i == text.Length || EndsClause(text[i]);
    }

    /// <summary>Gets whether only white space lies between two indexes.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The first index.</param>
    /// <param name="end">The index after the last.</param>
    /// <returns>Whether the range is blank (an empty range is).</returns>
    public static bool IsBlank(string text, int start, int end) =>
        start <= end && text.AsSpan(start, end - start).IsWhiteSpace();

    /// <summary>
    /// Finds passages in quotation marks (the person quoting someone else's words), as start and end indexes. Double
    /// quotes (straight or curly) pair up in order; a single quote opens after a space or bracket before a letter and
    /// closes before a space or punctuation, so apostrophes in "don't" and "kids' room" are not quotes.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The ranges, ordered and not overlapping; each end is the index of the closing mark.</returns>
    public static List<(int Start, int End)> QuotedRanges(string text)
    {
        var ranges = new List<(int, int)>();
        var open = -1;
        var single = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open < 0)
            {
                if (IsDoubleQuote(c))
                {
                    open = i;
                    single = false;
                }
                else if (Lexicon.IsApostrophe(c) && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or ':') && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    open = i;
                    single = true;
                }
            }
            else if (!single && IsDoubleQuote(c))
            {
                ranges.Add((open, i));
                open = -1;
            }
            else if (single && Lexicon.IsApostrophe(c) && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                ranges.Add((open, i));
                open = -1;
            }
            else if (single && c == '\n')
            {
                open = -1;
            }
        }

        return ranges;
    }

    /// <summary>Gets whether an index lies inside one of the ordered, non-overlapping ranges.</summary>
    /// <param name="ranges">The ranges, as <see cref="QuotedRanges"/> gives them.</param>
    /// <param name="index">The index.</param>
    /// <returns>Whether a range holds it.</returns>
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

    private static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u2033';

    private static int SkipSpaceBack(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i;
    }
}
