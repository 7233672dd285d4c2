using System.Globalization;

namespace IntimacyKit.Safety;

/// <summary>
/// Reads a regular expression (the subset the rule files use) and derives what a pre-filter needs to know about it:
/// a set of trigger strings, at least one of which every match contains (compared ignoring ASCII case), and which
/// ASCII punctuation, symbol and control characters a match could ever contain. Derived, not declared, so a rule
/// file cannot get them wrong; a rule whose pattern gives no usable trigger is reported by the caller.
/// </summary>
/// <remarks>
/// The analysis is conservative: a construct it does not know makes it throw <see cref="FormatException"/>, and a
/// construct it cannot reduce to literals (a character class, a repetition) simply gives no trigger for that part.
/// </remarks>
internal static class PatternTriggers
{
    /// <summary>The shortest usable trigger: shorter ones occur in almost every sentence.</summary>
    public const int MinimumTriggerLength = 3;

    // Cross products of literal alternatives are kept up to this many strings of this length.
    private const int MaxStrings = 256;

    /// <summary>The longest trigger made.</summary>
    internal const int MaxStringLength = 48;

    /// <summary>What one pattern gives.</summary>
    /// <param name="Triggers">The lower-case trigger strings, or <see langword="null"/> when the pattern gives none of at least <see cref="MinimumTriggerLength"/> characters.</param>
    /// <param name="Matchable">For each ASCII character, whether a match could contain it (letters and digits always may).</param>
    public sealed record Result(IReadOnlyList<string>? Triggers, bool[] Matchable);

    /// <summary>Analyses a pattern.</summary>
    /// <param name="pattern">The pattern, with any named pieces already expanded.</param>
    /// <returns>The triggers and the characters a match could contain.</returns>
    /// <exception cref="FormatException">The pattern uses a construct the analysis does not know.</exception>
    public static Result Analyze(string pattern)
    {
        var parser = new Parser(pattern);
        var node = parser.ParseAlternation();
        if (parser.Position != pattern.Length)
        {
            throw new FormatException($"Unbalanced ')' at {parser.Position}.");
        }

        var best = Best(node);
        var triggers = best is { Count: > 0 } && best.All(s => s.Length >= MinimumTriggerLength && s.All(char.IsAscii))
            ? Reduce(best)
            : null;
        return new Result(triggers, parser.Matchable);
    }

    /// <summary>Drops every trigger that contains another: wherever the longer one occurs, the shorter one does too.</summary>
    public static List<string> Reduce(IEnumerable<string> triggers)
    {
        var distinct = triggers.Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToList();
        var kept = new List<string>();
        foreach (var trigger in distinct)
        {
            if (!kept.Exists(k => trigger.Contains(k, StringComparison.OrdinalIgnoreCase)))
            {
                kept.Add(trigger);
            }
        }

        return kept;
    }

