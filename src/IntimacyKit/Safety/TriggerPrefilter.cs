using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace IntimacyKit.Safety;

/// <summary>
/// A pre-filter for a set of searches (compiled regular expressions, each the alternation of some rules): one pass
/// over the text finds the trigger strings of every rule, and each search then reads only the segments that hold one
/// of its triggers. Finds exactly what searching the whole text finds, because of two facts derived from the patterns
/// when the rules are loaded (<see cref="PatternTriggers"/>):
/// <list type="bullet">
/// <item>every match of a rule contains one of the rule's triggers, so a segment without one has no match;</item>
/// <item>a segment is bounded by <em>stop characters</em>, punctuation that no match of the search can contain, so no
/// match crosses a segment's bounds. A segment is searched together with the stop character on each side, so that
/// <c>\b</c>, <c>^</c> and <c>$</c> see what they see in the whole text.</item>
/// </list>
/// Immutable and thread-safe.
/// </summary>
internal sealed class TriggerPrefilter
{
    // Characters that regular-expression matching ignoring case (culture-invariant) treats as an ASCII letter but an
    // ordinal comparison ignoring case does not, or the reverse. A text holding one is searched whole.
    private static readonly SearchValues<char> s_caseOutliers = SearchValues.Create("\u212A\u017F\u0130\u0131");

    // The longest trigger PatternTriggers makes.
    private const int MaxTriggerLength = PatternTriggers.MaxStringLength;

    /// <summary>
    /// The characters a reader reads per block: every search reads its segments of one block before the next block,
    /// so that a long text is read from the cache rather than from memory once per search, and the time per character
    /// does not grow with the length of the text. 16 K characters (32 KB) stay in a core's cache with room to spare.
    /// </summary>
    public const int BlockLength = 16 * 1024;

    private readonly SearchValues<string> _triggers;

    // The triggers (lower case) with the searches each opens, and, by first character, the lengths of its triggers:
    // at a hit, the text's next few characters of each such length are looked up.
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _searchesOf;

    private readonly int[][] _lengthsByFirst;

    private readonly SearchValues<char>?[] _stops;

    private readonly bool[] _whole;

    private TriggerPrefilter(Dictionary<string, int[]> searchesOf, SearchValues<char>?[] stops, bool[] whole)
    {
        _triggers = SearchValues.Create([.. searchesOf.Keys], StringComparison.OrdinalIgnoreCase);
        _searchesOf = searchesOf.GetAlternateLookup<ReadOnlySpan<char>>();
        _lengthsByFirst = new int[128][];
        for (var c = 0; c < 128; c++)
        {
            _lengthsByFirst[c] = [.. searchesOf.Keys.Where(k => k[0] == c).Select(k => k.Length).Distinct().Order()];
        }

        _stops = stops;
        _whole = whole;
    }

    /// <summary>Gets how many searches the pre-filter plans for.</summary>
    public int SearchCount => _stops.Length;

    /// <summary>Builds the pre-filter.</summary>
    /// <param name="searches">For each search, its rules' (already expanded) patterns.</param>
    /// <param name="noTriggers">
    /// Called with a search's index and a rule pattern's index in it when the pattern gives no trigger; returns an
    /// exception to throw, or <see langword="null"/> to read that search over the whole text.
    /// </param>
    /// <returns>The pre-filter.</returns>
    /// <exception cref="FormatException">A pattern uses a construct the analysis does not know.</exception>
    public static TriggerPrefilter Create(IReadOnlyList<IReadOnlyList<string>> searches, Func<int, int, Exception?> noTriggers)
    {
        var triggerSearches = new Dictionary<string, SortedSet<int>>(StringComparer.OrdinalIgnoreCase);
        var stops = new SearchValues<char>?[searches.Count];
        var whole = new bool[searches.Count];
        for (var s = 0; s < searches.Count; s++)
        {
            var matchable = new bool[128];
            var searchTriggers = new List<string>();
            for (var p = 0; p < searches[s].Count; p++)
            {
                var result = PatternTriggers.Analyze(searches[s][p]);
                for (var c = 0; c < 128; c++)
                {
                    matchable[c] |= result.Matchable[c];
                }

                if (result.Triggers is null)
                {
                    whole[s] = true;
                    if (noTriggers(s, p) is { } error)
                    {
                        throw error;
                    }
                }
                else
                {
                    searchTriggers.AddRange(result.Triggers);
                }
            }

            // Within a search, a trigger that contains another opens nothing more. Across searches no trigger is
            // dropped for a shorter one: "you " would then open every search that "you always" opens.
            searchTriggers = PatternTriggers.Reduce(searchTriggers);

            var stopChars = Enumerable.Range(0, 128).Where(c => !matchable[c] && !char.IsLetterOrDigit((char)c) && c != '_').Select(c => (char)c).ToArray();
            stops[s] = stopChars.Length == 0 ? null : SearchValues.Create(stopChars);
            if (!whole[s])
            {
                foreach (var trigger in searchTriggers)
                {
                    ref var set = ref CollectionsMarshal.GetValueRefOrAddDefault(triggerSearches, trigger, out _);
                    (set ??= []).Add(s);
                }
            }
        }

        return new TriggerPrefilter(triggerSearches.ToDictionary(t => t.Key.ToLowerInvariant(), t => t.Value.ToArray(), StringComparer.Ordinal), stops, whole);
    }

