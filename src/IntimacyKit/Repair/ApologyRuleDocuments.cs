using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Repair;

/// <summary>The apology review's rules file, <c>Content/apology-rules.en.json</c>.</summary>
internal sealed class ApologyRulesDocument
{
    public required string Language { get; init; }

    public string? Notes { get; init; }

    /// <summary>Word sets that patterns name as <c>%name%</c>.</summary>
    public Dictionary<string, List<string>> Sets { get; set; } = [];

    /// <summary>Explanations of the findings no single rule fires, keyed by their rule id (<c>missing-acknowledge</c>, <c>change-without-time</c>…).</summary>
    public required Dictionary<string, string> Messages { get; init; }

    public required List<ApologyRuleData> Rules { get; init; }
}

/// <summary>One rule of the apology rules file.</summary>
internal sealed class ApologyRuleData
{
    /// <summary>The rule's lower-kebab-case id, reported in findings and step spans.</summary>
    public required string Id { get; init; }

    [JsonConverter(typeof(KebabCaseEnumConverter<ApologyRuleKind>))]
    public required ApologyRuleKind Kind { get; init; }

    /// <summary>A .NET regular expression for NonBacktracking; <c>%name%</c> stands for a set.</summary>
    public required string Pattern { get; init; }

    /// <summary>Whether a change rule is a bare commitment ("I will") that gives way to a reparative act or follow-up in its clause.</summary>
    public bool Weak { get; set; }

    /// <summary>The plain explanation of a finding; required for <c>vague-change</c> and <c>non-apology</c> rules.</summary>
    public string? Explanation { get; init; }
}

/// <summary>What a rule of the apology review looks for.</summary>
internal enum ApologyRuleKind
{
    // The first five have the values of RepairStep, so that a step rule's kind converts to its step.
    Acknowledge = RepairStep.Acknowledge,
    ExpressRemorse = RepairStep.ExpressRemorse,
    StateChange = RepairStep.StateChange,
    OfferReparativeAct = RepairStep.OfferReparativeAct,
    AgreeOnFollowUp = RepairStep.AgreeOnFollowUp,
    VagueChange = 6,
    NonApology = 7,
    TimeMarker = 8,
}