    // Words so frequent in everyday English that a trigger made of them would make the pre-filter read most of a text.
    private static readonly HashSet<string> s_commonWords = new(
        """
        about after again against all also always and any are away back because been before being better but can can't
        car cat come could day did didn't does doesn't dog don't down each end even ever every face fine for from get
        give going good got had has have her here him his home how into just keep kept know last left let life like long
        look made make makes making many more much must name need never new nothing now off once one only onto other our
        out over own people read really right room round said same say see she should since some something son still stop
        stuff such take talk tell than that the their them then there these they thing things think this those though
        through time times told too took tried try very want was way well went were what when where which while who why
        will wish with without won't work would wouldn't year you your
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    private static HashSet<string>? Best(Node node) => Better(node.Exact, node.Factors);

    // The more selective of two sets: the one whose weakest string is stronger, then the one with fewer strings. A
    // string is as strong as it is long, except a common word (with or without spaces around it), which is weak whatever its length (it would open a
    // segment in most sentences), and a string too short to be a trigger, which is useless.
    private static HashSet<string>? Better(HashSet<string>? a, HashSet<string>? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        int strengthA = Strength(a), strengthB = Strength(b);
        return strengthA != strengthB ? (strengthA > strengthB ? a : b) : (a.Count <= b.Count ? a : b);
    }

    private static int Strength(HashSet<string> set) =>
        set.Count == 0 ? 0 : set.Min(s => s.Length < MinimumTriggerLength ? 0 : s_commonWords.Contains(s.Trim()) ? 1 : s.Length);

    private static HashSet<string>? Product(HashSet<string> left, HashSet<string> right)
    {
        if ((long)left.Count * right.Count > MaxStrings)
        {
            return null;
        }

        var product = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                if (l.Length + r.Length > MaxStringLength)
                {
                    return null;
                }

                product.Add(l + r);
            }
        }

        return product;
    }

    /// <summary>
    /// What is known of a piece of pattern: <see cref="Exact"/>, every string it can match (lower case), when that is
    /// a small set of literals; <see cref="Factors"/>, strings one of which each of its matches contains.
    /// </summary>
    private sealed record Node(HashSet<string>? Exact, HashSet<string>? Factors)
    {
        public static readonly Node Unknown = new(null, null);

        public static Node Empty => new([""], null);

        public static Node Literal(char c) => char.IsAscii(c) ? new([char.ToLowerInvariant(c).ToString()], null) : Unknown;
    }

    private sealed class Parser(string pattern)
    {
        public int Position { get; private set; }

        public bool[] Matchable { get; } = new bool[128];

        public Node ParseAlternation()
        {
            var branches = new List<Node> { ParseConcatenation() };
            while (Position < pattern.Length && pattern[Position] == '|')
            {
                Position++;
                branches.Add(ParseConcatenation());
            }

            if (branches.Count == 1)
            {
                return branches[0];
            }

            HashSet<string>? exact = new(StringComparer.Ordinal);
            HashSet<string>? factors = new(StringComparer.Ordinal);
            foreach (var branch in branches)
            {
                if (exact is not null && branch.Exact is not null && exact.Count + branch.Exact.Count <= MaxStrings)
                {
                    exact.UnionWith(branch.Exact);
                }
                else
                {
                    exact = null;
                }

                if (factors is not null && Best(branch) is { } best)
                {
                    factors.UnionWith(best);
                }
                else
                {
                    factors = null;
                }
            }

            return new Node(exact, factors);
        }

        private Node ParseConcatenation()
        {
            var items = new List<Node>();
            while (Position < pattern.Length && pattern[Position] is not ('|' or ')'))
            {
                items.Add(ParseQuantified(ParseAtom()));
            }

            if (items.Count == 0)
            {
                return Node.Empty;
            }

            // Runs of children with exact sets multiply into longer literals; a run ends at a child without one or
            // where the product grows too large. The concatenation keeps the most selective factor it finds.
            HashSet<string>? factors = null;
            HashSet<string>? run = [""];
            HashSet<string>? whole = [""];
            foreach (var item in items)
            {
                factors = Better(factors, item.Factors);
                whole = whole is not null && item.Exact is not null ? Product(whole, item.Exact) : null;
                if (item.Exact is null)
                {
                    factors = Better(factors, run);
                    run = [""];
                    continue;
                }

                var next = Product(run!, item.Exact);
                if (next is null)
                {
                    factors = Better(factors, run);
                    next = item.Exact;
                }

                run = next;
            }

            factors = Better(factors, run);
            return new Node(whole, factors is { Count: > 0 } && factors.Any(f => f.Length > 0) ? factors : null);
        }

        private Node ParseQuantified(Node atom)
        {
            if (Position >= pattern.Length)
            {
                return atom;
            }

            int min, max;
            switch (pattern[Position])
            {
                case '?':
                    (min, max) = (0, 1);
                    Position++;
                    break;
                case '*':
                    (min, max) = (0, int.MaxValue);
                    Position++;
                    break;
                case '+':
                    (min, max) = (1, int.MaxValue);
                    Position++;
                    break;
                case '{' when TryReadBraces(out min, out max):
                    break;
                default:
                    return atom;
            }

            if (Position < pattern.Length && pattern[Position] == '?')
            {
                Position++; // lazy: the same strings
            }

            if (Position < pattern.Length && pattern[Position] is '?' or '*' or '+')
            {
                throw new FormatException($"Nested quantifier at {Position}.");
            }

            if (min == 0)
            {
                return max == 1 && atom.Exact is not null ? new Node([.. atom.Exact, ""], null) : Node.Unknown;
            }

            var exact = min == 1 && max == 1 ? atom.Exact : null;
            return new Node(exact, Best(atom));
        }

        private bool TryReadBraces(out int min, out int max)
        {
            var close = pattern.IndexOf('}', Position);
            min = max = 0;
            if (close < 0)
            {
                return false;
            }

            var body = pattern.AsSpan(Position + 1, close - Position - 1);
            var comma = body.IndexOf(',');
            if (comma < 0 ? !int.TryParse(body, NumberStyles.None, CultureInfo.InvariantCulture, out min)
                : !int.TryParse(body[..comma], NumberStyles.None, CultureInfo.InvariantCulture, out min))
            {
                return false;
            }

            if (comma < 0)
            {
                max = min;
            }
            else if (comma == body.Length - 1)
            {
                max = int.MaxValue;
            }
            else if (!int.TryParse(body[(comma + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out max))
            {
                return false;
            }

            Position = close + 1;
            return true;
        }

        private Node ParseAtom()
        {
            var c = pattern[Position++];
            switch (c)
            {
                case '(':
                    if (Position < pattern.Length && pattern[Position] == '?')
                    {
                        if (Position + 1 < pattern.Length && pattern[Position + 1] == ':')
                        {
                            Position += 2;
                        }
                        else
                        {
                            throw new FormatException($"Unsupported group construct at {Position - 1}.");
                        }
                    }

                    var inner = ParseAlternation();
                    if (Position >= pattern.Length || pattern[Position] != ')')
                    {
                        throw new FormatException("Missing ')'.");
                    }

                    Position++;
                    return inner;
                case '[':
                    return ParseClass();
                case '\\':
                    return ParseEscape(inClass: false, out _);
                case '.':
                    MarkAll(except: '\n');
                    return Node.Unknown;
                case '^' or '$':
                    return Node.Empty;
                case '*' or '+' or '?' or '{' when c != '{' || TryPeekBraces():
                    throw new FormatException($"Quantifier without an operand at {Position - 1}.");
                default:
                    Mark(c);
                    return Node.Literal(c);
            }
        }

        private bool TryPeekBraces()
        {
            var saved = Position;
            Position--;
            var isQuantifier = TryReadBraces(out _, out _);
            Position = saved;
            return isQuantifier;
        }

        // Parses an escape after its backslash. Returns the literal it stands for, or Unknown for a class; in a class,
        // `single` is the character (for ranges) or null.
        private Node ParseEscape(bool inClass, out char? single)
        {
            single = null;
            if (Position >= pattern.Length)
            {
                throw new FormatException("Pattern ends with '\\'.");
            }

            var c = pattern[Position++];
            switch (c)
            {
                case 'b' when !inClass:
                case 'B':
                case 'A':
                case 'z':
                case 'Z':
                    return Node.Empty;
                case 'b':
                    single = '\b';
                    Mark('\b');
                    return Node.Literal('\b');
                case 'w':
                    MarkWhere(ch => char.IsLetterOrDigit(ch) || ch == '_');
                    return Node.Unknown;
                case 's':
                    MarkWhere(char.IsWhiteSpace);
                    return Node.Unknown;
                case 'd':
                    MarkWhere(char.IsAsciiDigit);
                    return Node.Unknown;
                case 'W':
                case 'S':
                case 'D':
                    MarkAll();
                    return Node.Unknown;
                case 'p' or 'P':
                    throw new FormatException($"Unicode categories (\\{c}) are not supported at {Position - 2}.");
                case 'n': single = '\n'; break;
                case 't': single = '\t'; break;
                case 'r': single = '\r'; break;
                case 'f': single = '\f'; break;
                case 'v': single = '\v'; break;
                case 'e': single = '\u001B'; break;
                case 'x' or 'u' or 'c' or 'k' or 'G' or >= '0' and <= '9':
                    throw new FormatException($"The escape \\{c} is not supported at {Position - 2}.");
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        throw new FormatException($"Unknown escape \\{c} at {Position - 2}.");
                    }

                    single = c;
                    break;
            }

            Mark(single.Value);
            return Node.Literal(single.Value);
        }

        private Node ParseClass()
        {
            var negated = Position < pattern.Length && pattern[Position] == '^';
            if (negated)
            {
                Position++;
            }

            var members = new bool[128];
            var saved = (bool[])Matchable.Clone();
            var literals = new HashSet<string>(StringComparer.Ordinal);
            var enumerable = true;
            var first = true;
            while (true)
            {
                if (Position >= pattern.Length)
                {
                    throw new FormatException("Missing ']'.");
                }

                var c = pattern[Position++];
                if (c == ']' && !first)
                {
                    break;
                }

                first = false;
                char? single = c;
                if (c == '\\')
                {
                    Array.Clear(Matchable);
                    ParseEscape(inClass: true, out single);
                    for (var i = 0; i < 128; i++)
                    {
                        members[i] |= Matchable[i];
                    }

                    if (single is null)
                    {
                        enumerable = false;
                        continue;
                    }
                }
                else if (c == '[')
                {
                    throw new FormatException($"Nested or subtracted classes are not supported at {Position - 1}.");
                }

                if (Position + 1 < pattern.Length && pattern[Position] == '-' && pattern[Position + 1] != ']')
                {
                    Position++;
                    var to = pattern[Position++];
                    if (to == '\\' || to == '[')
                    {
                        throw new FormatException($"Unsupported class range end at {Position - 1}.");
                    }

                    for (var ch = single!.Value; ch <= to; ch++)
                    {
                        if (ch < 128)
                        {
                            members[ch] = true;
                        }
                    }

                    enumerable = false;
                    continue;
                }

                if (single!.Value < 128)
                {
                    members[single.Value] = true;
                }

                literals.Add(char.ToLowerInvariant(single.Value).ToString());
                enumerable &= char.IsAscii(single.Value);
            }

            Array.Copy(saved, Matchable, 128);
            for (var i = 0; i < 128; i++)
            {
                // Letters and digits are never stop characters, so case-insensitive matching changes nothing here.
                Matchable[i] |= negated ? !members[i] : members[i];
            }

            return !negated && enumerable && literals.Count <= 4 ? new Node(literals, null) : Node.Unknown;
        }

        private void Mark(char c)
        {
            if (c < 128)
            {
                Matchable[c] = true;
            }
        }

        private void MarkWhere(Func<char, bool> predicate)
        {
            for (var c = (char)0; c < 128; c++)
            {
                Matchable[c] |= predicate(c);
            }
        }

        private void MarkAll(char? except = null)
        {
            for (var c = 0; c < 128; c++)
            {
                Matchable[c] |= c != except;
            }
        }
    }
}
