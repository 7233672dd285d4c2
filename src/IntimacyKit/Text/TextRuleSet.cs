using System.Collections.Immutable;

namespace IntimacyKit.Text;

/// <summary>
/// The rules of a reader built on the engine (the coach, the apology review), compiled onto one
/// <see cref="FrameMatcher"/>: a text is read once for every rule's frames and for the frames of the exceptions that
/// look at where a match stands in its sentence (<see cref="TextRule.UnlessOpening"/>, <see cref="TextRule.UnlessClosing"/>,
/// a written form's exceptions), which are compiled as rules of their own. Then words written in capitals and stacked
/// punctuation are found in one more linear pass, matches in quotation marks are dropped (someone else's words), and
/// each match is checked against where it stands. Immutable and thread-safe.
/// </summary>
internal sealed class TextRuleSet
{
    private readonly FrameMatcher _matcher;
    private readonly ImmutableArray<TextRule> _rules;

    // For each rule of the matcher: the text rule it belongs to, and what its matches are to it.
    private readonly (int Rule, Role Role)[] _roles;
    private readonly int[] _acronyms;
    private readonly bool _capitals;
    private readonly bool _marks;

    private TextRuleSet(FrameMatcher matcher, ImmutableArray<TextRule> rules, (int, Role)[] roles, int[] acronyms)
    {
        _matcher = matcher;
        _rules = rules;
        _roles = roles;
        _acronyms = acronyms;
        _capitals = rules.Any(r => r.Form == TextRuleForm.Capitals);
        _marks = rules.Any(r => r.Form == TextRuleForm.StackedMarks);
    }

    private enum Role
    {
        Match,
        Opening,
        Closing,
        After,
        Before,
        Sentence,
    }

    /// <summary>Gets the engine the rules run on, for tests and diagnostics.</summary>
    public FrameMatcher Matcher => _matcher;

    /// <summary>Gets the lexicon the rules were compiled with.</summary>
    public Lexicon Lexicon => _matcher.Lexicon;

    /// <summary>Compiles rules over a language's lexicon and the classes and named frames their file adds.</summary>
    /// <param name="document">The language's lexicon.</param>
    /// <param name="classes">The classes the rules' file defines.</param>
    /// <param name="named">The named frames the rules' file defines.</param>
    /// <param name="rules">The rules, in order.</param>
    /// <returns>The compiled rules.</returns>
    /// <exception cref="FrameException">A class, frame or rule is invalid; the path says which.</exception>
    public static TextRuleSet Compile(LexiconDocument document, IReadOnlyDictionary<string, WordClassDocument>? classes, IReadOnlyDictionary<string, string>? named, IReadOnlyList<TextRule> rules)
    {
        var frameRules = new List<FrameRule>();
        var roles = new List<(int, Role)>();
        for (var r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            if (rule.Form == TextRuleForm.Frames)
            {
                frameRules.Add(new FrameRule(rule.Path, rule.Frames, rule.Unless, rule.UnlessBefore, rule.UnlessSentence));
                roles.Add((r, Role.Match));
            }
            else
            {
                if (rule.Frames.Count > 0)
                {
                    throw new FrameException($"{rule.Path}.frames", $"a rule of the form '{rule.Form}' is found by how words are written, so it has no frames.");
                }

                Guard(r, rule.Unless, "unless", Role.After);
                Guard(r, rule.UnlessBefore, "unlessBefore", Role.Before);
                Guard(r, rule.UnlessSentence, "unlessSentence", Role.Sentence);
            }

            Guard(r, rule.UnlessOpening, "unlessOpening", Role.Opening);
            Guard(r, rule.UnlessClosing, "unlessClosing", Role.Closing);
            if (rule.Acronyms is not null && rule.Form != TextRuleForm.Capitals)
            {
                throw new FrameException($"{rule.Path}.acronyms", "only a rule of words written in capitals has acronyms.");
            }
        }

        FrameMatcher matcher;
        try
        {
            matcher = FrameMatcher.Compile(document, classes, named, frameRules);
        }
        catch (FrameException ex) when (ex.Path.Contains("::", StringComparison.Ordinal))
        {
            // A guard's frames are its rule's exception frames: name them by the exception's own path.
            var at = ex.Path.IndexOf("::", StringComparison.Ordinal);
            var frames = ex.Path.IndexOf(".frames", at, StringComparison.Ordinal);
            throw new FrameException(ex.Path[..at] + ex.Path[(at + 2)..frames] + ex.Path[(frames + ".frames".Length)..], ex.Problem);
        }

        var acronyms = new int[rules.Count];
        for (var r = 0; r < rules.Count; r++)
        {
            acronyms[r] = -1;
            if (rules[r].Acronyms is { } name)
            {
                acronyms[r] = matcher.Lexicon.ClassIndex.TryGetValue(name, out var index)
                    ? index
                    : throw new FrameException($"{rules[r].Path}.acronyms", $"the class '{name}' is not defined (by the '{document.Language}' lexicon or this file).");
            }
        }

        return new TextRuleSet(matcher, [.. rules], [.. roles], acronyms);

        void Guard(int r, IReadOnlyList<string> frames, string name, Role role)
        {
            if (frames.Count > 0)
            {
                frameRules.Add(new FrameRule($"{rules[r].Path}::.{name}", frames, [], [], []));
                roles.Add((r, role));
            }
        }
    }

