using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace IntimacyKit.Text;

/// <summary>
/// The one text-matching engine of the library: rules written as frames over a language's words and word classes,
/// compiled into one automaton over tokens. A text is read a sentence at a time. Each frame requires some words: for
/// every element a match cannot skip, one word of its class or choice (a <i>clause</i>). A sentence is searched only
/// for the frames whose clauses it holds a word of each, found from the frame's trigger clause (its rarest), so most
/// sentences are only read, never searched. Time is linear in the length of the text whatever it holds. Immutable and
/// thread-safe.
/// </summary>
internal sealed class FrameMatcher
{
    /// <summary>The most tokens read as one sentence; a longer run without an end of sentence is read in parts that overlap by the longest frame.</summary>
    internal const int MaxSentenceTokens = 512;

    /// <summary>How many tokens past the end of a match an <c>unless</c> exception may read.</summary>
    internal const int UnlessReach = 12;

    private readonly FrameProgram _program;

    // Every frame's required words as clauses: a match holds at least one word of each of its frame's clauses. A
    // sentence searches a frame only when it holds a word of the frame's trigger clause (its rarest) and of every
    // other clause too.
    private readonly int[]?[] _clausesOfWord;
    private readonly int[]?[] _framesOfWord;
    private readonly bool[] _startsPair;
    private readonly long[] _pairWords;
    private readonly int[] _pairKeys;
    private readonly int _pairMask;
    private readonly int[][] _clausesOfFrame;
    private readonly int _clauseCount;
    private readonly (ExceptionFrames? Unless, ExceptionFrames? Before, ExceptionFrames? Sentence)[] _exceptions;
    private readonly int _longest;
    private readonly ConcurrentQueue<Scratch> _pool = new();

    private FrameMatcher(Lexicon lexicon, FrameProgram program, Activation activation, (ExceptionFrames?, ExceptionFrames?, ExceptionFrames?)[] exceptions, int longest, ImmutableArray<ImmutableArray<string>> triggers)
    {
        Lexicon = lexicon;
        _program = program;
        _clausesOfWord = activation.ClausesOfWord;
        _framesOfWord = activation.FramesOfWord;
        (_startsPair, _pairWords, _pairKeys) = (activation.StartsPair, activation.PairWords, activation.PairKeys);
        _pairMask = _pairWords.Length - 1;
        _clausesOfFrame = activation.ClausesOfFrame;
        _clauseCount = activation.ClauseCount;
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

        var common = new Dictionary<int, int>();
        foreach (var word in document.Common)
        {
            if (lexicon.IdOf(word) is var id && id >= 0)
            {
                common.TryAdd(id, common.Count);
            }
        }

        var frames = new List<(FrameNode, int)>();
        var activation = new ActivationBuilder(lexicon, common);
        var exceptions = new (ExceptionFrames?, ExceptionFrames?, ExceptionFrames?)[rules.Count];
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
                var required = activation.Required(frame);
                if (required.Count == 0)
                {
                    throw new FrameException(path, $"in the frame \"{rule.Frames[f]}\": no word or class is required in every match, so the frame has no trigger word; make one element required.");
                }

                var trigger = required.MaxBy(c => (c.Score, -c.Words.Count));
                ruleTriggers.UnionWith(trigger.Words);
                activation.Add(frames.Count, trigger.Words, required.Select(c => c.Words));
                frames.Add((frame, r));
                longest = Math.Max(longest, frame.MaxLength);
            }

