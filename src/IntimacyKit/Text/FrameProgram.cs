using System.Collections.Frozen;

namespace IntimacyKit.Text;

/// <summary>
/// Frames compiled into one automaton over tokens (a Thompson NFA), run by keeping the set of live states: each token
/// is read once, whatever the frames hold, so matching is linear in the length of the text. Each live state remembers
/// the earliest token its match started at. Immutable and thread-safe; a run's state lives in a <see cref="Runner"/>.
/// </summary>
internal sealed class FrameProgram
{
    private const byte WordKind = 0;
    private const byte ClassKind = 1;
    private const byte AnyKind = 2;
    private const byte SplitKind = 3;
    private const byte AcceptKind = 4;
    private const byte EmptyKind = 5;
    private const byte SwitchKind = 6;

    private readonly Lexicon _lexicon;
    private readonly byte[] _kind;
    private readonly int[] _arg;
    private readonly int[] _forms;
    private readonly int[] _next;
    private readonly int[] _next2;
    private readonly int[] _startOf;

    // The consuming states a frame can begin with, found by the word or class they read.
    private readonly Dictionary<int, int[]> _startsByWord;
    private readonly int[][] _startsByClass;
    private readonly int[] _startsOnAny;
    private readonly int[][] _startsOfFrame;

    // The maps that SwitchKind states read by: word to the state a match continues at. The options of a choice that
    // begin with a word, and the phrases of a class, are one such state (a trie over words), not one state per option.
    private readonly FrozenDictionary<int, int>[] _switches;

