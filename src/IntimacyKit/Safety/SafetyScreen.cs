using System.Collections.Immutable;

namespace IntimacyKit.Safety;

/// <summary>
/// Reads free text, such as a message, a journal entry or an exercise answer, for signs that the person may not be
/// safe: violence, threats, weapons, strangling, sexual coercion, harm to children and self-harm
/// (<see cref="SafetyLevel.Urgent"/>), coercive control and intimidation (<see cref="SafetyLevel.Concern"/>). Each
/// finding gives its span, its category and the rule that fired.
/// </summary>
/// <remarks>
/// <para>
/// The screen is rule-based and reads English. It is a prompt to show help, not a clinical instrument: it can miss
/// danger said in other words or languages, and it can flag a sentence that was meant figuratively, although common
/// figurative uses ("this deadline is killing me", "he beat me at chess", "she pushed me to apply") are excused.
/// When a result is not <see cref="SafetyResult.IsSafe"/>, show its <see cref="SafetyResult.Resources"/>.
/// </para>
/// <para>
/// The rules are data (<c>safety-rules.en.json</c> in the assembly): frames over words and word classes of the
/// language's lexicon, compiled once, on first use, into one automaton over words that every screen shares. A text is
/// read a sentence at a time, and a sentence is searched only for the rules whose trigger words (taken from the rules'
/// words and classes) it holds, with exactly the findings of searching every sentence; time is linear in the length
/// of the text. Where two rules match overlapping words, the one listed first reports them. Apps add their own rules
/// with <see cref="SafetyScreen(SafetyResources, IEnumerable{SafetyRuleFile})"/>. Every finding names the rule that
/// fired. A screen is immutable and thread-safe: create one and share it.
/// </para>
/// </remarks>
public sealed class SafetyScreen
{
    private static readonly Lazy<SafetyScreen> s_default = new(() => new SafetyScreen(SafetyResources.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SafetyRuleSet _rules;
    private readonly SafetyResult _safe;

    /// <summary>Creates a screen with the built-in English rules that shows the app's own message and resources.</summary>
    /// <param name="resources">What to show a person whose text trips the screen, such as the hotlines of their country.</param>
    /// <exception cref="ArgumentNullException"><paramref name="resources"/> is <see langword="null"/>.</exception>
    public SafetyScreen(SafetyResources resources)
        : this(SafetyRuleSet.English, resources)
    {
    }

    /// <summary>Creates a screen with the built-in rules of the files' language and the app's own rule files, that shows the app's own message and resources.</summary>
    /// <param name="resources">What to show a person whose text trips the screen, such as the hotlines of their country.</param>
    /// <param name="ruleFiles">
    /// The app's rule files (see <see cref="SafetyRuleFile"/>), all of one language; they are read together with the
    /// built-in rules of that language, in one pass over the text.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="resources"/> or <paramref name="ruleFiles"/> is <see langword="null"/>, or holds <see langword="null"/>.</exception>
    /// <exception cref="SafetyRulesException">The files' languages differ, or two files define the same rule id, class or frame.</exception>
    public SafetyScreen(SafetyResources resources, IEnumerable<SafetyRuleFile> ruleFiles)
        : this(Compile(ruleFiles), resources)
    {
    }

    internal SafetyScreen(SafetyRuleSet rules, SafetyResources resources)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(resources);
        _rules = rules;
        Resources = resources;
        _safe = new SafetyResult([], resources);
    }

    /// <summary>Gets the language the screen reads, as a culture name such as <c>en</c>.</summary>
    public string Language => _rules.Language;

    /// <summary>Gets the screen with the built-in English rules and <see cref="SafetyResources.Default"/>, the neutral message.</summary>
    public static SafetyScreen Default => s_default.Value;

    /// <summary>Gets the message and resources that results above <see cref="SafetyLevel.None"/> carry.</summary>
    public SafetyResources Resources { get; }

    /// <summary>Screens a text.</summary>
    /// <param name="text">The text: a message, a journal entry, an exercise answer. May be empty.</param>
    /// <returns>
    /// The result: the highest level found, every finding with its span, and the screen's resources when the level is
    /// above <see cref="SafetyLevel.None"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public SafetyResult Screen(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = _rules.Find(text);
        if (matches.Count == 0)
        {
            return _safe;
        }

        var findings = ImmutableArray.CreateBuilder<SafetyFinding>(matches.Count);
        foreach (var (rule, start, length) in matches)
        {
            findings.Add(new SafetyFinding(rule.Category, rule.Level, start, length, text.Substring(start, length), rule.Id, rule.Explanation));
        }

        return new SafetyResult(findings.MoveToImmutable(), Resources);
    }

    private static SafetyRuleSet Compile(IEnumerable<SafetyRuleFile> ruleFiles)
    {
        ArgumentNullException.ThrowIfNull(ruleFiles);
        var files = ruleFiles.ToList();
        if (files.Count == 0)
        {
            return SafetyRuleSet.English;
        }

        for (var i = 0; i < files.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(files[i], $"{nameof(ruleFiles)}[{i}]");
        }

        return SafetyRuleSet.Compile(SafetyRuleSet.BuiltInFiles(files[0].Language, files.Select(f => (f.Name, f.Document))));
    }
}