            triggers.Add([.. ruleTriggers.Select(activation.NameOf).Order(StringComparer.Ordinal)]);
            exceptions[r] = (
                Exceptions(rule.Unless, $"{rule.Path}.unless"),
                Exceptions(rule.UnlessBefore, $"{rule.Path}.unlessBefore"),
                Exceptions(rule.UnlessSentence, $"{rule.Path}.unlessSentence"));
        }

        return new FrameMatcher(
            lexicon,
            new FrameProgram(lexicon, frames),
            activation.Build(),
            exceptions,
            longest,
            triggers.MoveToImmutable());

        // A rule's exception frames of one kind, with the words each requires, so that an exception whose words the
        // sentence lacks is not run.
        ExceptionFrames? Exceptions(IReadOnlyList<string> texts, string path)
        {
            if (texts.Count == 0)
            {
                return null;
            }

            var nodes = new List<(FrameNode, int)>();
            var clauses = new int[texts.Count][];
            for (var i = 0; i < texts.Count; i++)
            {
                var node = FrameParser.Parse(lexicon, document, named, texts[i], $"{path}[{i}]");
                nodes.Add((node, 0));
                clauses[i] = activation.Intern(activation.Required(node).Select(c => c.Words));
            }

            return new ExceptionFrames(new FrameProgram(lexicon, nodes), clauses, nodes.Max(n => n.Item1.MaxLength));
        }
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
                position = Lexicon.ReadWord(text, position, tokens);
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
        List<int>? active = null;
        if (useTriggers)
        {
            var generation = scratch.NextGeneration();
            var clauseSeen = scratch.ClauseSeen;
            var frameSeen = scratch.FrameSeen;
            var candidates = scratch.Candidates;
            // First the frames the sentence's words trigger; most sentences trigger none and are done.
            for (var i = 0; i < tokens.Length; i++)
            {
                var word = tokens[i].Word;
                if (word < 0)
                {
                    continue;
                }

                Trigger(_framesOfWord[word], frameSeen, generation, candidates);
                if (_startsPair[word] && PairKey(tokens, i) is var pair and >= 0)
                {
                    Trigger(_framesOfWord[pair], frameSeen, generation, candidates);
                }
            }

            if (candidates.Count == 0)
            {
                return;
            }

            // Then whether the sentence holds a word of each clause of those frames.
            for (var i = 0; i < tokens.Length; i++)
            {
                var word = tokens[i].Word;
                if (word < 0)
                {
                    continue;
                }

                Mark(_clausesOfWord[word], clauseSeen, generation);
                if (_startsPair[word] && PairKey(tokens, i) is var pair and >= 0)
                {
                    Mark(_clausesOfWord[pair], clauseSeen, generation);
                }
            }

            foreach (var frame in candidates)
            {
                if (AllSeen(_clausesOfFrame[frame], clauseSeen, generation))
                {
                    scratch.Activated.Add(frame);
                }
            }

            candidates.Clear();
            if (scratch.Activated.Count == 0)
            {
                return;
            }

            active = scratch.Activated;
        }

        var runner = scratch.Runner;
        runner.FindAll(tokens, active);
        scratch.Activated.Clear();
        if (runner.Matches.Count == 0)
        {
            return;
        }

        // Per rule, the leftmost-longest matches that no exception excuses and that do not overlap one another.
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

            if (end <= carried)
            {
                // Judged with the part before the cut.
                judgedUpTo = end;
                continue;
            }

            // An excused match does not hide the rule's other matches there: each is judged on its own ("he told my
            // sister he's going to kill me" is not excused by "my sister's going to kill me" being a figure of speech).
            if (IsExcused(rule, tokens, start, end, scratch, useTriggers))
            {
                continue;
            }

            judgedUpTo = end;
            found.Add((rule, tokens[start].Start, tokens[end - 1].End - tokens[start].Start));
        }
    }

    private bool IsExcused(int rule, ReadOnlySpan<Token> tokens, int start, int end, Scratch scratch, bool wordsSeen)
    {
        var (unless, before, sentence) = _exceptions[rule];
        if (unless is not null && (!wordsSeen || unless.MayMatch(scratch)))
        {
            // From any word of the match: an exception names the words that make the match harmless ("beat me to
            // the last slice", "wanted to die of embarrassment"), wherever the match's frame began.
            var runner = scratch.RunnerOf(unless.Program);
            var reach = tokens[..Math.Min(tokens.Length, end + UnlessReach)];
            for (var from = start; from < end; from++)
            {
                if (runner.MatchesFrom(reach, from, -1))
                {
                    return true;
                }
            }
        }

        if (before is not null && (!wordsSeen || before.MayMatch(scratch)))
        {
            var runner = scratch.RunnerOf(before.Program);
            for (var from = Math.Max(0, start - before.Longest); from < start; from++)
            {
                if (runner.MatchesFrom(tokens, from, start))
                {
                    return true;
                }
            }
        }

        if (sentence is not null && (!wordsSeen || sentence.MayMatch(scratch)))
        {
            // Once per rule and sentence, however many matches the rule has in it.
            if (!scratch.SentenceChecked.TryGetValue(rule, out var excused))
            {
                var runner = scratch.RunnerOf(sentence.Program);
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

    private static void Trigger(int[]? frames, int[] frameSeen, int generation, List<int> candidates)
    {
        if (frames is null)
        {
            return;
        }

        foreach (var frame in frames)
        {
            if (frameSeen[frame] != generation)
            {
                frameSeen[frame] = generation;
                candidates.Add(frame);
            }
        }
    }

    private static void Mark(int[]? clauses, int[] clauseSeen, int generation)
    {
        if (clauses is null)
        {
            return;
        }

        foreach (var clause in clauses)
        {
            clauseSeen[clause] = generation;
        }
    }

    // The key of the pair of words at i and i + 1, or -1 when the rules need no such pair (an open-addressing table of
    // the pairs, keyed by both words).
    private int PairKey(ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Length || tokens[i + 1].Word < 0)
        {
            return -1;
        }

        var words = PairOf(tokens[i].Word, tokens[i + 1].Word);
        for (var slot = PairSlot(words, _pairMask); _pairKeys[slot] >= 0; slot = (slot + 1) & _pairMask)
        {
            if (_pairWords[slot] == words)
            {
                return _pairKeys[slot];
            }
        }

        return -1;
    }

    private static long PairOf(int first, int second) => ((long)first << 32) | (uint)second;

    private static int PairSlot(long words, int mask) => (int)((ulong)(words * -7046029254386353131L) >> 40) & mask;

    private static bool AllSeen(int[] clauses, int[] seen, int generation)
    {
        foreach (var clause in clauses)
        {
            if (seen[clause] != generation)
            {
                return false;
            }
        }

        return true;
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


        public List<int> Activated { get; } = [];

        public int[] ClauseSeen { get; } = new int[matcher._clauseCount];

        public int[] FrameSeen { get; } = new int[matcher._clausesOfFrame.Length];

        public List<int> Candidates { get; } = [];

        // A new mark for one sentence's clauses and frames; the marks start again before the counter overflows.
        public int Generation { get; private set; }

        public int NextGeneration()
        {
            if (++Generation == int.MaxValue)
            {
                Array.Clear(ClauseSeen);
                Array.Clear(FrameSeen);
                Generation = 1;
            }

            return Generation;
        }

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

    // Exception frames of one kind (unless, unlessBefore or unlessSentence) of one rule: the program, the clauses each of
    // its frames requires, and its longest frame.
    private sealed record ExceptionFrames(FrameProgram Program, int[][] ClausesOfFrames, int Longest)
    {
        // Whether one of the frames may match in the sentence whose clauses the scratch has marked.
        public bool MayMatch(Scratch scratch)
        {
            foreach (var clauses in ClausesOfFrames)
            {
                if (AllSeen(clauses, scratch.ClauseSeen, scratch.Generation))
                {
                    return true;
                }
            }

            return false;
        }
    }

    // Which words trigger which frames, and the clauses each frame requires. A clause holds keys: a word id, or, past
    // the lexicon's words, a pair of words one after the other, which stands for a phrase of common words.
    private sealed record Activation(int[]?[] ClausesOfWord, int[]?[] FramesOfWord, int[][] ClausesOfFrame, int ClauseCount, bool[] StartsPair, long[] PairWords, int[] PairKeys);

    private sealed class ActivationBuilder(Lexicon lexicon, Dictionary<int, int> common)
    {
        private readonly Dictionary<string, int> _clauseIds = new(StringComparer.Ordinal);
        private readonly Dictionary<long, int> _pairKeys = [];
        private readonly List<(int First, int Second)> _pairs = [];
        private readonly Dictionary<int, List<int>> _clausesOfKey = [];
        private readonly Dictionary<int, List<int>> _framesOfKey = [];
        private readonly List<int[]> _clausesOfFrame = [];

        private int WordCount => lexicon.Words.Length;

        public void Add(int frame, HashSet<int> trigger, IEnumerable<HashSet<int>> required)
        {
            foreach (var key in trigger)
            {
                ListOf(_framesOfKey, key).Add(frame);
            }

            _clausesOfFrame.Add(Intern(required));
        }

        public int[] Intern(IEnumerable<HashSet<int>> required) => [.. required.Select(Intern).Distinct()];

        public string NameOf(int key) => key < WordCount ? lexicon.Words[key] : $"{lexicon.Words[_pairs[key - WordCount].First]} {lexicon.Words[_pairs[key - WordCount].Second]}";

        public Activation Build()
        {
            var keys = WordCount + _pairs.Count;
            var startsPair = new bool[WordCount];
            var size = 16;
            while (size < _pairs.Count * 2)
            {
                size *= 2;
            }

            var pairWords = new long[size];
            var pairKeys = new int[size];
            Array.Fill(pairKeys, -1);
            for (var i = 0; i < _pairs.Count; i++)
            {
                var (first, second) = _pairs[i];
                startsPair[first] = true;
                var words = PairOf(first, second);
                var slot = PairSlot(words, size - 1);
                while (pairKeys[slot] >= 0)
                {
                    slot = (slot + 1) & (size - 1);
                }

                pairWords[slot] = words;
                pairKeys[slot] = WordCount + i;
            }

            return new(
                [.. Enumerable.Range(0, keys).Select(k => _clausesOfKey.TryGetValue(k, out var l) ? l.ToArray() : null)],
                [.. Enumerable.Range(0, keys).Select(k => _framesOfKey.TryGetValue(k, out var l) ? l.Distinct().ToArray() : null)],
                [.. _clausesOfFrame],
                _clauseIds.Count,
                startsPair,
                pairWords,
                pairKeys);
        }

        // The clauses a node requires: every match holds a key of each. A clause's score says how rare its keys are.
        public List<(HashSet<int> Words, int Score)> Required(FrameNode node)
        {
            switch (node)
            {
                case WordNode word:
                    return [Clause([word.Word])];
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
                            words.Add(KeyOf(phrase));
                        }
                    }

                    return [Clause(words)];
                case SequenceNode sequence:
                    return [.. sequence.Items.Where(i => i.MinLength > 0).SelectMany(Required)];
                case ChoiceNode choice:
                    // One clause: the union of each option's rarest clause, so every option holds a key of it.
                    var union = new HashSet<int>();
                    foreach (var option in choice.Options)
                    {
                        var clauses = Required(option);
                        if (clauses.Count == 0)
                        {
                            return [];
                        }

                        // An option of common words only ("make sure") stands as the pair of its words it begins with.
                        var best = clauses.MaxBy(c => (c.Score, -c.Words.Count));
                        if (best.Score < common.Count && option is SequenceNode { Items: [WordNode, WordNode, ..] } phrase)
                        {
                            union.Add(KeyOf([.. phrase.Items.TakeWhile(i => i is WordNode).Select(i => ((WordNode)i).Word)]));
                            continue;
                        }

                        union.UnionWith(best.Words);
                    }

                    return [Clause(union)];
                case RepeatNode repeat:
                    return repeat.Min > 0 ? Required(repeat.Item) : [];
                default:
                    return [];
            }
        }

        // The key that stands for a run of words: its rarest word, or, when all its words are common, the pair of
        // neighbours whose more frequent word is the rarest.
        private int KeyOf(int[] run)
        {
            var rarest = run.MaxBy(Score);
            if (run.Length < 2 || Score(rarest) >= common.Count)
            {
                return rarest;
            }

            var at = Enumerable.Range(0, run.Length - 1).MaxBy(i => Math.Min(Score(run[i]), Score(run[i + 1])));
            var pair = ((long)run[at] << 32) | (uint)run[at + 1];
            if (!_pairKeys.TryGetValue(pair, out var key))
            {
                _pairKeys[pair] = key = WordCount + _pairs.Count;
                _pairs.Add((run[at], run[at + 1]));
            }

            return key;
        }

        // The language's common words, most frequent first, score their place in that list; every other word scores
        // more, and more the longer it is; a pair of words scores as a rare short word.
        private int Score(int key) =>
            key >= WordCount ? common.Count + 3 : common.TryGetValue(key, out var rank) ? rank : common.Count + lexicon.Words[key].Length;

        // A clause is as frequent as its most frequent key.
        private (HashSet<int> Words, int Score) Clause(HashSet<int> keys) => (keys, keys.Count == 0 ? 0 : keys.Min(Score));

        // The same set of keys is one clause, however many frames require it.
        private int Intern(HashSet<int> keys)
        {
            var name = string.Join(' ', keys.Order());
            if (!_clauseIds.TryGetValue(name, out var id))
            {
                _clauseIds[name] = id = _clauseIds.Count;
                foreach (var key in keys)
                {
                    ListOf(_clausesOfKey, key).Add(id);
                }
            }

            return id;
        }

        private static List<int> ListOf(Dictionary<int, List<int>> map, int key)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            return list;
        }
    }
}
