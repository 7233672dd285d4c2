using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IntimacyKit.Coaching;
using IntimacyKit.Safety;

namespace IntimacyKit.Repair;

/// <summary>
/// Reads a draft apology against the five steps of the repair checklist (after Harriet Lerner, <i>The Dance of
/// Intimacy</i>, chapter 8) and reports which steps are present and which are missing, whether the promised change is
/// vague (no concrete action, or no time), and whether it is a non-apology ("sorry if you felt…", "sorry you feel that
/// way", "sorry, but you…", the passive "mistakes were made"), each with its span, the rule that fired and a plain
/// explanation.
/// </summary>
/// <remarks>
/// <para>
/// The review is rule-based and English only, built like the <see cref="MessageCoach"/>: its rules are data
/// (<c>Content/apology-rules.en.json</c>), compiled once into non-backtracking regular expressions, so a review takes
/// time linear in the length of the draft. Text in quotation marks is skipped. In a sentence with non-apology wording no
/// step counts: "I'm sorry if you felt hurt" expresses no remorse. It reads wording, not sincerity: a draft can tick every
/// box and still not be meant, and only what is done afterwards rebuilds trust.
/// </para>
/// <para>
/// Every draft is first read by <see cref="SafetyScreen.Default"/>. When it shows any sign of danger the review carries the
/// screen's result in <see cref="ApologyReview.Safety"/> and has no steps and no findings: an apology for violence or
/// threats is not something to polish.
/// </para>
/// <para>A reviewer is immutable and thread-safe: share <see cref="Default"/>.</para>
/// </remarks>
public sealed class ApologyReviewer
{
    private static readonly Lazy<ApologyReviewer> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ApologyRuleSet _rules;

    internal ApologyReviewer(ApologyRulesDocument rules) => _rules = ApologyRuleSet.Compile(rules);

    /// <summary>Gets the reviewer with the built-in English rules, loaded and compiled once.</summary>
    public static ApologyReviewer Default => s_default.Value;

    /// <summary>Gets the ids of the reviewer's span rules, in file order.</summary>
    internal ImmutableArray<string> RuleIds => [.. _rules.Rules.Select(r => r.Id)];

    /// <summary>Reviews a draft apology.</summary>
    /// <param name="draft">The draft, as the person wrote it.</param>
    /// <returns>The review. An empty draft has every step missing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is <see langword="null"/>.</exception>
    /// <exception cref="RegexMatchTimeoutException">A search took longer than its time budget of two seconds; only possible with many megabytes of text.</exception>
    public ApologyReview Review(string draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var safety = SafetyScreen.Default.Screen(draft);
        if (!safety.IsSafe)
        {
            return new ApologyReview { Text = draft, Safety = safety };
        }

        var text = TextScan.Normalize(draft);
        var quotes = TextScan.QuotedRanges(text);
        var sentences = SentenceStarts(text);
        var hits = new List<Hit>();
        foreach (var rule in _rules.Rules)
        {
            foreach (var match in rule.Regex.EnumerateMatches(text))
            {
                if (match.Length > 0 && !TextScan.IsInside(quotes, match.Index))
                {
                    hits.Add(new Hit(rule, match.Index, match.Length, SentenceOf(sentences, match.Index)));
                }
            }
        }

        var findings = new List<ApologyFinding>();

        // Non-apology wording: reported, and no step counts in its sentence.
        var blocked = new HashSet<int>();
        foreach (var hit in Distinct(hits.Where(h => h.Rule.Kind == ApologyRuleKind.NonApology)))
        {
            blocked.Add(hit.Sentence);
            findings.Add(Finding(draft, ApologyFindingKind.NonApology, hit.Start, hit.Length, hit.Rule.Id, hit.Rule.Explanation, null));
        }

        var steps = hits.Where(h => h.Rule.Kind is not ApologyRuleKind.NonApology && !blocked.Contains(h.Sentence)).ToList();

        // A bare "I will" gives way to a reparative act or a follow-up in its clause ("I'll make it up to you").
        steps.RemoveAll(h => h.Rule.Weak && steps.Any(o =>
            o.Rule.Kind is ApologyRuleKind.OfferReparativeAct or ApologyRuleKind.AgreeOnFollowUp
            && o.Start >= h.Start && o.Start < ClauseEnd(text, h.Start + h.Length)));

        // Vague changes, and changes whose sentence says nothing about when.
        var vagueSentences = new HashSet<int>();
        foreach (var hit in Distinct(steps.Where(h => h.Rule.Kind == ApologyRuleKind.VagueChange)))
        {
            vagueSentences.Add(hit.Sentence);
            findings.Add(Finding(draft, ApologyFindingKind.VagueChange, hit.Start, hit.Length, hit.Rule.Id, hit.Rule.Explanation, RepairStep.StateChange));
        }

        var timed = new HashSet<int>();
        foreach (var hit in steps.Where(h => h.Rule.Kind == ApologyRuleKind.StateChange && !vagueSentences.Contains(h.Sentence)).OrderBy(h => h.Start))
        {
            if (!timed.Add(hit.Sentence))
            {
                continue;
            }

            var end = SentenceEnd(sentences, text, hit.Start);
            if (!_rules.TimeMarkers.IsMatch(text.AsSpan(hit.Sentence, end - hit.Sentence)))
            {
                findings.Add(Finding(draft, ApologyFindingKind.VagueChange, hit.Start, end - hit.Start, ApologyRuleSet.ChangeWithoutTimeId, _rules.Messages[ApologyRuleSet.ChangeWithoutTimeId], RepairStep.StateChange));
            }
        }

        var spans = Distinct(steps)
            .Select(h => new ApologyStepSpan
            {
                Step = h.Rule.Kind == ApologyRuleKind.VagueChange ? RepairStep.StateChange : (RepairStep)h.Rule.Kind,
                Start = h.Start,
                Length = h.Length,
                Text = draft.Substring(h.Start, h.Length),
                RuleId = h.Rule.Id,
            })
            .OrderBy(s => s.Start)
            .ThenBy(s => s.Step)
            .ToImmutableArray();

        findings.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        foreach (var step in RepairChecklist.Steps.Where(s => !spans.Any(f => f.Step == s)))
        {
            var id = ApologyRuleSet.MissingId(step);
            findings.Add(new ApologyFinding { Kind = ApologyFindingKind.MissingStep, Start = 0, Length = 0, Text = "", RuleId = id, Explanation = _rules.Messages[id], Step = step });
        }

        return new ApologyReview { Text = draft, Steps = spans, Findings = [.. findings] };
    }

