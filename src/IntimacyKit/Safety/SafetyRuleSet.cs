using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using IntimacyKit.Serialization;

namespace IntimacyKit.Safety;

/// <summary>
/// The safety rules compiled once. Every rule's pattern is a named alternative of a non-backtracking regular
/// expression, so that a text is read in time linear in its length; which rule fired is told by the rule's own
/// expression, or, on the reference path, by the name of the alternative that matched. The rules share as few expressions as the engine's size limit allows (one while they are small,
/// a few as they grow). Immutable and thread-safe.
/// </summary>
internal sealed class SafetyRuleSet
{
    /// <summary>The name of the embedded English rules.</summary>
    public const string EnglishResource = BuiltInContent.SafetyRulesEnglishResource;

    /// <summary>How far past the end of a match the figurative patterns of its rule may read.</summary>
    internal const int UnlessLookahead = 80;

    /// <summary>
    /// The longest a single search may take. Matching is linear in the length of the text, so this is a backstop
    /// against a mistake in the rules, far above what a search of several megabytes needs.
    /// </summary>
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(5);

    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string GroupPrefix = "rule";

    // The length of expanded patterns packed into one expression before it is compiled: about 2,800 characters make
    // an automaton of some 9,000 nodes, under the engine's default limit of 10,000.
    private const int ChunkBudget = 2800;

    private static readonly Lazy<SafetyRuleSet> s_english = new(LoadEnglish, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Regex s_term = new(@"\{\{([a-z][a-z0-9-]*)\}\}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex s_kebab = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly ImmutableArray<Chunk> _chunks;

    private readonly TriggerPrefilter _prefilter;

    private SafetyRuleSet(ImmutableArray<SafetyRule> rules, ImmutableArray<Chunk> chunks, TriggerPrefilter prefilter)
    {
        Rules = rules;
        _chunks = chunks;
        _prefilter = prefilter;
    }

    /// <summary>Gets the built-in English rules, compiled once on first use.</summary>
    public static SafetyRuleSet English => s_english.Value;

    /// <summary>Gets the rules in the order the file lists them.</summary>
    public ImmutableArray<SafetyRule> Rules { get; }

    /// <summary>Gets how many regular expressions the rules' patterns were compiled into.</summary>
    public int ExpressionCount => _chunks.Length;

    /// <summary>Reads and compiles rules from JSON.</summary>
    /// <param name="utf8Json">The rules document.</param>
    /// <returns>The compiled rules.</returns>
    /// <exception cref="InvalidDataException">The document is malformed or a rule is invalid; the message names the rule.</exception>
    public static SafetyRuleSet Load(Stream utf8Json)
    {
        SafetyRuleDocument document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, IntimacyKitJsonContext.Default.SafetyRuleDocument)
                ?? throw new InvalidDataException("The safety rules document is null.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The safety rules document is malformed: {ex.Message}", ex);
        }

        return Compile(document);
    }

