using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace IntimacyKit.Text;

/// <summary>
/// The one text-matching engine of the library: rules written as frames over a language's words and word classes,
/// compiled into one automaton over tokens. A text is read a sentence at a time; a sentence is searched only when it
/// holds a trigger word of some rule (a word that every match of the rule contains, taken from the rule's words and
/// classes), and then only for the rules it holds triggers of. Time is linear in the length of the text whatever it
/// holds. Immutable and thread-safe.
/// </summary>
internal sealed class FrameMatcher
{
    /// <summary>The most tokens read as one sentence; a longer run without an end of sentence is read in parts that overlap by the longest frame.</summary>
    internal const int MaxSentenceTokens = 512;

    /// <summary>How many tokens past the end of a match an <c>unless</c> exception may read.</summary>
    internal const int UnlessReach = 12;

    private readonly FrameProgram _program;
    private readonly int[]?[] _rulesOfTrigger;
    private readonly (FrameProgram? Unless, FrameProgram? Before, int BeforeLength, FrameProgram? Sentence)[] _exceptions;
    private readonly int _longest;
    private readonly ConcurrentQueue<Scratch> _pool = new();

    private FrameMatcher(Lexicon lexicon, FrameProgram program, int[]?[] rulesOfTrigger, (FrameProgram?, FrameProgram?, int, FrameProgram?)[] exceptions, int longest, ImmutableArray<ImmutableArray<string>> triggers)
    {
        Lexicon = lexicon;
        _program = program;
        _rulesOfTrigger = rulesOfTrigger;
        _exceptions = exceptions;
        _longest = longest;
        Triggers = triggers;
    }

    /// <summary>Gets the lexicon the rules were compiled with.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>Gets the number of rules.</summary>
    public int RuleCount => _exceptions.Length;

    /// <summary>Gets each rule's trigger words: a sentence is searched for a rule only when it holds one of them.</summary>
    public ImmutableArray<ImmutableArray<string>> Triggers { get; }

    /// <summary>Compiles rules over a language's lexicon and the classes their file adds.</summary>
    /// <param name="document">The language's lexicon.</param>
    /// <param name="classes">The classes the rules' file defines.</param>
    /// <param name="named">The named frames the rules' file defines (<c>%name</c>).</param>
    /// <param name="rules">The rules, in order.</param>
    /// <returns>The compiled rules.</returns>
    /// <exception cref="FrameException">A class or frame is invalid, or a frame has no trigger word; the path says which.</exception>
    public static FrameMatcher Compile(LexiconDocument document, IReadOnlyDictionary<string, WordClassDocument>? classes, IReadOnlyDictionary<string, string>? named, IReadOnlyList<FrameRule> rules)
    {
        named ??= new Dictionary<string, string>();
        foreach (var name in named.Keys)
        {
            if (!Lexicon.IsName(name))
            {
                throw new FrameException($"$.frames.{name}", $"the frame name '{name}' must be lower-kebab-case.");
            }
        }

        var literals = rules.SelectMany(r => r.Frames.Concat(r.Unless).Concat(r.UnlessBefore).Concat(r.UnlessSentence)).Concat(named.Values)
            .SelectMany(f => FrameParser.LiteralWords(f, document));
        var lexicon = Lexicon.Build(document, classes, literals);

        var common = document.Common.Select(w => lexicon.IdOf(w)).Where(id => id >= 0).ToHashSet();
        var frames = new List<(FrameNode, int)>();
        var rulesOfTrigger = new List<int>?[lexicon.Words.Length];
        var exceptions = new (FrameProgram?, FrameProgram?, int, FrameProgram?)[rules.Count];
        var triggers = ImmutableArray.CreateBuilder<ImmutableArray<string>>(rules.Count);
        var longest = 1;
        for (var r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            if (rule.Frames.Count == 0)
            {
                throw new FrameException($"{rule.Path}.frames", "a rule needs at least one frame.");
            }

            var ruleTriggers = new HashSet<int>();
            for (var f = 0; f < rule.Frames.Count; f++)
            {
                var path = $"{rule.Path}.frames[{f}]";
                var frame = FrameParser.Parse(lexicon, document, named, rule.Frames[f], path);
                var trigger = TriggersOf(frame, lexicon, common)
                    ?? throw new FrameException(path, $"in the frame \"{rule.Frames[f]}\": no word or class is required in every match, so the frame has no trigger word; make one element required.");
                ruleTriggers.UnionWith(trigger.Words);
                frames.Add((frame, r));
                longest = Math.Max(longest, frame.MaxLength);
            }

            foreach (var word in ruleTriggers)
            {
                (rulesOfTrigger[word] ??= []).Add(r);
            }

            triggers.Add([.. ruleTriggers.Select(w => lexicon.Words[w]).Order(StringComparer.Ordinal)]);
            var before = Exceptions(rule.UnlessBefore, $"{rule.Path}.unlessBefore", lexicon, document, named, out var beforeLength);
            exceptions[r] = (
                Exceptions(rule.Unless, $"{rule.Path}.unless", lexicon, document, named, out _),
                before,
                beforeLength,
                Exceptions(rule.UnlessSentence, $"{rule.Path}.unlessSentence", lexicon, document, named, out _));
        }

        return new FrameMatcher(
            lexicon,
            new FrameProgram(lexicon, frames),
            [.. rulesOfTrigger.Select(l => l?.Distinct().ToArray())],
            exceptions,
            longest,
            triggers.MoveToImmutable());
    }