    /// <summary>Finds the first vague-change wording in a text, such as a plan's change ("do better"), or returns <see langword="null"/>.</summary>
    internal ApologyRule? FindVague(string text)
    {
        var normalized = TextScan.Normalize(text);
        if (!_rules.Vague.IsMatch(normalized))
        {
            return null;
        }

        return _rules.Rules.First(r => r.Kind == ApologyRuleKind.VagueChange && r.Regex.IsMatch(normalized));
    }

    private static ApologyFinding Finding(string draft, ApologyFindingKind kind, int start, int length, string ruleId, string explanation, RepairStep? step) =>
        new() { Kind = kind, Start = start, Length = length, Text = draft.Substring(start, length), RuleId = ruleId, Explanation = explanation, Step = step };

    /// <summary>Keeps, per kind, the first of hits that overlap (the earliest, then the longest).</summary>
    private static List<Hit> Distinct(IEnumerable<Hit> hits)
    {
        var kept = new List<Hit>();
        foreach (var hit in hits.OrderBy(h => h.Start).ThenByDescending(h => h.Length))
        {
            if (!kept.Any(k => StepOf(k) == StepOf(hit) && hit.Start < k.Start + k.Length && k.Start < hit.Start + hit.Length))
            {
                kept.Add(hit);
            }
        }

        return kept;
    }

    private static ApologyRuleKind StepOf(Hit hit) => hit.Rule.Kind == ApologyRuleKind.VagueChange ? ApologyRuleKind.StateChange : hit.Rule.Kind;

    /// <summary>The indexes where sentences start: 0, and each index after a full stop, question or exclamation mark or line end.</summary>
    private static List<int> SentenceStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.AsSpan().IndexOfAny(".!?\n"); i >= 0; i = NextBoundary(text, i + 1))
        {
            starts.Add(i + 1);
        }

        return starts;

        static int NextBoundary(string text, int from)
        {
            var next = text.AsSpan(from).IndexOfAny(".!?\n");
            return next < 0 ? -1 : from + next;
        }
    }

    /// <summary>The sentence an index is in, named by the index where the sentence starts.</summary>
    private static int SentenceOf(List<int> starts, int index)
    {
        var at = starts.BinarySearch(index);
        return starts[at >= 0 ? at : ~at - 1];
    }

    /// <summary>Where the sentence holding an index ends (exclusive): at the next sentence's start, or the end of the text.</summary>
    private static int SentenceEnd(List<int> starts, string text, int index)
    {
        var at = starts.BinarySearch(index);
        var next = at >= 0 ? at + 1 : ~at;
        return next < starts.Count ? starts[next] : text.Length;
    }

    /// <summary>Where the clause holding <paramref name="index"/> ends: the next punctuation mark or " and ".</summary>
    private static int ClauseEnd(string text, int index)
    {
        var limit = TextScan.SentenceEnd(text, index);
        var comma = text.AsSpan(index, limit - index).IndexOfAny(",;:");
        var and = text.IndexOf(" and ", index, limit - index, StringComparison.OrdinalIgnoreCase);
        return new[] { limit, comma < 0 ? limit : index + comma, and < 0 ? limit : and }.Min();
    }

    private static ApologyReviewer LoadDefault()
    {
        using var stream = typeof(ApologyReviewer).Assembly.GetManifestResourceStream(BuiltInContent.ApologyRulesResource)
            ?? throw new InvalidOperationException($"The built-in content resource '{BuiltInContent.ApologyRulesResource}' is missing from the IntimacyKit assembly.");
        return new ApologyReviewer(ApologyRuleSet.Read(stream));
    }

    private readonly record struct Hit(ApologyRule Rule, int Start, int Length, int Sentence);
}
