using System.Collections.Immutable;
using System.Text.Json;
using IntimacyKit.Serialization;
using IntimacyKit.Text;

namespace IntimacyKit.Safety;

/// <summary>
/// Safety rules compiled onto the text engine (<see cref="FrameMatcher"/>): one or more rule files of one language
/// read as one automaton over words, so that a text is read once, in time linear in its length, whatever it holds.
/// Immutable and thread-safe.
/// </summary>
internal sealed class SafetyRuleSet
{
    /// <summary>The name of the embedded English rules.</summary>
    public const string EnglishResource = BuiltInContent.SafetyRulesEnglishResource;

    private static readonly Lazy<SafetyRuleDocument> s_englishDocument = new(LoadEnglishDocument, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<SafetyRuleSet> s_english = new(() => Compile([(EnglishResource, EnglishDocument)]), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrameMatcher _matcher;

    private SafetyRuleSet(string language, ImmutableArray<SafetyRule> rules, FrameMatcher matcher)
    {
        Language = language;
        Rules = rules;
        _matcher = matcher;
    }

    /// <summary>Gets the built-in English rules, compiled once on first use.</summary>
    public static SafetyRuleSet English => s_english.Value;

    /// <summary>Gets the built-in English rule file as read from the assembly.</summary>
    public static SafetyRuleDocument EnglishDocument => s_englishDocument.Value;

    /// <summary>Gets the language the rules read.</summary>
    public string Language { get; }

    /// <summary>Gets the rules, in the order of their files.</summary>
    public ImmutableArray<SafetyRule> Rules { get; }

    /// <summary>Gets the engine the rules run on, for tests and diagnostics.</summary>
    internal FrameMatcher Matcher => _matcher;

    /// <summary>Reads a rule file.</summary>
    /// <param name="read">Reads the document.</param>
    /// <param name="source">Where it was read from, for errors.</param>
    /// <returns>The document.</returns>
    /// <exception cref="SafetyRulesException">The file is not JSON of the rule file's shape.</exception>
    public static SafetyRuleDocument Read(Func<SafetyRuleDocument?> read, string source)
    {
        try
        {
            return read() ?? throw Null(source);
        }
        catch (JsonException ex)
        {
            throw FromJson(source, ex);
        }
    }

    /// <summary>The error for a rule file that is JSON <c>null</c>.</summary>
    internal static SafetyRulesException Null(string source) =>
        new(source, [new ValidationProblem("$", "wrong-type", "The document is null; a safety rule file is a JSON object.")]);

    /// <summary>The error for a rule file that is not JSON of the rule file's shape, with its path.</summary>
    internal static SafetyRulesException FromJson(string source, JsonException exception) =>
        new(source, [ContentPackException.FromJsonException(source, exception, "the safety rules article, docs/articles/text-rules.md").Problems[0]], exception);

    /// <summary>Compiles rule files of one language into one rule set; later files may use the classes and frames of earlier ones.</summary>
    /// <param name="files">The files, each with where it was read from.</param>
    /// <returns>The compiled rules.</returns>
    /// <exception cref="SafetyRulesException">A file is invalid; every problem found is listed with its JSON path.</exception>
    public static SafetyRuleSet Compile(IReadOnlyList<(string Source, SafetyRuleDocument Document)> files)
    {
        if (files.Count == 0)
        {
            throw new ArgumentException("At least one rule file is needed.", nameof(files));
        }

        var language = files[0].Document.Language;
        var classes = new Dictionary<string, WordClassDocument>(StringComparer.Ordinal);
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rules = ImmutableArray.CreateBuilder<SafetyRule>();
        var frameRules = new List<FrameRule>();
        var ruleCounts = new int[files.Count];
        for (var f = 0; f < files.Count; f++)
        {
            var (source, document) = files[f];
            var problems = new List<ValidationProblem>();
            Check(document, language, classes, named, ids, problems, rules, frameRules);
            if (problems.Count > 0)
            {
                throw new SafetyRulesException(source, problems);
            }

            ruleCounts[f] = frameRules.Count;
        }

        LexiconDocument lexicon;
        try
        {
            lexicon = Lexicons.Get(language);
        }
        catch (ArgumentException ex)
        {
            throw new SafetyRulesException(files[0].Source, [new ValidationProblem("$.language", "unknown-language", ex.Message)], ex);
        }

        try
        {
            var matcher = FrameMatcher.Compile(lexicon, classes, named, frameRules);
            return new SafetyRuleSet(language, rules.ToImmutable(), matcher);
        }
        catch (FrameException ex)
        {
            // The path names the rule, class or frame within its file; find the first file that fails with those
            // before it (errors are rare, so compiling again is no cost worth avoiding).
            var failing = files.Count - 1;
            for (var count = 1; count < files.Count; count++)
            {
                if (!Compiles(lexicon, files, count, frameRules.Take(ruleCounts[count - 1]).ToList()))
                {
                    failing = count - 1;
                    break;
                }
            }

            // Every rule of that file that fails on its own, so that all its mistakes are listed at once; a class
            // that fails fails every rule, so each problem is listed once.
            var before = failing == 0 ? 0 : ruleCounts[failing - 1];
            var problems = new List<ValidationProblem>();
            foreach (var rule in frameRules.Skip(before).Take(ruleCounts[failing] - before))
            {
                if (FrameProblem(lexicon, files, failing + 1, [.. frameRules.Take(before), rule]) is { } problem && !problems.Contains(problem))
                {
                    problems.Add(problem);
                }
            }

            if (problems.Count == 0)
            {
                problems.Add(new ValidationProblem(ex.Path, "invalid-frame", ex.Problem));
            }

            throw new SafetyRulesException(files[failing].Source, problems, ex);
        }
    }

    /// <summary>The built-in rules of a language (none but English has them yet), then the given files.</summary>
    /// <param name="language">The language of the files.</param>
    /// <param name="files">The app's files, each with where it was read from.</param>
    /// <returns>The files to compile, built-in first.</returns>
    internal static List<(string Source, SafetyRuleDocument Document)> BuiltInFiles(string language, params IEnumerable<(string Source, SafetyRuleDocument Document)> files)
    {
        var all = new List<(string, SafetyRuleDocument)>();
        if (Lexicons.LanguageOf(language) == EnglishDocument.Language)
        {
            all.Add((EnglishResource, EnglishDocument));
        }

        all.AddRange(files);
        return all;
    }

    /// <summary>Finds every span of a text that a rule matches and no exception of the rule excuses.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The matches as (rule, start, length), ordered by start, then by the order of the rules.</returns>
    public List<(SafetyRule Rule, int Start, int Length)> Find(string text) => Find(text, useTriggers: true);

    /// <summary>Finds every span of a text that a rule matches and no exception of the rule excuses.</summary>
    /// <param name="text">The text.</param>
    /// <param name="useTriggers">
    /// Whether a sentence is searched only for the rules it holds trigger words of (the normal path) or for every rule
    /// (the reference path, which the tests compare with the normal one).
    /// </param>
    /// <returns>The matches as (rule, start, length), ordered by start, then by the order of the rules.</returns>
    internal List<(SafetyRule Rule, int Start, int Length)> Find(string text, bool useTriggers)
    {
        var found = new List<(int Rule, int Start, int Length)>();
        _matcher.Find(text, found, useTriggers);
        if (found.Count > 1)
        {
            found = WithoutOverlaps(found, text.Length);
        }

        return found.ConvertAll(f => (Rules[f.Rule], f.Start, f.Length));
    }

    // Where matches of two rules overlap, the rule listed first (the more serious and specific) reports the words:
    // "he choked me" is strangulation, not also violence. Rules are taken in order, each keeping the matches that touch
    // no character a kept match covers; time is linear in the matches and their lengths.
    private static List<(int Rule, int Start, int Length)> WithoutOverlaps(List<(int Rule, int Start, int Length)> found, int textLength)
    {
        found.Sort(static (a, b) => a.Rule != b.Rule ? a.Rule.CompareTo(b.Rule) : a.Start.CompareTo(b.Start));
        var covered = System.Buffers.ArrayPool<bool>.Shared.Rent(textLength);
        try
        {
            Array.Clear(covered, 0, textLength);
            var kept = new List<(int Rule, int Start, int Length)>(found.Count);
            foreach (var match in found)
            {
                if (Array.IndexOf(covered, true, match.Start, match.Length) < 0)
                {
                    Array.Fill(covered, true, match.Start, match.Length);
                    kept.Add(match);
                }
            }

            kept.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Rule.CompareTo(b.Rule));
            return kept;
        }
        finally
        {
            System.Buffers.ArrayPool<bool>.Shared.Return(covered);
        }
    }

    private static void Check(
        SafetyRuleDocument document,
        string language,
        Dictionary<string, WordClassDocument> classes,
        Dictionary<string, string> named,
        HashSet<string> ids,
        List<ValidationProblem> problems,
        ImmutableArray<SafetyRule>.Builder rules,
        List<FrameRule> frameRules)
    {
        // A regional culture reads its language's lexicon: en-GB rules go with en rules.
        if (Lexicons.LanguageOf(document.Language) != Lexicons.LanguageOf(language))
        {
            problems.Add(new ValidationProblem("$.language", "language-mismatch",
                $"The file's language is '{document.Language}', but the rules it is added to read '{language}'; a screen reads one language."));
        }

        foreach (var (name, cls) in document.Classes)
        {
            for (var w = 0; w < cls.Words.Length; w++)
            {
                if (string.IsNullOrWhiteSpace(cls.Words[w]))
                {
                    problems.Add(new ValidationProblem($"$.classes.{name}.words[{w}]", "required", $"The class '{name}' has an empty word; remove it or write the word."));
                }
            }
        }

        foreach (var (name, frame) in document.Frames)
        {
            if (string.IsNullOrWhiteSpace(frame))
            {
                problems.Add(new ValidationProblem($"$.frames.{name}", "required", $"The frame '{name}' is empty; write the frame or remove it."));
            }
        }

        foreach (var (name, cls) in document.Classes)
        {
            if (!classes.TryAdd(name, cls))
            {
                problems.Add(new ValidationProblem($"$.classes.{name}", "duplicate-id", $"The class '{name}' is already defined by an earlier rule file."));
            }
        }

        foreach (var (name, frame) in document.Frames)
        {
            if (!named.TryAdd(name, frame))
            {
                problems.Add(new ValidationProblem($"$.frames.{name}", "duplicate-id", $"The frame '{name}' is already defined by an earlier rule file."));
            }
        }

        var explanations = new Dictionary<SafetyCategory, string>();
        for (var c = 0; c < document.Categories.Length; c++)
        {
            var category = document.Categories[c];
            if (!explanations.TryAdd(category.Category, category.Explanation))
            {
                problems.Add(new ValidationProblem($"$.categories[{c}].category", "duplicate-id", $"The category '{category.Category}' is explained twice."));
            }
        }

        if (document.Rules.IsEmpty)
        {
            problems.Add(new ValidationProblem("$.rules", "required", "The file has no rules; a safety rule file needs at least one."));
        }

        for (var r = 0; r < document.Rules.Length; r++)
        {
            var definition = document.Rules[r];
            var path = $"$.rules[{r}]";
            if (!Lexicon.IsName(definition.Id))
            {
                problems.Add(new ValidationProblem($"{path}.id", "invalid-id", $"The rule id '{definition.Id}' is not lower-kebab-case."));
            }
            else if (!ids.Add(definition.Id))
            {
                problems.Add(new ValidationProblem($"{path}.id", "duplicate-id", $"The rule id '{definition.Id}' is used twice."));
            }

            if (!Enum.IsDefined(definition.Category))
            {
                problems.Add(new ValidationProblem($"{path}.category", "invalid-value", $"The rule '{definition.Id}' has no known category."));
            }

            if (definition.Level is not (SafetyLevel.Concern or SafetyLevel.Urgent))
            {
                problems.Add(new ValidationProblem($"{path}.level", "invalid-value", $"The rule '{definition.Id}' must have the level concern or urgent."));
            }

            if (definition.Frames.IsEmpty)
            {
                problems.Add(new ValidationProblem($"{path}.frames", "required", $"The rule '{definition.Id}' has no frames; it needs at least one."));
            }

            foreach (var (member, frames) in new[] { ("frames", definition.Frames), ("unless", definition.Unless), ("unlessBefore", definition.UnlessBefore), ("unlessSentence", definition.UnlessSentence) })
            {
                for (var i = 0; i < frames.Length; i++)
                {
                    if (string.IsNullOrWhiteSpace(frames[i]))
                    {
                        problems.Add(new ValidationProblem($"{path}.{member}[{i}]", "required", $"The rule '{definition.Id}' has an empty frame; write the frame or remove it."));
                    }
                }
            }

            var explanation = definition.Explanation
                ?? (explanations.TryGetValue(definition.Category, out var own) ? own : null)
                ?? ExplanationOf(definition.Category);
            if (explanation is null)
            {
                problems.Add(new ValidationProblem($"{path}.explanation", "required",
                    $"The rule '{definition.Id}' has no explanation, and neither its file nor the built-in rules explain its category '{definition.Category}'."));
                explanation = string.Empty;
            }

            rules.Add(new SafetyRule(definition.Id, definition.Category, definition.Level, explanation));
            frameRules.Add(new FrameRule(path, definition.Frames, definition.Unless, definition.UnlessBefore, definition.UnlessSentence));
        }
    }

    // Whether the first files compile together, with their rules.
    private static bool Compiles(LexiconDocument lexicon, IReadOnlyList<(string Source, SafetyRuleDocument Document)> files, int count, List<FrameRule> rules) =>
        FrameProblem(lexicon, files, count, rules) is null;

    // The problem of compiling the first files' classes and frames with the given rules, or null when they compile.
    private static ValidationProblem? FrameProblem(LexiconDocument lexicon, IReadOnlyList<(string Source, SafetyRuleDocument Document)> files, int count, List<FrameRule> rules)
    {
        var classes = new Dictionary<string, WordClassDocument>(StringComparer.Ordinal);
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, document) in files.Take(count))
        {
            foreach (var (name, cls) in document.Classes)
            {
                classes.TryAdd(name, cls);
            }

            foreach (var (name, frame) in document.Frames)
            {
                named.TryAdd(name, frame);
            }
        }

        try
        {
            _ = FrameMatcher.Compile(lexicon, classes, named, rules);
            return null;
        }
        catch (FrameException ex)
        {
            return new ValidationProblem(ex.Path, "invalid-frame", ex.Problem);
        }
    }

    // The built-in explanation of a category, for app rules that give none.
    private static string? ExplanationOf(SafetyCategory category)
    {
        foreach (var c in EnglishDocument.Categories)
        {
            if (c.Category == category)
            {
                return c.Explanation;
            }
        }

        return null;
    }

    private static SafetyRuleDocument LoadEnglishDocument()
    {
        using var stream = typeof(SafetyRuleSet).Assembly.GetManifestResourceStream(EnglishResource)
            ?? throw new InvalidOperationException($"The built-in safety rules resource '{EnglishResource}' is missing from the IntimacyKit assembly.");
        return Read(() => JsonSerializer.Deserialize(stream, IntimacyKitJsonContext.Default.SafetyRuleDocument), EnglishResource);
    }
}