    /// <summary>Finds every match of every rule in a text that no exception of the rule excuses.</summary>
    /// <param name="text">The text.</param>
    /// <param name="found">Where to add the matches, as (rule index, start, length) in characters of <paramref name="text"/>, ordered by start, then by rule.</param>
    /// <param name="useTriggers">
    /// Whether a sentence is searched only for the rules it holds triggers of (the normal path) or for every rule (the
    /// reference path, which the tests compare with the normal one).
    /// </param>
    public void Find(string text, List<(int Rule, int Start, int Length)> found, bool useTriggers = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = found.Count;
        var scratch = Rent();
        try
        {
            var tokens = scratch.Tokens;
            tokens.Clear();
            var position = 0;
            var carried = 0;
            while (position < text.Length)
            {
                position = ReadSentence(text, position, tokens, out var cut);
                if (tokens.Count > carried)
                {
                    Search(text, scratch, carried, found, useTriggers);
                }

                if (cut)
                {
                    // Keep the last words so that a match across the cut is still found, once.
                    carried = Math.Min(_longest, tokens.Count);
                    tokens.RemoveRange(0, tokens.Count - carried);
                }
                else
                {
                    carried = 0;
                    tokens.Clear();
                }
            }
        }
        finally
        {
            Return(scratch);
        }

        if (found.Count - first > 1)
        {
            found.Sort(first, found.Count - first, Comparer<(int Rule, int Start, int Length)>.Create(
                static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Rule.CompareTo(b.Rule)));
        }
    }

    /// <summary>Reads the tokens of a text in sentences, as the engine does, for tests and diagnostics.</summary>
    internal List<string> Normalise(string text)
    {
        var tokens = new List<Token>();
        var words = new List<string>();
        var position = 0;
        while (position < text.Length)
        {
            tokens.Clear();
            position = ReadSentence(text, position, tokens, out _);
            words.AddRange(tokens.Select(t => t.Word >= 0 ? Lexicon.Words[t.Word] : string.Concat("?", text.AsSpan(t.Start, t.Length))));
            words.Add("|");
        }

        return words;
    }

