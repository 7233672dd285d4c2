using System.Collections.Immutable;
using IntimacyKit.Coaching;
using IntimacyKit.Safety;
using IntimacyKit.Text;

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
/// (<c>Content/apology-rules.en.json</c>), frames over words and word classes compiled once onto the library's text
/// engine (the one the <see cref="SafetyScreen"/> reads with), so a review takes time linear in the length of the draft. Text in quotation marks is skipped. In a sentence with non-apology wording no
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
    internal ImmutableArray<string> RuleIds => [.. _rules.Rules.Where(r => r.Kind != ApologyRuleKind.TimeMarker).Select(r => r.Id)];

    /// <summary>Reviews a draft apology.</summary>
    /// <param name="draft">The draft, as the person wrote it.</param>
    /// <returns>The review. An empty draft has every step missing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is <see langword="null"/>.</exception>
    public ApologyReview Review(string draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var safety = SafetyScreen.Default.Screen(draft);
        if (!safety.IsSafe)
        {
            return new ApologyReview { Text = draft, Safety = safety };
        }

        var text = draft;
        var sentences = TextRegions.SentenceStarts(text);
        var hits = new List<Hit>();
        var timedSentences = new HashSet<int>();
        foreach (var (rule, start, length) in _rules.Find(text))
        {
            if (rule.Kind == ApologyRuleKind.TimeMarker)
            {
                timedSentences.Add(TextRegions.SentenceOf(sentences, start));
            }
            else
            {
                hits.Add(new Hit(rule, start, length, TextRegions.SentenceOf(sentences, start)));
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
            && o.Start >= h.Start && o.Start < ClauseEnd(text, sentences, h.Start + h.Length)));

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

            var end = TextRegions.SentenceEnd(sentences, text.Length, hit.Start);
            if (!timedSentences.Contains(hit.Sentence))
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
    internal ApologyRule? FindVague(string text) =>
        _rules.Find(text).Where(f => f.Rule.Kind == ApologyRuleKind.VagueChange).Select(f => f.Rule).OrderBy(_rules.Rules.IndexOf).FirstOrDefault();

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

    /// <summary>Where the clause holding <paramref name="index"/> ends: the next punctuation mark or " and ", within its sentence.</summary>
    private static int ClauseEnd(string text, List<int> sentences, int index)
    {
        var limit = TextRegions.SentenceEnd(sentences, text.Length, index);
        var end = index;
        while (end < limit && !TextRegions.EndsClause(text[end]))
        {
            end++;
        }

        var and = text.IndexOf(" and ", index, end - index, StringComparison.OrdinalIgnoreCase);
        return and < 0 ? end : and;
    }

    private static ApologyReviewer LoadDefault()
    {
        using var stream = typeof(ApologyReviewer).Assembly.GetManifestResourceStream(BuiltInContent.ApologyRulesResource)
            ?? throw new InvalidOperationException($"The built-in content resource '{BuiltInContent.ApologyRulesResource}' is missing from the IntimacyKit assembly.");
        return new ApologyReviewer(ApologyRuleSet.Read(stream));
    }

    private readonly record struct Hit(ApologyRule Rule, int Start, int Length, int Sentence);
}