    /// <summary>Finds every match of every rule in a text that is not quoted and that no exception excuses.</summary>
    /// <param name="text">The text.</param>
    /// <param name="found">Where to add the matches, as (rule index, start, length) in characters, ordered by start, then by rule.</param>
    /// <param name="useTriggers">
    /// Whether a sentence is searched only for the rules it holds trigger words of (the normal path) or for every rule
    /// (the reference path, which the tests compare with the normal one); see <see cref="FrameMatcher.Find"/>.
    /// </param>
    public void Find(string text, List<(int Rule, int Start, int Length)> found, bool useTriggers = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = new List<(int Rule, int Start, int Length)>();
        _matcher.Find(text, raw, useTriggers);
        var candidates = new List<(int Rule, int Start, int Length)>();
        Guards? guards = null;
        foreach (var (engineRule, start, length) in raw)
        {
            var (rule, role) = _roles[engineRule];
            if (role == Role.Match)
            {
                candidates.Add((rule, start, length));
            }
            else
            {
                (guards ??= new Guards(text)).Add(rule, role, start, start + length);
            }
        }

        if (_capitals || _marks)
        {
            AddWritten(text, candidates);
        }

        if (candidates.Count == 0)
        {
            return;
        }

        var quotes = TextRegions.QuotedRanges(text);
        var first = found.Count;
        foreach (var (rule, start, length) in candidates)
        {
            if ((quotes.Count == 0 || !TextRegions.IsInside(quotes, start)) && Stands(rule, start, start + length) && guards?.Excuses(rule, start, start + length) != true)
            {
                found.Add((rule, start, length));
            }
        }

        found.Sort(first, found.Count - first, Comparer<(int Rule, int Start, int Length)>.Create(
            static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Rule.CompareTo(b.Rule)));

        bool Stands(int r, int start, int end)
        {
            var rule = _rules[r];
            return (!rule.Opening || TextRegions.OpensClause(text, start))
                && (!rule.Closing || TextRegions.ClosesClause(text, end))
                && (rule.MinLetters == 0 || Letters(text, start, end) >= rule.MinLetters)
                && (_acronyms[r] < 0 || !OnlyClass(text, start, end, _acronyms[r]));
        }
    }

    /// <summary>
    /// Finds the runs of words written in capitals: a word of two or more capital letters, and the capital words that
    /// follow it separated only by spaces or commas (a word of one letter, "I" or "A", only inside a run).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The runs as start and end indexes, in order.</returns>
    internal static List<(int Start, int End)> CapitalRuns(string text)
    {
        var runs = new List<(int, int)>();
        int runStart = -1, runEnd = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (!Lexicon.IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            var letters = 0;
            var capitals = true;
            while (i < text.Length && (Lexicon.IsWordChar(text[i]) || (Lexicon.IsApostrophe(text[i]) && i + 1 < text.Length && Lexicon.IsWordChar(text[i + 1]))))
            {
                var c = text[i++];
                if (char.IsLetter(c))
                {
                    letters++;
                    capitals &= char.IsUpper(c);
                }
                else if (!Lexicon.IsApostrophe(c))
                {
                    capitals = false;
                }
            }

            capitals &= letters > 0;
            if (capitals && runStart >= 0 && Joins(text, runEnd, wordStart))
            {
                runEnd = i;
                continue;
            }

            if (runStart >= 0)
            {
                runs.Add((runStart, runEnd));
            }

            (runStart, runEnd) = capitals && letters >= 2 ? (wordStart, i) : (-1, -1);
        }

        if (runStart >= 0)
        {
            runs.Add((runStart, runEnd));
        }

        return runs;

        static bool Joins(string text, int from, int to)
        {
            for (var j = from; j < to; j++)
            {
                if (text[j] is not (' ' or ','))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Finds stacked punctuation: runs of exclamation and question marks (exclamation marks may stand apart) that hold
    /// three or more exclamation marks, or both kinds.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The runs as start and end indexes, in order.</returns>
    internal static List<(int Start, int End)> StackedMarks(string text)
    {
        var runs = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] is not ('!' or '?'))
            {
                i++;
                continue;
            }

            var start = i;
            int exclamations = 0, questions = 0, end = i;
            while (i < text.Length)
            {
                var c = text[i];
                if (c is '!' or '?')
                {
                    exclamations += c == '!' ? 1 : 0;
                    questions += c == '?' ? 1 : 0;
                    end = ++i;
                    continue;
                }

                var next = i;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next == i || next == text.Length || text[next] != '!')
                {
                    break;
                }

                i = next;
            }

            i = end;
            if (exclamations >= 3 || (exclamations > 0 && questions > 0))
            {
                runs.Add((start, end));
            }
        }

