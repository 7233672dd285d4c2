using System.Collections.Immutable;
using System.Text.Json;
using IntimacyKit.Serialization;
using IntimacyKit.Text;

namespace IntimacyKit.Coaching;

/// <summary>
/// The coach's rules compiled once onto the text engine (<see cref="TextRuleSet"/> over <see cref="FrameMatcher"/>):
/// the rules file's frames over the language's lexicon, the file's classes and the vocabulary's (pleasant-feelings,
/// unpleasant-feelings, faux-feelings, intensifiers, thought-markers, thought-subjects), and after them the rewrite's
/// frames, so that a message is read once for its findings and for the parts of its rewrite.
/// </summary>
internal sealed class CoachRuleSet
{
    private CoachRuleSet(ImmutableArray<CoachRule> rules, TextRuleSet text)
    {
        Rules = rules;
        Text = text;
    }

    /// <summary>Gets every rule, in file order; rule <c>i</c> of <see cref="Text"/> is rule <c>i</c> here.</summary>
    public ImmutableArray<CoachRule> Rules { get; }

    /// <summary>Gets the compiled rules; after <see cref="Rules"/> come the rewrite's frames, one rule per <see cref="RewritePart"/>.</summary>
    public TextRuleSet Text { get; }

    private static readonly Lazy<CoachRulesDocument> s_builtIn = new(ReadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the built-in English rules document, read once.</summary>
    public static CoachRulesDocument BuiltIn => s_builtIn.Value;

    /// <summary>Reads a rules document.</summary>
    public static CoachRulesDocument Read(Stream utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, IntimacyKitJsonContext.Default.CoachRulesDocument)
            ?? throw new JsonException("The coach rules document is null.");

    /// <summary>Gets the index in <see cref="Text"/> of a part of the rewrite.</summary>
    public int IndexOf(RewritePart part) => Rules.Length + (int)part;

    /// <summary>Compiles a rules document, with the vocabulary's word classes.</summary>
    /// <exception cref="InvalidOperationException">A rule is invalid: a duplicate id, no frame, an unknown class or form, or a frame the engine cannot read.</exception>
    public static CoachRuleSet Compile(CoachRulesDocument document, FeelingsVocabulary vocabulary) => Compile(document, [], vocabulary);

    /// <summary>Compiles the built-in rules document and after it an app's rule files, with the vocabulary's word classes.</summary>
    /// <param name="document">The built-in rules, with the antidotes and the rewrite's frames.</param>
    /// <param name="files">The app's files, each with where it was read from; their rules follow the built-in ones.</param>
    /// <param name="vocabulary">The feelings vocabulary, whose word lists are classes.</param>
    /// <returns>The compiled rules.</returns>
    /// <exception cref="InvalidOperationException">The built-in rules are invalid.</exception>
    /// <exception cref="CoachRulesException">An app's file is invalid; the problem is given with its JSON path.</exception>
    public static CoachRuleSet Compile(CoachRulesDocument document, IReadOnlyList<(string Source, CoachRulesDocument Document)> files, FeelingsVocabulary vocabulary)
    {
        var classes = new Dictionary<string, WordClassDocument>(StringComparer.Ordinal)
        {
            ["pleasant-feelings"] = new() { Words = vocabulary.PleasantFeelings },
            ["unpleasant-feelings"] = new() { Words = vocabulary.UnpleasantFeelings },
            ["faux-feelings"] = new() { Words = [.. vocabulary.FauxFeelings.Keys] },
            ["intensifiers"] = new() { Words = vocabulary.Intensifiers },
            ["thought-markers"] = new() { Words = vocabulary.ThoughtMarkers },
            ["thought-subjects"] = new() { Words = vocabulary.ThoughtSubjects },
        };
        foreach (var (name, cls) in document.Classes)
        {
            if (!classes.TryAdd(name, cls))
            {
                throw new InvalidOperationException($"The coach rules define the class '{name}', which the vocabulary defines.");
            }
        }

        var named = new Dictionary<string, string>(document.Frames, StringComparer.Ordinal);
        foreach (var (source, file) in files)
        {
            CheckFile(source, file, document, classes, named);
        }

        var antidotes = new Dictionary<CoachFindingKind, CoachAntidoteData>();
        foreach (var kind in Enum.GetValues<CoachFindingKind>())
        {
            var name = JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());
            antidotes[kind] = document.Antidotes.GetValueOrDefault(name)
                ?? throw new InvalidOperationException($"The coach rules have no antidote for the kind '{name}' ($.antidotes.{name}).");
        }

        foreach (var name in document.Antidotes.Keys)
        {
            if (!Enum.GetValues<CoachFindingKind>().Any(k => JsonNamingPolicy.KebabCaseLower.ConvertName(k.ToString()) == name))
            {
                throw new InvalidOperationException($"The coach rules give an antidote for '{name}' ($.antidotes.{name}), which is not a finding kind.");
            }
        }

        var rules = ImmutableArray.CreateBuilder<CoachRule>();
        var textRules = new List<TextRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var all = document.Rules.Select((r, i) => (Source: (string?)null, Path: $"$.rules[{i}]", Rule: r))
            .Concat(files.SelectMany(f => f.Document.Rules.Select((r, i) => (Source: (string?)f.Source, Path: $"$.rules[{i}]", Rule: r))))
            .ToList();
        foreach (var (source, path, data) in all)
        {
            if (!ids.Add(data.Id))
            {
                throw source is null
                    ? new InvalidOperationException($"Coach rule '{data.Id}' appears more than once.")
                    : new CoachRulesException(source, [new ValidationProblem($"{path}.id", "duplicate-id", $"The rule id '{data.Id}' is used twice (by this file or the built-in rules).")]);
            }

            var form = data.Written switch
            {
                null => TextRuleForm.Frames,
                "capitals" => TextRuleForm.Capitals,
                "stacked-marks" => TextRuleForm.StackedMarks,
                _ => throw Invalid(source, $"{path}.written", "invalid-value", $"Coach rule '{data.Id}' is written '{data.Written}'; a rule is written 'capitals' or 'stacked-marks', or has frames."),
            };
            if (form == TextRuleForm.Frames && data.Frames.IsEmpty)
            {
                throw Invalid(source, $"{path}.frames", "required", $"Coach rule '{data.Id}' has no frames.");
            }

            rules.Add(new CoachRule(data.Id, data.Kind, data.Explanation, data.Suggestion, antidotes[data.Kind]));
            textRules.Add(new TextRule(source is null ? path : $"{source} {path}")
            {
                Form = form,
                Frames = data.Frames,
                Unless = data.Unless,
                UnlessBefore = data.UnlessBefore,
                UnlessSentence = data.UnlessSentence,
                UnlessOpening = data.UnlessOpening,
                UnlessClosing = data.UnlessClosing,
                Opening = data.Opening,
                Closing = data.Closing,
                MinLetters = data.MinLetters,
                Acronyms = data.Acronyms,
            });
        }

        var rewrite = document.Rewrite ?? throw new InvalidOperationException("The built-in coach rules have no rewrite frames ($.rewrite).");
        foreach (var (part, frames) in new[] { (RewritePart.Feeling, rewrite.Feeling), (RewritePart.When, rewrite.When), (RewritePart.Always, rewrite.Always), (RewritePart.Request, rewrite.Request) })
        {
            textRules.Add(new TextRule($"$.rewrite.{JsonNamingPolicy.CamelCase.ConvertName(part.ToString())}") { Frames = frames });
        }

        try
        {
            return new CoachRuleSet(rules.ToImmutable(), TextRuleSet.Compile(Lexicons.Get(document.Language), classes, named, textRules));
        }
        catch (FrameException ex) when (files.Count > 0)
        {
            // The built-in rules compile on their own, so the mistake is in an app's file: the rule paths name their
            // file; a class or named frame is the last file's, as the files are checked one at a time.
            var (source, path) = files.Select(f => f.Source).FirstOrDefault(s => ex.Path.StartsWith(s + " ", StringComparison.Ordinal)) is { } named1
                ? (named1, ex.Path[(named1.Length + 1)..])
                : (files[^1].Source, ex.Path);
            throw new CoachRulesException(source, [new ValidationProblem(path, "invalid-frame", ex.Problem)], ex);
        }
        catch (FrameException ex)
        {
            throw new InvalidOperationException($"The coach rules are invalid at {ex.Path}: {ex.Problem}", ex);
        }
    }

