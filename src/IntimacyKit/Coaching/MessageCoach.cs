using System.Collections.Immutable;
using IntimacyKit.Safety;

namespace IntimacyKit.Coaching;

/// <summary>
/// Reads a message a person is about to send and points out wording that tends to start a fight — generalisations
/// ("you always"), labels ("you're selfish"), blame ("you make me…"), thoughts dressed as feelings ("I feel like you…"),
/// faux feelings that accuse ("I feel abandoned"), "you should" demands and escalation (shouting, "!!!") — each with its
/// exact span, the rule that found it, a plain explanation and a suggestion, plus an "I"-statement rewrite through the
/// honesty formula.
/// </summary>
/// <remarks>
/// <para>
/// The coach is rule-based and English only: its rules are data (<c>Content/coach-rules.en.json</c>), frames over the
/// words and word classes of the library's text engine (the one the <see cref="SafetyScreen"/> reads with), compiled once
/// into one automaton over words, so analysis takes time linear in the length of the message; a sentence is searched
/// only for the rules whose words it holds. It leaves good
/// practice alone — the honesty formula, the toolbox scripts, logistics, appreciation ("you always make me laugh") and
/// words in quotation marks — but it reads wording, not intent, and it is not a clinical instrument.
/// </para>
/// <para>
/// Every message is first read by <see cref="SafetyScreen.Default"/>, or the screen given to
/// <see cref="WithSafetyScreen(SafetyScreen)"/> (or, with <see cref="Analyze(string, SafetyResult)"/>, the app passes the
/// result of its own screen): when it shows any sign of danger, from coercive
/// control (concern) to violence, threats or self-harm (urgent), the report carries the screen's result in <see cref="CoachReport.Safety"/> and offers no findings and no
/// rewrite, because softer words are not what that person needs.
/// </para>
/// <para>A coach is immutable and thread-safe: share <see cref="Default"/>.</para>
/// </remarks>
public sealed class MessageCoach
{
    private static readonly int s_kindCount = Enum.GetValues<CoachFindingKind>().Length;

    private static readonly Lazy<MessageCoach> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly CoachRuleSet _rules;
    private readonly FeelingsVocabulary _vocabulary;
    private readonly RewriteBuilder _rewrite;
    private readonly SafetyScreen _screen;

    internal MessageCoach(CoachRulesDocument rules, FeelingsVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        _rules = CoachRuleSet.Compile(rules, vocabulary);
        _rewrite = new RewriteBuilder(vocabulary, _rules);
        _screen = SafetyScreen.Default;
    }

    private MessageCoach(CoachRuleSet rules, FeelingsVocabulary vocabulary, SafetyScreen screen)
    {
        _vocabulary = vocabulary;
        _rules = rules;
        _rewrite = new RewriteBuilder(vocabulary, rules);
        _screen = screen;
    }

    private MessageCoach(MessageCoach coach, SafetyScreen screen)
    {
        _vocabulary = coach._vocabulary;
        _rules = coach._rules;
        _rewrite = coach._rewrite;
        _screen = screen;
    }

    /// <summary>Gets the coach with the built-in English rules and the <see cref="FeelingsVocabulary.Default"/> vocabulary, loaded and compiled once.</summary>
    public static MessageCoach Default => s_default.Value;

    /// <summary>
    /// Returns a coach with the same rules that screens each message with <paramref name="screen"/>, so that a
    /// message showing danger gets the app's own resources (its country's hotlines, in its language) in
    /// <see cref="CoachReport.Safety"/>. The rules are shared, not compiled again.
    /// </summary>
    /// <param name="screen">The screen to read every message with first.</param>
    /// <returns>The coach.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="screen"/> is <see langword="null"/>.</exception>
    public MessageCoach WithSafetyScreen(SafetyScreen screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        return new MessageCoach(this, screen);
    }

    /// <summary>
    /// Returns a coach with the built-in rules and the app's own rule files after them, that screens each message with
    /// this coach's safety screen. A file's rules report their own ids and take their kinds' antidotes from the
    /// built-in rules; where a built-in rule and an app's rule of one kind match the same words, the built-in rule
    /// reports them.
    /// </summary>
    /// <param name="ruleFiles">The app's rule files (see <see cref="CoachRuleFile"/>), in order; later files may use the classes and frames of earlier ones.</param>
    /// <returns>The coach; with no files, one with the built-in rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleFiles"/> or one of its files is <see langword="null"/>.</exception>
    /// <exception cref="CoachRulesException">Two files define the same rule id, class or named frame, or are of different languages.</exception>
    public MessageCoach WithRules(IEnumerable<CoachRuleFile> ruleFiles)
    {
        ArgumentNullException.ThrowIfNull(ruleFiles);
        var files = ruleFiles.ToList();
        for (var i = 0; i < files.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(files[i], $"{nameof(ruleFiles)}[{i}]");
        }

        var rules = CoachRuleSet.Compile(CoachRuleSet.BuiltIn, [.. files.Select(f => (f.Name, f.Document))], _vocabulary);
        return new MessageCoach(rules, _vocabulary, _screen);
    }