    /// <summary>
    /// Hands every segment each search must read to <paramref name="read"/>, block by block: the triggers of one
    /// block (<see cref="BlockLength"/> characters) are found and the segments they open are read by every search
    /// before the next block, so that a long text is read from the cache, little is allocated, and the time per
    /// character does not grow with the length of the text. Each search gets its segments in order, not overlapping.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="prefilter">
    /// Whether to read only the segments that hold a trigger (the normal path), or the whole text as one segment per
    /// search (the reference path, which the tests compare with the normal one).
    /// </param>
    /// <param name="read">Called with a search's index and a segment's start and end (exclusive).</param>
    public void Read(string text, bool prefilter, Action<int, int, int> read)
    {
        var count = _stops.Length;
        if (!prefilter)
        {
            for (var s = 0; s < count; s++)
            {
                read(s, 0, text.Length);
            }

            return;
        }

        // A search that must read the whole text reads it in blocks cut at its stop characters.
        var searchWhole = text.AsSpan().ContainsAny(s_caseOutliers);
        var wholeBlocks = new List<(int Start, int End)>?[count];
        var opened = new List<(int Start, int End)>[count];
        for (var s = 0; s < count; s++)
        {
            if (searchWhole || _whole[s])
            {
                wholeBlocks[s] = Blocks(text, _stops[s]);
            }
            else
            {
                opened[s] = [];
            }
        }

        // For each search, the next of its whole-text blocks, and the end of its last segment: a trigger before that
        // end is in that segment already.
        var next = new int[count];
        var covered = new int[count];
        var blockStart = 0;
        do
        {
            var blockEnd = (int)Math.Min(text.Length, (long)blockStart + BlockLength);
            if (!searchWhole)
            {
                FindTriggers(text, blockStart, blockEnd, covered, opened);
            }

            for (var s = 0; s < count; s++)
            {
                if (wholeBlocks[s] is { } blocks)
                {
                    for (; next[s] < blocks.Count && (blocks[next[s]].Start < blockEnd || blockEnd == text.Length); next[s]++)
                    {
                        read(s, blocks[next[s]].Start, blocks[next[s]].End);
                    }
                }
                else
                {
                    foreach (var (start, end) in opened[s])
                    {
                        read(s, start, end);
                    }

                    opened[s].Clear();
                }
            }

            blockStart = blockEnd;
        }
        while (blockStart < text.Length);
    }

    // Finds the triggers that start in [from, to) and adds, for each search they open, the segment that holds them.
    private void FindTriggers(string text, int from, int to, int[] covered, List<(int Start, int End)>[] opened)
    {
        var span = text.AsSpan();

        // A trigger that starts before `to` may end after it.
        var limit = (int)Math.Min(text.Length, (long)to + MaxTriggerLength - 1);
        Span<char> lower = stackalloc char[MaxTriggerLength];
        var at = from;
        while (at < to)
        {
            var found = span[at..limit].IndexOfAny(_triggers);
            if (found < 0 || at + found >= to)
            {
                break;
            }

            var hit = at + found;
            var first = char.ToLowerInvariant(text[hit]);
            if (first < 128)
            {
                foreach (var length in _lengthsByFirst[first])
                {
                    if (length > text.Length - hit)
                    {
                        break;
                    }

                    var candidate = lower[..length];
                    span.Slice(hit, length).ToLowerInvariant(candidate);
                    if (_searchesOf.TryGetValue(candidate, out var searches))
                    {
                        Open(span, opened, covered, searches, hit);
                    }
                }
            }

            at = hit + 1;
        }
    }