        return runs;
    }

    private void AddWritten(string text, List<(int Rule, int Start, int Length)> candidates)
    {
        for (var form = TextRuleForm.Capitals; form <= TextRuleForm.StackedMarks; form++)
        {
            if (form == TextRuleForm.Capitals ? !_capitals : !_marks)
            {
                continue;
            }

            var runs = form == TextRuleForm.Capitals ? CapitalRuns(text) : StackedMarks(text);
            for (var r = 0; r < _rules.Length; r++)
            {
                if (_rules[r].Form == form)
                {
                    candidates.AddRange(runs.Select(run => (r, run.Start, run.End - run.Start)));
                }
            }
        }
    }

    private static int Letters(string text, int start, int end)
    {
        var letters = 0;
        for (var i = start; i < end; i++)
        {
            letters += char.IsLetter(text[i]) ? 1 : 0;
        }

        return letters;
    }

    // Whether every word of a span is a one-word entry of a class (read in lower case).
    private bool OnlyClass(string text, int start, int end, int classIndex)
    {
        var i = start;
        while (i < end)
        {
            if (!Lexicon.IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < end && (Lexicon.IsWordChar(text[i]) || Lexicon.IsApostrophe(text[i])))
            {
                i++;
            }

            var word = text[wordStart..i].ToLowerInvariant();
            if (!Lexicon.InClass(Lexicon.IdOf(word), classIndex, -1))
            {
                return false;
            }
        }

        return true;
    }

    // The matches of the guard rules of one text, by rule and what they excuse.
    private sealed class Guards(string text)
    {
        private readonly Dictionary<(int Rule, Role Role), List<(int Start, int End)>> _byRule = [];
        private List<int>? _sentences;

        public void Add(int rule, Role role, int start, int end)
        {
            if (!_byRule.TryGetValue((rule, role), out var list))
            {
                _byRule[(rule, role)] = list = [];
            }

            list.Add((start, end));
        }

        public bool Excuses(int rule, int start, int end)
        {
            foreach (var ((r, role), guards) in _byRule)
            {
                if (r == rule && Excuses(role, guards, start, end))
                {
                    return true;
                }
            }

            return false;
        }

        private bool Excuses(Role role, List<(int Start, int End)> guards, int start, int end)
        {
            // The guards are ordered by start; only those from the match's sentence can excuse it.
            var sentence = SentenceOf(start);
            var at = LowerBound(guards, role == Role.Closing ? start : sentence);
            if (role is Role.Opening or Role.Closing)
            {
                // Only the sentence's first guard can open it; only a guard from the match's first word can close it.
                return at < guards.Count && (role == Role.Opening
                    ? TextRegions.OpensSentence(text, guards[at].Start) && TextRegions.IsBlank(text, guards[at].End, start)
                    : guards[at].Start == start && guards[at].End >= end && TextRegions.ClosesClause(text, guards[at].End));
            }

            for (var g = at; g < guards.Count && SentenceOf(guards[g].Start) == sentence; g++)
            {
                var (guardStart, guardEnd) = guards[g];
                if (role == Role.Sentence || (role == Role.After && guardStart >= start) || (role == Role.Before && guardEnd <= start))
                {
                    return true;
                }

                if (role == Role.Before && guardStart >= start)
                {
                    break;
                }
            }

            return false;
        }

        private int SentenceOf(int index) => TextRegions.SentenceOf(_sentences ??= TextRegions.SentenceStarts(text), index);

        private static int LowerBound(List<(int Start, int End)> guards, int index)
        {
            int low = 0, high = guards.Count;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (guards[mid].Start < index)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }
    }
}