    /// <summary>Compiles a rules document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The compiled rules.</returns>
    /// <exception cref="InvalidDataException">A rule is invalid; the message names the rule.</exception>
    public static SafetyRuleSet Compile(SafetyRuleDocument document)
    {
        var explanations = new Dictionary<SafetyCategory, string>();
        foreach (var category in document.Categories)
        {
            if (!explanations.TryAdd(category.Category, category.Explanation))
            {
                throw new InvalidDataException($"The safety rules explain the category '{category.Category}' twice.");
            }
        }

        if (document.Rules.IsEmpty)
        {
            throw new InvalidDataException("The safety rules document has no rules.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rules = ImmutableArray.CreateBuilder<SafetyRule>(document.Rules.Length);
        var patterns = new List<string>(document.Rules.Length);
        foreach (var definition in document.Rules)
        {
            if (!s_kebab.IsMatch(definition.Id) || !ids.Add(definition.Id))
            {
                throw new InvalidDataException($"The safety rule id '{definition.Id}' is not lower-kebab-case or is used twice.");
            }

            if (definition.Level == SafetyLevel.None || !Enum.IsDefined(definition.Level) || !Enum.IsDefined(definition.Category))
            {
                throw new InvalidDataException($"The safety rule '{definition.Id}' must have a category and the level concern or urgent.");
            }

            var explanation = definition.Explanation
                ?? (explanations.TryGetValue(definition.Category, out var byCategory) ? byCategory : null)
                ?? throw new InvalidDataException($"The safety rule '{definition.Id}' has no explanation and its category '{definition.Category}' has none either.");

            var pattern = Expand(definition.Id, definition.Pattern, document.Terms);
            patterns.Add(pattern);
            Lazy<Regex>? unless = null;
            if (!definition.Unless.IsEmpty)
            {
                // Compiled on first use: most texts never need most rules' figurative patterns. Parsed now, so that
                // a pattern with a syntax error fails the load.
                var id = definition.Id;
                var unlessPattern = "^(?:" + string.Join("|", definition.Unless.Select(u => "(?:" + Expand(id, u, document.Terms) + ")")) + ")";
                CheckSyntax(id, unlessPattern);
                unless = new Lazy<Regex>(() => Check(id, unlessPattern), LazyThreadSafetyMode.ExecutionAndPublication);
            }

            var ruleId = definition.Id;
            var alone = new Lazy<Regex>(() => Check(ruleId, pattern), LazyThreadSafetyMode.ExecutionAndPublication);
            rules.Add(new SafetyRule(definition.Id, definition.Category, definition.Level, explanation, unless, alone));
        }

        var compiled = rules.MoveToImmutable();
        var chunks = ImmutableArray.CreateBuilder<Chunk>();
        AddChunks(compiled, patterns, chunks);
        return new SafetyRuleSet(compiled, chunks.ToImmutable(), CreatePrefilter(compiled, patterns, chunks));
    }

    /// <summary>Finds every span of a text that a rule matches and no figurative pattern excuses.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The matches as (rule, start, length), ordered by start, then by the order of the rules.</returns>
    /// <exception cref="RegexMatchTimeoutException">A search took longer than <see cref="MatchTimeout"/>.</exception>
    public List<(SafetyRule Rule, int Start, int Length)> Find(string text) => Find(text, prefilter: true);

    /// <summary>Finds every span of a text that a rule matches and no figurative pattern excuses.</summary>
    /// <param name="text">The text.</param>
    /// <param name="prefilter">
    /// Whether to read only the segments that hold a trigger of some rule and tell a match's rule by the rule's own
    /// expression (the normal path), or the whole text with every expression and tell a match's rule by the expression's
    /// groups (the reference path, which the tests compare with the normal one).
    /// </param>
    /// <returns>The matches as (rule, start, length), ordered by start, then by the order of the rules.</returns>
    /// <exception cref="RegexMatchTimeoutException">A search took longer than <see cref="MatchTimeout"/>.</exception>
    internal List<(SafetyRule Rule, int Start, int Length)> Find(string text, bool prefilter)
    {
        var input = Normalize(text);
        var found = new List<(int Index, int Start, int Length)>();

        // The end of the furthest match of each rule so far, excused or not. A later match of the same rule that ends
        // within it is a part of it (it starts past an optional lead-in word) and was judged with it.
        var judgedUpTo = new int[Rules.Length];

        // Each chunk is one search of the pre-filter; each rule meets its matches in order.
        _prefilter.Read(input, prefilter, (c, start, end) => Search(_chunks[c], input, start, end, prefilter, judgedUpTo, found));

        if (_chunks.Length > 1)
        {
            found.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Index.CompareTo(b.Index));
        }

        return found.ConvertAll(f => (Rules[f.Index], f.Start, f.Length));
    }

    // Finds the matches of one expression in one segment, leaving out figurative uses and parts of a match already
    // judged (see Find). The segment is read as a span of the text, copying nothing.
    private void Search(Chunk chunk, string input, int start, int end, bool prefilter, int[] judgedUpTo, List<(int Index, int Start, int Length)> found)
    {
        var (offset, length) = TriggerPrefilter.Window(input, start, end);
        var window = input.AsSpan(offset, length);
        var at = start - offset;
        while (at <= window.Length)
        {
            var matches = chunk.Regex.EnumerateMatches(window, at);
            if (!matches.MoveNext())
            {
                break;
            }

            var match = matches.Current;
            var index = (prefilter ? RuleAt(chunk, window, match.Index, match.Length) : null)
                ?? RuleFromGroups(chunk, input, offset, length, match.Index);
            var matchStart = offset + match.Index;
            var matchEnd = matchStart + match.Length;
            if (matchEnd > judgedUpTo[index])
            {
                judgedUpTo[index] = matchEnd;
                if (match.Length > 0 && !IsFigurative(Rules[index], input, matchStart, matchEnd))
                {
                    found.Add((index, matchStart, match.Length));
                }
            }

            // Overlapping matches: the next search starts one character further, so that a rule matching inside or
            // across another's match is still found.
            at = match.Index + 1;
        }
    }

    // The rule of a match: the first of the expression's rules, in order, whose own expression gives that match (see
    // TriggerPrefilter.GaveMatch), far less work than reading the shared expression's groups. Null in the case that
    // should not happen, where no rule gives it; the caller then reads the groups.
    private int? RuleAt(Chunk chunk, ReadOnlySpan<char> window, int matchIndex, int matchLength)
    {
        if (chunk.Rules.Length == 1)
        {
            return chunk.Rules[0];
        }

        foreach (var index in chunk.Rules)
        {
            if (TriggerPrefilter.GaveMatch(Rules[index].Alone.Value, window, matchIndex, matchLength))
            {
                return index;
            }
        }

        return null;
    }

    // The rule of a match read from the shared expression's groups: the reference path, which the tests compare with
    // RuleAt through Find.
    private static int RuleFromGroups(Chunk chunk, string input, int offset, int length, int matchIndex)
    {
        var window = offset == 0 && length == input.Length ? input : input.Substring(offset, length);
        return chunk.RuleIndexOf(chunk.Regex.Match(window, matchIndex));
    }

    // Packs the rules, in order, into few expressions. The non-backtracking engine refuses an expression whose
    // automaton could grow past its size limit, and compiling one is costly, so rules are packed by the length of their
    // patterns up to a budget that usually fits; a pack that still does not fit is split in two until each part does.
    private static void AddChunks(ImmutableArray<SafetyRule> rules, List<string> patterns, ImmutableArray<Chunk>.Builder chunks)
    {
        var first = 0;
        var length = 0;
        for (var i = 0; i < patterns.Count; i++)
        {
            if (i > first && length + patterns[i].Length > ChunkBudget)
            {
                AddChunk(rules, patterns, first, i - first, chunks);
                first = i;
                length = 0;
            }

            length += patterns[i].Length;
        }

        AddChunk(rules, patterns, first, patterns.Count - first, chunks);
    }

    private static void AddChunk(ImmutableArray<SafetyRule> rules, List<string> patterns, int from, int count, ImmutableArray<Chunk>.Builder chunks)
    {
        if (TryCombine(rules, patterns, from, count) is { } regex)
        {
            chunks.Add(ToChunk(regex, from, count));
        }
        else if (count > 1)
        {
            var half = count / 2;
            AddChunk(rules, patterns, from, half, chunks);
            AddChunk(rules, patterns, from + half, count - half, chunks);
        }
        else
        {
            // The rule is too large on its own: Check names it.
            Check(rules[from].Id, patterns[from]);
            throw new InvalidDataException($"The safety rule '{rules[from].Id}' cannot be compiled.");
        }
    }

    // Every rule must give a trigger: the pre-filter could otherwise drop its findings. Each chunk is one search.
    private static TriggerPrefilter CreatePrefilter(ImmutableArray<SafetyRule> rules, List<string> patterns, ImmutableArray<Chunk>.Builder chunks)
    {
        var searches = chunks.Select(chunk => (IReadOnlyList<string>)[.. chunk.Rules.Select(i => patterns[i])]).ToList();
        try
        {
            return TriggerPrefilter.Create(searches, (search, pattern) => new InvalidDataException(
                $"The safety rule '{rules[chunks[search].Rules[pattern]].Id}' gives no trigger word: every match of its pattern must contain "
                + $"a literal word of at least {PatternTriggers.MinimumTriggerLength} letters (any of a few alternatives), which the screen looks for first."));
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException($"The safety rules use a construct the trigger analysis does not read: {ex.Message}", ex);
        }
    }

    private static Regex? TryCombine(ImmutableArray<SafetyRule> rules, List<string> patterns, int from, int count)
    {
        var combined = string.Join("|", Enumerable.Range(from, count).Select(i =>
            "(?<" + GroupPrefix + i.ToString(CultureInfo.InvariantCulture) + ">" + patterns[i] + ")"));
        try
        {
            return new Regex(combined, Options, MatchTimeout);
        }
        catch (NotSupportedException)
        {
            return null;
        }
        catch (ArgumentException ex)
        {
            // Compile the rules one by one to name the one at fault.
            for (var i = from; i < from + count; i++)
            {
                Check(rules[i].Id, patterns[i]);
            }

            throw new InvalidDataException($"The safety rules cannot be combined into one expression: {ex.Message}", ex);
        }
    }

    private static Chunk ToChunk(Regex regex, int from, int count)
    {
        var numbers = regex.GetGroupNumbers();
        if (numbers.Length != count + 1)
        {
            throw new InvalidDataException("A safety rule pattern declares a named group; patterns must not name groups.");
        }

        var ruleOfGroup = new int[numbers.Max() + 1];
        Array.Fill(ruleOfGroup, -1);
        for (var i = from; i < from + count; i++)
        {
            ruleOfGroup[regex.GroupNumberFromName(GroupPrefix + i.ToString(CultureInfo.InvariantCulture))] = i;
        }

        return new Chunk(regex, ruleOfGroup, [.. Enumerable.Range(from, count)]);
    }

    private static bool IsFigurative(SafetyRule rule, string input, int start, int end) =>
        rule.Unless is { } unless && unless.Value.IsMatch(input.AsSpan(start, Math.Min(input.Length, end + UnlessLookahead) - start));

    // Typographic apostrophes become ASCII ones, one character for one, so that spans stay where they were.
    private static string Normalize(string text) =>
        text.AsSpan().IndexOfAny('\u2019', '\u2018', '\u02BC') < 0
            ? text
            : string.Create(text.Length, text, static (span, source) =>
            {
                source.AsSpan().CopyTo(span);
                span.Replace('\u2019', '\'');
                span.Replace('\u2018', '\'');
                span.Replace('\u02BC', '\'');
            });

    private static string Expand(string ruleId, string pattern, ImmutableDictionary<string, string> terms)
    {
        var expanded = pattern;
        for (var depth = 0; depth < 4 && expanded.Contains("{{", StringComparison.Ordinal); depth++)
        {
            expanded = s_term.Replace(expanded, m => terms.TryGetValue(m.Groups[1].Value, out var term)
                ? "(?:" + term + ")"
                : throw new InvalidDataException($"The safety rule '{ruleId}' uses the term '{m.Groups[1].Value}', which the rules do not define."));
        }

        return expanded.Contains("{{", StringComparison.Ordinal)
            ? throw new InvalidDataException($"The safety rule '{ruleId}' has terms nested too deeply or a stray '{{{{'.")
            : expanded;
    }

    private static Regex Check(string ruleId, string pattern)
    {
        try
        {
            return new Regex(pattern, Options, MatchTimeout);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw new InvalidDataException($"The safety rule '{ruleId}' has a pattern the non-backtracking engine cannot use: {ex.Message}", ex);
        }
    }

    // The backtracking engine parses a pattern without building an automaton: a cheap check of its syntax. Constructs
    // that only the non-backtracking engine refuses (lookarounds, backreferences) are caught when it compiles them.
    private static void CheckSyntax(string ruleId, string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"The safety rule '{ruleId}' has a pattern that is not a valid regular expression: {ex.Message}", ex);
        }
    }

    private static SafetyRuleSet LoadEnglish()
    {
        using var stream = typeof(SafetyRuleSet).Assembly.GetManifestResourceStream(EnglishResource)
            ?? throw new InvalidOperationException($"The built-in safety rules resource '{EnglishResource}' is missing from the IntimacyKit assembly.");
        return Load(stream);
    }

    /// <summary>One compiled expression and the rule of each of its groups.</summary>
    /// <param name="Regex">The expression: one named alternative per rule.</param>
    /// <param name="RuleOfGroup">Group number to rule index; -1 for the whole match.</param>
    /// <param name="Rules">The indexes of its rules, in order.</param>
    private sealed record Chunk(Regex Regex, int[] RuleOfGroup, ImmutableArray<int> Rules)
    {
        public int RuleIndexOf(Match match)
        {
            var groups = match.Groups;
            for (var number = 1; number < RuleOfGroup.Length; number++)
            {
                if (RuleOfGroup[number] >= 0 && groups[number].Success)
                {
                    return RuleOfGroup[number];
                }
            }

            throw new InvalidOperationException("A safety rule matched but no rule group did: the rules are malformed.");
        }
    }
}
