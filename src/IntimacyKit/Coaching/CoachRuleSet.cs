using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using IntimacyKit.Safety;
using IntimacyKit.Serialization;

namespace IntimacyKit.Coaching;

/// <summary>
/// The coach's rules compiled once: one non-backtracking regular expression per finding kind (and per case mode) that
/// searches the text for all of that kind's rules at once, plus, per rule, a small anchored expression that tells which
/// rule a match belongs to (cheaper than capture groups, which non-backtracking matching resolves with a slower pass)
/// and the rule's good-practice exceptions.
/// </summary>
internal sealed class CoachRuleSet
{
    /// <summary>The budget of one regular-expression search; non-backtracking matching is linear, so this is a safety net.</summary>
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private const RegexOptions BaseOptions = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private CoachRuleSet(ImmutableArray<CoachRule> rules, ImmutableArray<RuleGroup> groups, TriggerPrefilter prefilter)
    {
        Rules = rules;
        Groups = groups;
        Prefilter = prefilter;
    }

    /// <summary>Gets every rule, in file order.</summary>
    public ImmutableArray<CoachRule> Rules { get; }

    /// <summary>Gets the compiled searches, one per kind and case mode.</summary>
    public ImmutableArray<RuleGroup> Groups { get; }

    /// <summary>
    /// Gets the pre-filter that tells each group's search which segments of a text hold one of its trigger words. A
    /// group with a rule that has no trigger word (shouting in capitals, "!!!") reads the whole text.
    /// </summary>
    public TriggerPrefilter Prefilter { get; }

    /// <summary>Reads a rules document.</summary>
    public static CoachRulesDocument Read(Stream utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, IntimacyKitJsonContext.Default.CoachRulesDocument)
            ?? throw new JsonException("The coach rules document is null.");

    /// <summary>Compiles a rules document, with the vocabulary's word sets.</summary>
    /// <exception cref="InvalidOperationException">A rule is invalid: a duplicate id, no pattern, an unknown set, or a pattern NonBacktracking cannot run.</exception>
    public static CoachRuleSet Compile(CoachRulesDocument document, FeelingsVocabulary vocabulary)
    {
        var sets = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["pleasant-feelings"] = vocabulary.PleasantFeelings,
            ["unpleasant-feelings"] = vocabulary.UnpleasantFeelings,
            ["faux-feelings"] = [.. vocabulary.FauxFeelings.Keys],
            ["intensifiers"] = vocabulary.Intensifiers,
            ["thought-markers"] = vocabulary.ThoughtMarkers,
            ["thought-subjects"] = vocabulary.ThoughtSubjects,
        };
        foreach (var (name, words) in document.Sets)
        {
            sets[name] = words;
        }

        var rules = new List<CoachRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var data in document.Rules)
        {
            if (!ids.Add(data.Id))
            {
                throw new InvalidOperationException($"Coach rule '{data.Id}' appears more than once.");
            }

            var ruleSets = new Dictionary<string, IReadOnlyList<string>>(sets, StringComparer.Ordinal) { ["phrases"] = data.Phrases };
            var pattern = data.Pattern ?? (data.Phrases.Count > 0 ? @"\b%phrases%\b" : throw new InvalidOperationException($"Coach rule '{data.Id}' has neither a pattern nor phrases."));
            var options = BaseOptions | (data.MatchCase ? RegexOptions.None : RegexOptions.IgnoreCase);
            rules.Add(new CoachRule(
                data.Id,
                data.Kind,
                data.MatchCase,
                Expand(data.Id, pattern, ruleSets),
                data.Explanation,
                data.Suggestion,
                Exceptions(data.Id, data.Unless, ruleSets, options),
                Exceptions(data.Id, data.UnlessBefore, ruleSets, options),
                Create(Expand(data.Id, pattern, ruleSets), options, $"rule '{data.Id}'")));
        }

        var groups = rules
            .GroupBy(r => (r.Kind, r.MatchCase))
            .Select(g => new RuleGroup(
                Create(string.Join('|', g.Select(r => $"(?:{r.Pattern})")), BaseOptions | (g.Key.MatchCase ? RegexOptions.None : RegexOptions.IgnoreCase), g.Key.Kind.ToString()),
                [.. g]))
            .ToImmutableArray();
        TriggerPrefilter prefilter;
        try
        {
            prefilter = TriggerPrefilter.Create([.. groups.Select(g => (IReadOnlyList<string>)[.. g.Rules.Select(r => r.Pattern)])], static (_, _) => null);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"The coach's patterns use a construct the trigger analysis does not read: {ex.Message}", ex);
        }

        return new CoachRuleSet([.. rules], groups, prefilter);
    }

    /// <summary>Creates a regular expression with the coach's options and timeout, naming what it is for in errors.</summary>
    internal static Regex Create(string pattern, RegexOptions options, string what)
    {
        try
        {
            return new Regex(pattern, options, MatchTimeout);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw new InvalidOperationException($"The coach's pattern for {what} cannot be compiled for non-backtracking matching: {ex.Message}", ex);
        }
    }

    private static Regex? Exceptions(string id, List<string> patterns, Dictionary<string, IReadOnlyList<string>> sets, RegexOptions options) =>
        patterns.Count == 0 ? null : Create(string.Join('|', patterns.Select(p => $"(?:{Expand(id, p, sets)})")), options, $"rule '{id}' (its exceptions)");

    /// <summary>Replaces each <c>%set%</c> with an alternation of the set's phrases, longest first, spaces matching any run of spaces.</summary>
    internal static string Expand(string id, string pattern, Dictionary<string, IReadOnlyList<string>> sets)
    {
        var parts = pattern.Split('%');
        if (parts.Length % 2 == 0)
        {
            throw new InvalidOperationException($"Rule '{id}' has an unpaired '%' in a pattern.");
        }

        for (var i = 1; i < parts.Length; i += 2)
        {
            if (!sets.TryGetValue(parts[i], out var words) || words.Count == 0)
            {
                throw new InvalidOperationException($"Rule '{id}' uses the word set '%{parts[i]}%', which is not defined or is empty.");
            }

            parts[i] = string.Join('|', words
                .Select(w => w.Trim())
                .Where(w => w.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(w => w.Length)
                .Select(w => string.Join(@"\s+", w.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))));
        }

        return string.Concat(parts);
    }
}

/// <summary>One compiled rule.</summary>
internal sealed record CoachRule(
    string Id,
    CoachFindingKind Kind,
    bool MatchCase,
    string Pattern,
    string Explanation,
    string Suggestion,
    Regex? Unless,
    Regex? UnlessBefore,
    Regex Alone);

/// <summary>The rules of one kind and case mode, searched together by one regular expression.</summary>
internal sealed record RuleGroup(Regex Regex, ImmutableArray<CoachRule> Rules)
{
    /// <summary>
    /// Returns the rule a match of <see cref="Regex"/> belongs to: the first, in file order, whose own expression gives
    /// that match (see <see cref="TriggerPrefilter.GaveMatch"/>), which is the alternative the search preferred.
    /// </summary>
    /// <param name="window">The text the search read.</param>
    /// <param name="matchIndex">Where the match starts in <paramref name="window"/>.</param>
    /// <param name="matchLength">The match's length.</param>
    public CoachRule RuleOf(ReadOnlySpan<char> window, int matchIndex, int matchLength)
    {
        if (Rules.Length > 1)
        {
            foreach (var rule in Rules)
            {
                if (TriggerPrefilter.GaveMatch(rule.Alone, window, matchIndex, matchLength))
                {
                    return rule;
                }
            }
        }

        return Rules[0];
    }
}
