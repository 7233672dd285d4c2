using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;

namespace IntimacyKit.Worksheets;

/// <summary>
/// The escalation plan: two triggers that tend to turn a disagreement into a blow-up, one concrete de-escalation
/// step decided in advance, and optionally a calmer, curious question to ask in place of an escalating phrase.
/// After Harriet Lerner, <em>The Dance of Intimacy</em>, chapter 5.
/// </summary>
/// <remarks>
/// Valid with exactly two different triggers, a strategy, and a description of what the person will do or say;
/// a return time, when given, is 1 to 1,440 minutes, and the escalating phrase and the calmer question come as a pair.
/// Immutable and thread-safe; see <see cref="Worksheet"/> for equality and JSON.
/// </remarks>
public sealed record EscalationPlan : Worksheet
{
    /// <summary>The number of triggers the plan names.</summary>
    public const int TriggerCount = 2;

    /// <summary>The longest pause the plan accepts before returning to the conversation: one day.</summary>
    public const int MaxReturnAfterMinutes = 1440;

    private const string TriggersLabel = "My two escalation triggers";
    private const string StrategyLabel = "My de-escalation step";
    private const string ActionLabel = "What I will do or say";
    private const string ReturnLabel = "I will come back to the conversation after";
    private const string PhraseLabel = "A phrase that escalates";
    private const string QuestionLabel = "A calmer, curious question instead";

    /// <summary>Gets the two triggers, such as "being interrupted" or "a raised voice late at night".</summary>
    public ImmutableArray<string> Triggers { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the kind of de-escalation step chosen.</summary>
    public required DeEscalationStrategy Strategy { get; init; }

    /// <summary>Gets what exactly the person will do or say, such as "I'm getting overwhelmed; can we pause and come back to this?".</summary>
    public required string WhatIWillDo { get; init; }

    /// <summary>Gets after how many minutes the person will come back to the conversation, or <see langword="null"/>.</summary>
    public int? ReturnAfterMinutes { get; init; }

    /// <summary>Gets a phrase of one's own that tends to escalate, such as "Why do you always do this?", or <see langword="null"/>.</summary>
    public string? EscalatingPhrase { get; init; }

    /// <summary>Gets the calmer, curiosity-based question to ask instead, or <see langword="null"/>.</summary>
    public string? CalmerQuestion { get; init; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Heading => "Escalation plan";

    /// <inheritdoc/>
    [JsonIgnore]
    public override int ChapterNumber => 5;

    private protected override void Check(WorksheetCheck check)
    {
        var triggers = Triggers.OrEmpty();
        if (triggers.Length != TriggerCount)
        {
            check.Add("triggers", "wrong-count", string.Create(CultureInfo.InvariantCulture,
                $"'{TriggersLabel}' needs exactly {TriggerCount} triggers; it has {triggers.Length}."));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < triggers.Length; i++)
        {
            var path = WorksheetCheck.Index("triggers", i);
            check.Text(path, triggers[i], TriggersLabel);
            if (!string.IsNullOrWhiteSpace(triggers[i]) && !seen.Add(triggers[i].Trim()))
            {
                check.Add(path, "duplicate", $"The trigger '{triggers[i].Trim()}' is listed twice; name two different triggers.");
            }
        }

        check.Defined("strategy", Strategy, StrategyLabel);
        check.Text("whatIWillDo", WhatIWillDo, ActionLabel);
        if (ReturnAfterMinutes is < 1 or > MaxReturnAfterMinutes)
        {
            check.Add("returnAfterMinutes", "out-of-range", string.Create(CultureInfo.InvariantCulture,
                $"'{ReturnLabel}' must be from 1 to {MaxReturnAfterMinutes} minutes; {ReturnAfterMinutes} is not."));
        }

        check.Text("escalatingPhrase", EscalatingPhrase, PhraseLabel, required: CalmerQuestion is not null);
        check.Text("calmerQuestion", CalmerQuestion, QuestionLabel, required: EscalatingPhrase is not null);
    }

    private protected override void Write(WorksheetWriter writer)
    {
        writer.Section(TriggersLabel);
        writer.List(Triggers);
        writer.Section(StrategyLabel);
        writer.Answer("Step", Strategy switch
        {
            DeEscalationStrategy.Pause => "Pause",
            DeEscalationStrategy.Breathe => "Breathe",
            DeEscalationStrategy.NameTheFeeling => "Name the feeling",
            DeEscalationStrategy.Other => "My own step",
            _ => null,
        });
        writer.Answer(ActionLabel, WhatIWillDo);
        if (ReturnAfterMinutes is int minutes)
        {
            writer.Answer(ReturnLabel, $"{writer.Number(minutes)} {(minutes == 1 ? "minute" : "minutes")}");
        }

        if (EscalatingPhrase is not null || CalmerQuestion is not null)
        {
            writer.Section("A calmer question");
            writer.Answer(PhraseLabel, EscalatingPhrase);
            writer.Answer(QuestionLabel, CalmerQuestion);
        }

        writer.Prompt("Slow down, name what you feel, and bring the conversation back to the present.");
    }
}