    /// <summary>Compiles frames; frame <c>i</c> reports matches as pattern <c>i</c>.</summary>
    /// <param name="lexicon">The lexicon the frames were parsed with.</param>
    /// <param name="frames">The frames, with the index each reports (several frames may report one index).</param>
    public FrameProgram(Lexicon lexicon, IReadOnlyList<(FrameNode Frame, int Pattern)> frames)
    {
        _lexicon = lexicon;
        var b = new Builder();
        var starts = new int[frames.Count];
        for (var i = 0; i < frames.Count; i++)
        {
            var accept = b.Add(AcceptKind, frames[i].Pattern, 0);
            starts[i] = b.Compile(frames[i].Frame, accept, lexicon);
        }

        (_kind, _arg, _forms, _next, _next2) = b.ToArrays();
        _switches = [.. b.Switches.Select(map => map.ToFrozenDictionary())];
        _startOf = new int[_kind.Length];

        var byWord = new Dictionary<int, List<int>>();
        var byClass = new List<int>[lexicon.Classes.Length];
        var onAny = new List<int>();
        _startsOfFrame = new int[frames.Count][];
        for (var i = 0; i < frames.Count; i++)
        {
            _startsOfFrame[i] = [.. Closure(starts[i])];
            foreach (var state in _startsOfFrame[i])
            {
                switch (_kind[state])
                {
                    case WordKind:
                        Add(byWord, _arg[state], state);
                        break;
                    case SwitchKind:
                        foreach (var word in _switches[_arg[state]].Keys)
                        {
                            Add(byWord, word, state);
                        }

                        break;
                    case ClassKind:
                        (byClass[_arg[state]] ??= []).Add(state);
                        break;
                    case AnyKind:
                        onAny.Add(state);
                        break;
                }
            }
        }

        _startsByWord = byWord.ToDictionary(p => p.Key, p => p.Value.Distinct().ToArray());
        _startsByClass = [.. byClass.Select(l => l?.Distinct().ToArray() ?? [])];
        _startsOnAny = [.. onAny.Distinct()];

        static void Add(Dictionary<int, List<int>> map, int key, int state)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(state);
        }
    }

    /// <summary>Gets the number of states.</summary>
    public int StateCount => _kind.Length;

    /// <summary>Creates the mutable state of one run; not thread-safe, so one per thread or per call.</summary>
    public Runner CreateRunner() => new(this);

    // The state a match continues at when a state reads a token, or -1 when it does not read it; classMasks holds the
    // forms the token's word has in each of its classes.
    private int Target(int state, in Token token, int[] classMasks) => _kind[state] switch
    {
        WordKind => token.Word == _arg[state] ? _next[state] : -1,
        SwitchKind => token.Word >= 0 && _switches[_arg[state]].TryGetValue(token.Word, out var target) ? target : -1,
        ClassKind => (classMasks[_arg[state]] & _forms[state]) != 0 ? _next[state] : -1,
        AnyKind => (token.Flags & (TokenFlags)_arg[state]) == (TokenFlags)_arg[state] ? _next[state] : -1,
        _ => -1,
    };

    private IEnumerable<int> Closure(int start)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>([start]);
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            if (!seen.Add(s))
            {
                continue;
            }

            switch (_kind[s])
            {
                case SplitKind:
                    stack.Push(_next2[s]);
                    stack.Push(_next[s]);
                    break;
                case EmptyKind:
                    stack.Push(_next[s]);
                    break;
                case AcceptKind:
                    break;
                default:
                    yield return s;
                    break;
            }
        }
    }

    /// <summary>The mutable state of runs of a program: the live states and the matches found.</summary>
    internal sealed class Runner
    {
        private readonly FrameProgram _p;
        private readonly int[] _mark;
        private readonly int[] _begin;
        private readonly Stack<int> _stack = new();
        private List<int> _live = [];
        private List<int> _nextLive = [];
        private readonly int[] _classMasks;
        private int[] _loadedClasses = [];
        private int _generation;

        public Runner(FrameProgram program)
        {
            _p = program;
            _mark = new int[program.StateCount];
            _begin = new int[program.StateCount];
            _classMasks = new int[program._lexicon.Classes.Length];
        }

        /// <summary>Gets the matches of the last run: pattern, first token, token past the last.</summary>
        public List<(int Pattern, int Start, int End)> Matches { get; } = [];

        /// <summary>
        /// Finds every match of the frames in tokens, starting anywhere. Only the frames in <paramref name="frames"/>
        /// are started (by their index in the list the program was compiled from).
        /// </summary>
        /// <param name="tokens">The tokens of one sentence.</param>
        /// <param name="frames">Which frames may start, or <see langword="null"/> for all.</param>
        public void FindAll(ReadOnlySpan<Token> tokens, List<int>? frames)
        {
            Matches.Clear();
            _live.Clear();
            for (var i = 0; i < tokens.Length; i++)
            {
                ref readonly var token = ref tokens[i];
                Begin();
                Load(token);
                Step(token, i);
                if (frames is null)
                {
                    StartOn(token, i);
                }
                else
                {
                    foreach (var frame in frames)
                    {
                        StartAll(_p._startsOfFrame[frame], token, i);
                    }
                }

                (_live, _nextLive) = (_nextLive, _live);
            }
        }

        /// <summary>
        /// Runs the frames from one token only and returns the ends of their matches: whether one ends at
        /// <paramref name="end"/>, or (with <paramref name="end"/> = -1) whether any matches at all.
        /// </summary>
        /// <param name="tokens">The tokens of one sentence.</param>
        /// <param name="from">The token the matches must start at.</param>
        /// <param name="end">The token past the last that a match must end at, or -1 for any end.</param>
        /// <returns>Whether such a match exists.</returns>
        public bool MatchesFrom(ReadOnlySpan<Token> tokens, int from, int end)
        {
            Matches.Clear();
            _live.Clear();
            if (from >= tokens.Length || (end >= 0 && from >= end))
            {
                return false;
            }

            // The first token starts only the frames that can read it, found by its word and classes.
            Begin();
            Load(tokens[from]);
            StartOn(tokens[from], from);
            (_live, _nextLive) = (_nextLive, _live);
            if (HasMatch(end))
            {
                return true;
            }

            for (var i = from + 1; i < tokens.Length && _live.Count > 0; i++)
            {
                if (end >= 0 && i >= end)
                {
                    break;
                }

                Begin();
                Load(tokens[i]);
                Step(tokens[i], i);
                (_live, _nextLive) = (_nextLive, _live);
                if (HasMatch(end))
                {
                    return true;
                }
            }

            return false;
        }

        private bool HasMatch(int end)
        {
            foreach (var (_, _, matchEnd) in Matches)
            {
                if (end < 0 || matchEnd == end)
                {
                    return true;
                }
            }

            return false;
        }

        // Starts, at one token, the frames whose first state reads it (the token must be loaded).
        private void StartOn(in Token token, int index)
        {
            if (token.Word >= 0)
            {
                if (_p._startsByWord.TryGetValue(token.Word, out var byWord))
                {
                    StartAll(byWord, token, index);
                }

                foreach (var cls in _p._lexicon.ClassesOfWord[token.Word])
                {
                    StartAll(_p._startsByClass[cls], token, index);
                }
            }

            // Phrases of classes begin with a word state, found above; any-token states start everywhere.
            StartAll(_p._startsOnAny, token, index);
        }

        private void Begin()
        {
            _nextLive.Clear();
            if (++_generation == int.MaxValue)
            {
                Array.Clear(_mark);
                _generation = 1;
            }
        }

        // Makes the token's forms in each of its word's classes the ones class states read.
        private void Load(in Token token)
        {
            foreach (var cls in _loadedClasses)
            {
                _classMasks[cls] = 0;
            }

            if (token.Word < 0)
            {
                _loadedClasses = [];
                return;
            }

            var lexicon = _p._lexicon;
            _loadedClasses = lexicon.ClassesOfWord[token.Word];
            var forms = lexicon.FormsInClassesOfWord[token.Word];
            for (var i = 0; i < _loadedClasses.Length; i++)
            {
                _classMasks[_loadedClasses[i]] = forms[i];
            }
        }

        private void Step(in Token token, int index)
        {
            foreach (var state in _live)
            {
                if (_p.Target(state, token, _classMasks) is var target and >= 0)
                {
                    Closure(target, _begin[state], index + 1);
                }
            }
        }

        private void StartAll(int[] states, in Token token, int index)
        {
            foreach (var state in states)
            {
                if (_p.Target(state, token, _classMasks) is var target and >= 0)
                {
                    Closure(target, index, index + 1);
                }
            }
        }

        // Adds a state and the states it reaches without reading, as live for the next token, with the token their
        // match began at. A state already live for it keeps its earlier beginning (states are reached in order of it).
        private void Closure(int state, int begin, int position)
        {
            _stack.Push(state);
            while (_stack.Count > 0)
            {
                var s = _stack.Pop();
                if (_mark[s] == _generation)
                {
                    continue;
                }

                _mark[s] = _generation;
                _begin[s] = begin;
                switch (_p._kind[s])
                {
                    case SplitKind:
                        _stack.Push(_p._next2[s]);
                        _stack.Push(_p._next[s]);
                        break;
                    case EmptyKind:
                        _stack.Push(_p._next[s]);
                        break;
                    case AcceptKind:
                        if (position > begin)
                        {
                            Matches.Add((_p._arg[s], begin, position));
                        }

                        break;
                    default:
                        _nextLive.Add(s);
                        break;
                }
            }
        }
    }

    private sealed class Builder
    {
        private readonly List<(byte Kind, int Arg, int Forms, int Next, int Next2)> _states = [];

        public List<Dictionary<int, int>> Switches { get; } = [];

        public int Add(byte kind, int arg, int forms, int next = -1, int next2 = -1)
        {
            _states.Add((kind, arg, forms, next, next2));
            return _states.Count - 1;
        }

        public (byte[], int[], int[], int[], int[]) ToArrays() =>
            ([.. _states.Select(s => s.Kind)], [.. _states.Select(s => s.Arg)], [.. _states.Select(s => s.Forms)],
             [.. _states.Select(s => s.Next)], [.. _states.Select(s => s.Next2)]);

        // Compiles a node so that its match continues at 'next'; returns its entry state.
        public int Compile(FrameNode node, int next, Lexicon lexicon)
        {
            switch (node)
            {
                case WordNode word:
                    return Add(WordKind, word.Word, 0, next);
                case AnyNode any:
                    return Add(AnyKind, (int)any.Required, 0, next);
                case ClassNode cls:
                    return CompileClass(cls, next, lexicon);
                case SequenceNode sequence:
                    var entry = next;
                    for (var i = sequence.Items.Count - 1; i >= 0; i--)
                    {
                        entry = Compile(sequence.Items[i], entry, lexicon);
                    }

                    return entry;
                case ChoiceNode choice:
                    return CompileChoice(choice.Options, next, lexicon);
                case RepeatNode repeat:
                    // x{m,n}: m required copies, then n - m optional ones, each nested in the one before.
                    var tail = next;
                    for (var i = repeat.Max; i > repeat.Min; i--)
                    {
                        tail = Split([Compile(repeat.Item, tail, lexicon), next]);
                    }

                    for (var i = 0; i < repeat.Min; i++)
                    {
                        tail = Compile(repeat.Item, tail, lexicon);
                    }

                    return tail;
                default:
                    throw new InvalidOperationException($"Unknown frame node {node.GetType().Name}.");
            }
        }

        private int CompileClass(ClassNode cls, int next, Lexicon lexicon)
        {
            var options = new List<int>();
            var wordClass = lexicon.Classes[cls.Class];
            if (wordClass.Single.Values.Any(mask => (mask & cls.Forms) != 0))
            {
                options.Add(Add(ClassKind, cls.Class, cls.Forms, next));
            }

            // Phrases as a trie: entries that share their first words share states.
            var phrases = wordClass.Phrases.Where(p => (p.Forms & cls.Forms) != 0).Select(p => p.Words).ToList();
            if (phrases.Count > 0)
            {
                options.Add(Trie(phrases, 0, next));
            }

            return Split([.. options]);
        }

        private int Trie(List<int[]> phrases, int depth, int next)
        {
            var options = new List<int>();
            if (phrases.Any(p => p.Length == depth))
            {
                options.Add(next);
            }

            var map = new Dictionary<int, int>();
            foreach (var group in phrases.Where(p => p.Length > depth).GroupBy(p => p[depth]))
            {
                map[group.Key] = Trie([.. group], depth + 1, next);
            }

            if (map.Count > 0)
            {
                options.Add(Switch(map));
            }

            return Split([.. options]);
        }

        // A choice: the options that begin with a word share one switch state by that word (the rest of the options
        // with the same first word are a choice again, so common beginnings are read once); the others are split to.
        private int CompileChoice(IReadOnlyList<FrameNode> options, int next, Lexicon lexicon)
        {
            var byFirstWord = new Dictionary<int, List<FrameNode?>>();
            var entries = new List<int>();
            foreach (var option in options)
            {
                switch (option)
                {
                    case WordNode word:
                        Rests(word.Word).Add(null);
                        break;
                    case SequenceNode { Items: [WordNode first, ..] } sequence:
                        Rests(first.Word).Add(sequence.Items.Count == 2 ? sequence.Items[1] : new SequenceNode([.. sequence.Items.Skip(1)]));
                        break;
                    default:
                        entries.Add(Compile(option, next, lexicon));
                        break;
                }
            }

            if (byFirstWord.Count > 0)
            {
                var map = new Dictionary<int, int>();
                foreach (var (word, rests) in byFirstWord)
                {
                    var more = rests.OfType<FrameNode>().ToList();
                    var targets = new List<int>();
                    if (more.Count > 0)
                    {
                        targets.Add(more.Count == 1 ? Compile(more[0], next, lexicon) : CompileChoice(more, next, lexicon));
                    }

                    if (more.Count < rests.Count)
                    {
                        targets.Add(next);
                    }

                    map[word] = Split([.. targets]);
                }

                entries.Insert(0, Switch(map));
            }

            return Split([.. entries]);

            List<FrameNode?> Rests(int word)
            {
                if (!byFirstWord.TryGetValue(word, out var rests))
                {
                    byFirstWord[word] = rests = [];
                }

                return rests;
            }
        }

        private int Switch(Dictionary<int, int> map)
        {
            Switches.Add(map);
            return Add(SwitchKind, Switches.Count - 1, 0);
        }

        private int Split(int[] options)
        {
            if (options.Length == 1)
            {
                return options[0];
            }

            var entry = options[^1];
            for (var i = options.Length - 2; i >= 0; i--)
            {
                entry = Add(SplitKind, 0, 0, options[i], entry);
            }

            return entry;
        }
    }
}