    // The tokens of the next sentence, up to MaxSentenceTokens; 'cut' when a sentence was cut there.
    private int ReadSentence(string text, int position, List<Token> tokens, out bool cut)
    {
        var length = text.Length;
        while (position < length)
        {
            var c = text[position];
            if (Lexicon.IsWordChar(c))
            {
                var start = position++;
                while (position < length && (Lexicon.IsWordChar(text[position])
                    || (Lexicon.IsApostrophe(text[position]) && position + 1 < length && Lexicon.IsWordChar(text[position + 1]))))
                {
                    position++;
                }

                Lexicon.AddTokens(text, start, position - start, tokens);
                if (tokens.Count >= MaxSentenceTokens)
                {
                    cut = true;
                    return position;
                }
            }
            else if (c is '.' or '!' or '?' or '\n' or '\r' or '\u2026')
            {
                position++;
                if (tokens.Count > 0)
                {
                    cut = false;
                    return position;
                }
            }
            else
            {
                if (c is ',' or ';' && tokens.Count > 0)
                {
                    tokens.Add(new Token(position, 1, Lexicon.SeparatorWord, TokenFlags.Separator));
                }

                position++;
            }
        }

        cut = false;
        return position;
    }

    private void Search(string text, Scratch scratch, int carried, List<(int Rule, int Start, int Length)> found, bool useTriggers)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch.Tokens);
        bool[]? active = null;
        if (useTriggers)
        {
            foreach (ref readonly var token in tokens)
            {
                if (token.Word >= 0 && _rulesOfTrigger[token.Word] is { } rules)
                {
                    foreach (var rule in rules)
                    {
                        if (!scratch.Active[rule])
                        {
                            scratch.Active[rule] = true;
                            scratch.Activated.Add(rule);
                        }
                    }
                }
            }

            if (scratch.Activated.Count == 0)
            {
                return;
            }

            active = scratch.Active;
        }

        var runner = scratch.Runner;
        runner.FindAll(tokens, active);
        foreach (var rule in scratch.Activated)
        {
            scratch.Active[rule] = false;
        }

        scratch.Activated.Clear();
        if (runner.Matches.Count == 0)
        {
            return;
        }

        // Per rule, the leftmost-longest matches that do not overlap, as a regular expression search gives them.
        var matches = runner.Matches;
        matches.Sort(static (a, b) => a.Pattern != b.Pattern ? a.Pattern.CompareTo(b.Pattern) : a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var lastRule = -1;
        var judgedUpTo = 0;
        scratch.SentenceChecked.Clear();
        foreach (var (rule, start, end) in matches)
        {
            if (rule != lastRule)
            {
                lastRule = rule;
                judgedUpTo = 0;
            }

            if (start < judgedUpTo)
            {
                continue;
            }

            judgedUpTo = end;
            if (end <= carried || IsExcused(rule, tokens, start, end, scratch))
            {
                continue;
            }

            found.Add((rule, tokens[start].Start, tokens[end - 1].End - tokens[start].Start));
        }
    }

    private bool IsExcused(int rule, ReadOnlySpan<Token> tokens, int start, int end, Scratch scratch)
    {
        var (unless, before, beforeLength, sentence) = _exceptions[rule];
        if (unless is not null)
        {
            // From any word of the match: an exception names the words that make the match harmless ("beat me to
            // the last slice", "wanted to die of embarrassment"), wherever the match's frame began.
            var runner = scratch.RunnerOf(unless);
            var reach = tokens[..Math.Min(tokens.Length, end + UnlessReach)];
            for (var from = start; from < end; from++)
            {
                if (runner.MatchesFrom(reach, from, -1))
                {
                    return true;
                }
            }
        }

        if (before is not null)
        {
            var runner = scratch.RunnerOf(before);
            for (var from = Math.Max(0, start - beforeLength); from < start; from++)
            {
                if (runner.MatchesFrom(tokens, from, start))
                {
                    return true;
                }
            }
        }

        if (sentence is not null)
        {
            // Once per rule and sentence, however many matches the rule has in it.
            if (!scratch.SentenceChecked.TryGetValue(rule, out var excused))
            {
                var runner = scratch.RunnerOf(sentence);
                runner.FindAll(tokens, null);
                scratch.SentenceChecked[rule] = excused = runner.Matches.Count > 0;
            }

            if (excused)
            {
                return true;
            }
        }

        return false;
    }

    private static FrameProgram? Exceptions(IReadOnlyList<string> frames, string path, Lexicon lexicon, LexiconDocument document, IReadOnlyDictionary<string, string> named, out int longest)
    {
        longest = 0;
        if (frames.Count == 0)
        {
            return null;
        }

        var nodes = new List<(FrameNode, int)>();
        for (var i = 0; i < frames.Count; i++)
        {
            var node = FrameParser.Parse(lexicon, document, named, frames[i], $"{path}[{i}]");
            longest = Math.Max(longest, node.MaxLength);
            nodes.Add((node, 0));
        }

        return new FrameProgram(lexicon, nodes);
    }

    // The trigger words of a node: words one of which every match holds, chosen to be as rare as the structure allows:
    // a set with one of the language's common words scores lowest, then sets whose shortest word is longer win, then
    // smaller sets. Null when a match may hold none of a set.
    private static (HashSet<int> Words, int Score)? TriggersOf(FrameNode node, Lexicon lexicon, HashSet<int> common)
    {
        switch (node)
        {
            case WordNode word:
                return ([word.Word], Score([word.Word]));
            case ClassNode cls:
                var words = new HashSet<int>();
                var wordClass = lexicon.Classes[cls.Class];
                foreach (var (word, mask) in wordClass.Single)
                {
                    if ((mask & cls.Forms) != 0)
                    {
                        words.Add(word);
                    }
                }

                foreach (var (phrase, mask) in wordClass.Phrases)
                {
                    if ((mask & cls.Forms) != 0)
                    {
                        words.Add(phrase.MaxBy(w => Score([w])));
                    }
                }

                return (words, Score(words));
            case SequenceNode sequence:
                (HashSet<int> Words, int Score)? best = null;
                foreach (var item in sequence.Items)
                {
                    if (item.MinLength > 0 && TriggersOf(item, lexicon, common) is { } t
                        && (best is null || t.Score > best.Value.Score || (t.Score == best.Value.Score && t.Words.Count < best.Value.Words.Count)))
                    {
                        best = t;
                    }
                }

                return best;
            case ChoiceNode choice:
                var union = new HashSet<int>();
                var score = int.MaxValue;
                foreach (var option in choice.Options)
                {
                    if (TriggersOf(option, lexicon, common) is not { } t)
                    {
                        return null;
                    }

                    union.UnionWith(t.Words);
                    score = Math.Min(score, t.Score);
                }

                return (union, score);
            case RepeatNode repeat:
                return repeat.Min > 0 ? TriggersOf(repeat.Item, lexicon, common) : null;
            default:
                return null;
        }

        int Score(IEnumerable<int> set)
        {
            var shortest = int.MaxValue;
            foreach (var word in set)
            {
                if (common.Contains(word))
                {
                    return 0;
                }

                shortest = Math.Min(shortest, lexicon.Words[word].Length);
            }

            return shortest == int.MaxValue ? 0 : shortest;
        }
    }

    private Scratch Rent() => _pool.TryDequeue(out var scratch) ? scratch : new Scratch(this);

    private void Return(Scratch scratch)
    {
        if (_pool.Count < Environment.ProcessorCount * 2)
        {
            scratch.Tokens.Clear();
            if (scratch.Tokens.Capacity > MaxSentenceTokens * 4)
            {
                scratch.Tokens.Capacity = MaxSentenceTokens;
            }

            _pool.Enqueue(scratch);
        }
    }

    // What one search needs and reuses: tokens, the automaton's live states, the rules a sentence triggers.
    private sealed class Scratch(FrameMatcher matcher)
    {
        private readonly Dictionary<FrameProgram, FrameProgram.Runner> _exceptionRunners = new(ReferenceEqualityComparer.Instance);

        public List<Token> Tokens { get; } = new(64);

        public bool[] Active { get; } = new bool[matcher.RuleCount];

        public List<int> Activated { get; } = [];

        public Dictionary<int, bool> SentenceChecked { get; } = [];

        public FrameProgram.Runner Runner { get; } = matcher._program.CreateRunner();

        public FrameProgram.Runner RunnerOf(FrameProgram program)
        {
            if (!_exceptionRunners.TryGetValue(program, out var runner))
            {
                _exceptionRunners[program] = runner = program.CreateRunner();
            }

            return runner;
        }
    }
}
