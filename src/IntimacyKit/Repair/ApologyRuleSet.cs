using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using IntimacyKit.Coaching;
using IntimacyKit.Serialization;

namespace IntimacyKit.Repair;

/// <summary>
/// The apology review's rules compiled once, with the message coach's machinery (<see cref="CoachRuleSet.Expand"/> for
/// word sets, <see cref="CoachRuleSet.Create"/> for non-backtracking expressions with a time budget): one expression
/// per rule, so every span says which rule found it, and one combined expression each for the time markers and the
/// vague changes.
/// </summary>
internal sealed class ApologyRuleSet
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private ApologyRuleSet(ImmutableArray<ApologyRule> rules, Regex timeMarkers, Regex vague, Dictionary<string, string> messages)
    {
        Rules = rules;
        TimeMarkers = timeMarkers;
        Vague = vague;
        Messages = messages;
    }

    /// <summary>Gets the rules that mark spans (steps, vague changes, non-apologies), in file order.</summary>
    public ImmutableArray<ApologyRule> Rules { get; }

    /// <summary>Gets the expression that finds any time marker.</summary>
    public Regex TimeMarkers { get; }

    /// <summary>Gets the expression that finds any vague change.</summary>
    public Regex Vague { get; }

    /// <summary>Gets the explanations of the findings no single rule fires, keyed by id.</summary>
    public IReadOnlyDictionary<string, string> Messages { get; }

    /// <summary>Reads a rules document.</summary>
    public static ApologyRulesDocument Read(Stream utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, IntimacyKitJsonContext.Default.ApologyRulesDocument)
            ?? throw new JsonException("The apology rules document is null.");

    /// <summary>Compiles a rules document.</summary>
    /// <exception cref="InvalidOperationException">A duplicate id, a missing explanation or message, an unknown set, or a pattern NonBacktracking cannot run.</exception>
    public static ApologyRuleSet Compile(ApologyRulesDocument document)
    {
        var sets = document.Sets.ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value, StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rules = new List<ApologyRule>();
        var time = new List<string>();
        var vague = new List<string>();
        foreach (var data in document.Rules)
        {
            if (!ids.Add(data.Id))
            {
                throw new InvalidOperationException($"Apology rule '{data.Id}' appears more than once.");
            }

            var pattern = CoachRuleSet.Expand(data.Id, data.Pattern, sets);
            if (data.Kind == ApologyRuleKind.TimeMarker)
            {
                time.Add(pattern);
                continue;
            }

            if (data.Kind is ApologyRuleKind.VagueChange or ApologyRuleKind.NonApology && string.IsNullOrWhiteSpace(data.Explanation))
            {
                throw new InvalidOperationException($"Apology rule '{data.Id}' reports a finding but has no explanation.");
            }

            if (data.Kind == ApologyRuleKind.VagueChange)
            {
                vague.Add(pattern);
            }

            rules.Add(new ApologyRule(data.Id, data.Kind, data.Weak, CoachRuleSet.Create(pattern, Options, $"apology rule '{data.Id}'"), data.Explanation ?? ""));
        }

        var messageIds = RepairChecklist.Steps.Select(MissingId).Append(ChangeWithoutTimeId);
        foreach (var id in messageIds.Where(id => !document.Messages.ContainsKey(id)))
        {
            throw new InvalidOperationException($"The apology rules have no message '{id}'.");
        }

        if (time.Count == 0 || vague.Count == 0)
        {
            throw new InvalidOperationException("The apology rules need at least one time-marker rule and one vague-change rule.");
        }

        return new ApologyRuleSet(
            [.. rules],
            CoachRuleSet.Create(string.Join('|', time.Select(p => $"(?:{p})")), Options, "the apology time markers"),
            CoachRuleSet.Create(string.Join('|', vague.Select(p => $"(?:{p})")), Options, "the apology vague changes"),
            new Dictionary<string, string>(document.Messages, StringComparer.Ordinal));
    }

    /// <summary>The id of the rule reported when a change has no time.</summary>
    public const string ChangeWithoutTimeId = "change-without-time";

    /// <summary>Gets the id reported for a missing step, such as <c>missing-state-change</c>.</summary>
    public static string MissingId(RepairStep step) => "missing-" + JsonNamingPolicy.KebabCaseLower.ConvertName(step.ToString());
}

/// <summary>One compiled apology rule.</summary>
internal sealed record ApologyRule(string Id, ApologyRuleKind Kind, bool Weak, Regex Regex, string Explanation);