    /// <summary>Gets the ids of the coach's rules, in the order of the rules file.</summary>
    internal ImmutableArray<string> RuleIds => [.. _rules.Rules.Select(r => r.Id)];

    /// <summary>Analyses a message and returns what the coach found in it.</summary>
    /// <param name="message">The message, as the person wrote it.</param>
    /// <returns>The report: the findings ordered by position, and a rewrite when there are any. An empty message has no findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is <see langword="null"/>.</exception>
    public CoachReport Analyze(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Analyze(message, message.Length == 0 ? null : _screen.Screen(message), useTriggers: true);
    }

    /// <summary>
    /// Analyses a message that the app has already screened with a <see cref="SafetyScreen"/>, so that the text is not
    /// screened twice, and returns what the coach found in it.
    /// </summary>
    /// <param name="message">The message, as the person wrote it.</param>
    /// <param name="safety">
    /// The result of screening this same <paramref name="message"/>, for instance with a screen that shows the app's own
    /// resources. When it is not <see cref="SafetyResult.IsSafe"/>, the report carries it and offers no coaching.
    /// </param>
    /// <returns>The report: the findings ordered by position, and a rewrite when there are any. An empty message has no findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> or <paramref name="safety"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A finding of <paramref name="safety"/> does not match the text of <paramref name="message"/> at its span: the result is of another text.</exception>
    public CoachReport Analyze(string message, SafetyResult safety)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(safety);
        foreach (var finding in safety.Findings)
        {
            if (finding.Start < 0 || finding.Length < 0 || finding.Start > message.Length - finding.Length
                || !message.AsSpan(finding.Start, finding.Length).SequenceEqual(finding.Text))
            {
                throw new ArgumentException(
                    $"The safety finding '{finding.Text}' (rule '{finding.RuleId}', at {finding.Start}) is not in the message: pass the result of screening this message.",
                    nameof(safety));
            }
        }

        return Analyze(message, safety, useTriggers: true);
    }

    /// <summary>Analyses a message with a given safety result.</summary>
    /// <param name="message">The message.</param>
    /// <param name="safety">The result of screening it; <see langword="null"/> only for an empty message.</param>
    /// <param name="useTriggers">
    /// Whether a sentence is searched only for the rules whose trigger words it holds (the normal path) or for every
    /// rule (the reference path, which the tests compare with the normal one).
    /// </param>
    /// <returns>The report.</returns>
    internal CoachReport Analyze(string message, SafetyResult? safety, bool useTriggers)
    {
        if (message.Length == 0)
        {
            return new CoachReport { Message = message };
        }

        // Someone describing control, violence, threats or self-harm needs safety, not softer words.
        if (safety is { IsSafe: false })
        {
            return new CoachReport { Message = message, Safety = safety };
        }

        var found = new List<(int Rule, int Start, int Length)>();
        _rules.Text.Find(message, found, useTriggers);
        var findings = new List<CoachFinding>();
        var parts = new List<(int Rule, int Start, int Length)>();

        // Per kind, the first of matches that overlap (the earliest, then the rule listed first), as one search per
        // kind would give them.
        var kindEnd = new int[s_kindCount];
        foreach (var (index, start, length) in found)
        {
            if (index >= _rules.Rules.Length)
            {
                parts.Add((index, start, length));
                continue;
            }

            var rule = _rules.Rules[index];
            if (start < kindEnd[(int)rule.Kind])
            {
                continue;
            }

            kindEnd[(int)rule.Kind] = start + length;
            var text = message.Substring(start, length);
            findings.Add(new CoachFinding
            {
                Kind = rule.Kind,
                Start = start,
                Length = length,
                Text = text,
                RuleId = rule.Id,
                Explanation = rule.Explanation,
                Suggestion = rule.Suggestion,
                Antidote = rule.Antidote.Antidote,
                AntidoteId = rule.Antidote.ItemId,
                UnderlyingFeelings = rule.Kind == CoachFindingKind.FauxFeeling && _vocabulary.FauxAtEnd(text) is { } faux
                    ? _vocabulary.FauxFeelings[faux]
                    : [],
            });
        }

        if (findings.Count == 0)
        {
            return new CoachReport { Message = message };
        }

        findings.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        var ordered = findings.ToImmutableArray();
        return new CoachReport { Message = message, Findings = ordered, Rewrite = _rewrite.Build(message, ordered, parts) };
    }

    private static MessageCoach LoadDefault() => new(CoachRuleSet.BuiltIn, FeelingsVocabulary.Default);
}
