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

    /// <summary>Reads a rules document.</summary>
    public static CoachRulesDocument Read(Stream utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, IntimacyKitJsonContext.Default.CoachRulesDocument)
            ?? throw new JsonException("The coach rules document is null.");

    /// <summary>Gets the index in <see cref="Text"/> of a part of the rewrite.</summary>
    public int IndexOf(RewritePart part) => Rules.Length + (int)part;

    /// <summary>Compiles a rules document, with the vocabulary's word classes.</summary>
    /// <exception cref="InvalidOperationException">A rule is invalid: a duplicate id, no frame, an unknown class or form, or a frame the engine cannot read.</exception>
    public static CoachRuleSet Compile(CoachRulesDocument document, FeelingsVocabulary vocabulary)
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

        var rules = ImmutableArray.CreateBuilder<CoachRule>(document.Rules.Length);
        var textRules = new List<TextRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Rules.Length; i++)
        {
            var data = document.Rules[i];
            if (!ids.Add(data.Id))
            {
                throw new InvalidOperationException($"Coach rule '{data.Id}' appears more than once.");
            }

            var form = data.Written switch
            {
                null => TextRuleForm.Frames,
                "capitals" => TextRuleForm.Capitals,
                "stacked-marks" => TextRuleForm.StackedMarks,
                _ => throw new InvalidOperationException($"Coach rule '{data.Id}' is written '{data.Written}'; a rule is written 'capitals' or 'stacked-marks', or has frames."),
            };
            if (form == TextRuleForm.Frames && data.Frames.IsEmpty)
            {
                throw new InvalidOperationException($"Coach rule '{data.Id}' has no frames.");
            }

            rules.Add(new CoachRule(data.Id, data.Kind, data.Explanation, data.Suggestion, antidotes[data.Kind]));
            textRules.Add(new TextRule($"$.rules[{i}]")
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

        var rewrite = document.Rewrite;
        foreach (var (part, frames) in new[] { (RewritePart.Feeling, rewrite.Feeling), (RewritePart.When, rewrite.When), (RewritePart.Always, rewrite.Always), (RewritePart.Request, rewrite.Request) })
        {
            textRules.Add(new TextRule($"$.rewrite.{JsonNamingPolicy.CamelCase.ConvertName(part.ToString())}") { Frames = frames });
        }

        try
        {
            return new CoachRuleSet(rules.MoveToImmutable(), TextRuleSet.Compile(Lexicons.Get(document.Language), classes, document.Frames, textRules));
        }
        catch (FrameException ex)
        {
            throw new InvalidOperationException($"The coach rules are invalid at {ex.Path}: {ex.Problem}", ex);
        }
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