    // An app file's own problems: its language, members only the built-in file has, and names it takes again.
    private static void CheckFile(string source, CoachRulesDocument file, CoachRulesDocument builtIn, Dictionary<string, WordClassDocument> classes, Dictionary<string, string> named)
    {
        var problems = new List<ValidationProblem>();
        if (!string.Equals(Lexicons.LanguageOf(file.Language), Lexicons.LanguageOf(builtIn.Language), StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new ValidationProblem("$.language", "language-mismatch", $"The file's language '{file.Language}' is not that of the built-in coach rules, '{builtIn.Language}'."));
        }

        if (!file.Antidotes.IsEmpty)
        {
            problems.Add(new ValidationProblem("$.antidotes", "invalid-value", "An app's coach rules take their kinds' antidotes from the built-in rules; remove 'antidotes'."));
        }

        if (file.Rewrite is not null)
        {
            problems.Add(new ValidationProblem("$.rewrite", "invalid-value", "An app's coach rules take the rewrite's frames from the built-in rules; remove 'rewrite'."));
        }

        if (file.Rules.IsDefaultOrEmpty)
        {
            problems.Add(new ValidationProblem("$.rules", "required", "A coach rule file needs at least one rule."));
        }

        foreach (var (name, cls) in file.Classes)
        {
            if (!classes.TryAdd(name, cls))
            {
                problems.Add(new ValidationProblem($"$.classes.{name}", "duplicate-id", $"The class '{name}' is already defined by the built-in coach rules, the vocabulary or an earlier file; give it another name."));
            }
        }

        foreach (var (name, frame) in file.Frames)
        {
            if (!named.TryAdd(name, frame))
            {
                problems.Add(new ValidationProblem($"$.frames.{name}", "duplicate-id", $"The named frame '{name}' is already defined by the built-in coach rules or an earlier file; give it another name."));
            }
        }

        if (problems.Count > 0)
        {
            throw new CoachRulesException(source, problems);
        }
    }

    private static Exception Invalid(string? source, string path, string code, string message) =>
        source is null ? new InvalidOperationException(message) : new CoachRulesException(source, [new ValidationProblem(path, code, message)]);

    private static CoachRulesDocument ReadBuiltIn()
    {
        using var stream = typeof(CoachRuleSet).Assembly.GetManifestResourceStream(BuiltInContent.CoachRulesResource)
            ?? throw new InvalidOperationException($"The built-in content resource '{BuiltInContent.CoachRulesResource}' is missing from the IntimacyKit assembly.");
        return Read(stream);
    }
}

/// <summary>One compiled rule.</summary>
internal sealed record CoachRule(string Id, CoachFindingKind Kind, string Explanation, string Suggestion, CoachAntidoteData Antidote);

/// <summary>The parts of the message the rewrite reads, each found by frames of the rules file's <c>rewrite</c>.</summary>
internal enum RewritePart
{
    /// <summary>An unpleasant feeling named ("I'm so hurt").</summary>
    Feeling,

    /// <summary>The start of a behaviour after "when you".</summary>
    When,

    /// <summary>A generalised behaviour ("you always …").</summary>
    Always,

    /// <summary>The start of a request ("you should …", "please …").</summary>
    Request,
}