    private void Open(ReadOnlySpan<char> text, List<(int Start, int End)>[] opened, int[] covered, int[] searches, int hit)
    {
        foreach (var s in searches)
        {
            if (hit >= covered[s])
            {
                var segment = Segment(text, _stops[s], covered[s], hit);
                opened[s].Add(segment);
                covered[s] = segment.End;
            }
        }
    }

    /// <summary>
    /// Returns where the text a segment is searched in starts and how long it is: the segment with the stop character
    /// before it and the stop character and one more after it. So <c>\b</c> at the segment's bounds sees the same
    /// characters as in the whole text, and <c>^</c> and <c>$</c> (which no match can reach across a stop character)
    /// match inside the window only where they match in the whole text: <c>$</c> also matches before a final
    /// <c>\n</c>, which the extra character keeps from being the stop character. Callers search the window as a span
    /// of the text, so no characters are copied.
    /// </summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">The segment's start.</param>
    /// <param name="end">The segment's end (exclusive).</param>
    /// <returns>The window's offset in <paramref name="text"/> and its length.</returns>
    public static (int Offset, int Length) Window(string text, int start, int end)
    {
        var from = Math.Max(0, start - 1);
        var to = Math.Min(text.Length, end + 2);
        return (from, to - from);
    }

    /// <summary>
    /// Tells whether one alternative of a search, compiled on its own, is the one that gave a match the search found:
    /// a search prefers its first alternative that matches where the match starts, so the first alternative, in order,
    /// for which this returns <see langword="true"/> is the one. Reads the match and the two characters after it (all
    /// that <c>\b</c> and <c>$</c> at its end look at), so it takes time in the match's length, not the text's.
    /// </summary>
    /// <param name="alternative">The alternative's own expression.</param>
    /// <param name="window">The text the search read.</param>
    /// <param name="index">Where the match starts in <paramref name="window"/>.</param>
    /// <param name="length">The match's length.</param>
    /// <returns>Whether the alternative matches at <paramref name="index"/> with that length.</returns>
    public static bool GaveMatch(Regex alternative, ReadOnlySpan<char> window, int index, int length)
    {
        var matches = alternative.EnumerateMatches(window[..Math.Min(window.Length, index + length + 2)], index);
        return matches.MoveNext() && matches.Current.Index == index && matches.Current.Length == length;
    }

    /// <summary>
    /// Splits a text a search must read whole into segments of about <see cref="BlockLength"/> characters, each ending
    /// at one of the search's stop characters, so that it too can be read block by block; the whole text as one segment
    /// when the search has no stop characters.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="stops">The search's stop characters, or <see langword="null"/>.</param>
    /// <returns>The segments, in order, covering every character but the stop characters between them.</returns>
    public static List<(int Start, int End)> Blocks(string text, SearchValues<char>? stops)
    {
        if (stops is null)
        {
            return [(0, text.Length)];
        }

        var blocks = new List<(int Start, int End)>(text.Length / BlockLength + 1);
        var start = 0;
        while (text.Length - start > BlockLength)
        {
            var stop = text.AsSpan(start + BlockLength).IndexOfAny(stops);
            if (stop < 0)
            {
                break;
            }

            var end = start + BlockLength + stop;
            blocks.Add((start, end));
            start = end + 1;
        }

        blocks.Add((start, text.Length));
        return blocks;
    }

    // The segment holding a hit: from after the last stop character before it (but not before `from`, where the
    // previous segment ended, itself at a stop character) to the next stop character after it.
    private static (int Start, int End) Segment(ReadOnlySpan<char> text, SearchValues<char>? stops, int from, int hit)
    {
        if (stops is null)
        {
            return (from, text.Length);
        }

        var before = text[from..hit].LastIndexOfAny(stops);
        var start = before < 0 ? from : from + before + 1;
        var after = text[hit..].IndexOfAny(stops);
        return (start, after < 0 ? text.Length : hit + after);
    }

}
