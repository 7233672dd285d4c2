using System.Collections.Immutable;
using System.Text.Json;
using IntimacyKit.Serialization;
using IntimacyKit.Text;

namespace IntimacyKit.Repair;

/// <summary>
/// The apology review's rules compiled once onto the text engine, as the message coach's are (<see cref="TextRuleSet"/>
/// over <see cref="FrameMatcher"/>): one pass over a draft finds every rule's spans, the time markers among them, and
/// every span says which rule found it.
/// </summary>
internal sealed class ApologyRuleSet
{
    /// <summary>The id of the rule reported when a change has no time.</summary>
    public const string ChangeWithoutTimeId = "change-without-time";

    private ApologyRuleSet(ImmutableArray<ApologyRule> rules, TextRuleSet text, Dictionary<string, string> messages)
    {
        Rules = rules;
        Text = text;
        Messages = messages;
    }

    /// <summary>Gets every rule in file order, time markers too; rule <c>i</c> of <see cref="Text"/> is rule <c>i</c> here.</summary>
    public ImmutableArray<ApologyRule> Rules { get; }

    /// <summary>Gets the compiled rules.</summary>
    public TextRuleSet Text { get; }

    /// <summary>Gets the explanations of the findings no single rule fires, keyed by id.</summary>
    public IReadOnlyDictionary<string, string> Messages { get; }

    /// <summary>Reads a rules document.</summary>
    public static ApologyRulesDocument Read(Stream utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, IntimacyKitJsonContext.Default.ApologyRulesDocument)
            ?? throw new JsonException("The apology rules document is null.");

    /// <summary>Compiles a rules document.</summary>
    /// <exception cref="InvalidOperationException">A duplicate id, a missing explanation or message, no time marker or vague change, or a frame the engine cannot read.</exception>
    public static ApologyRuleSet Compile(ApologyRulesDocument document)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rules = ImmutableArray.CreateBuilder<ApologyRule>(document.Rules.Length);
        var textRules = new List<TextRule>();
        for (var i = 0; i < document.Rules.Length; i++)
        {
            var data = document.Rules[i];
            if (!ids.Add(data.Id))
            {
                throw new InvalidOperationException($"Apology rule '{data.Id}' appears more than once.");
            }

            if (data.Kind is ApologyRuleKind.VagueChange or ApologyRuleKind.NonApology && string.IsNullOrWhiteSpace(data.Explanation))
            {
                throw new InvalidOperationException($"Apology rule '{data.Id}' reports a finding but has no explanation.");
            }

            rules.Add(new ApologyRule(data.Id, data.Kind, data.Weak, data.Explanation ?? ""));
            textRules.Add(new TextRule($"$.rules[{i}]") { Frames = data.Frames, Unless = data.Unless, Closing = data.Closing });
        }

        var messageIds = RepairChecklist.Steps.Select(MissingId).Append(ChangeWithoutTimeId);
        foreach (var id in messageIds.Where(id => !document.Messages.ContainsKey(id)))
        {
            throw new InvalidOperationException($"The apology rules have no message '{id}'.");
        }

        if (!rules.Any(r => r.Kind == ApologyRuleKind.TimeMarker) || !rules.Any(r => r.Kind == ApologyRuleKind.VagueChange))
        {
            throw new InvalidOperationException("The apology rules need at least one time-marker rule and one vague-change rule.");
        }

        try
        {
            return new ApologyRuleSet(
                rules.MoveToImmutable(),
                TextRuleSet.Compile(Lexicons.Get(document.Language), document.Classes, document.Frames, textRules),
                new Dictionary<string, string>(document.Messages, StringComparer.Ordinal));
        }
        catch (FrameException ex)
        {
            throw new InvalidOperationException($"The apology rules are invalid at {ex.Path}: {ex.Problem}", ex);
        }
    }

    /// <summary>Finds every rule's spans in a text (quoted text skipped), ordered by start, then by rule.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The rule, start and length of each span.</returns>
    public List<(ApologyRule Rule, int Start, int Length)> Find(string text)
    {
        var found = new List<(int Rule, int Start, int Length)>();
        Text.Find(text, found);
        return found.ConvertAll(f => (Rules[f.Rule], f.Start, f.Length));
    }

    /// <summary>Gets the id reported for a missing step, such as <c>missing-state-change</c>.</summary>
    public static string MissingId(RepairStep step) => "missing-" + JsonNamingPolicy.KebabCaseLower.ConvertName(step.ToString());
}

/// <summary>One compiled apology rule.</summary>
internal sealed record ApologyRule(string Id, ApologyRuleKind Kind, bool Weak, string Explanation);
