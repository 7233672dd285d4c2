using System.Collections.Immutable;
using System.Text.Json.Serialization;
using IntimacyKit.Serialization;
using IntimacyKit.Text;

namespace IntimacyKit.Repair;

/// <summary>
/// The apology review's rules file, <c>Content/apology-rules.en.json</c>: frames over the language's lexicon and the
/// classes below, read by the text engine (see <see cref="ApologyRuleSet"/>).
/// </summary>
internal sealed record ApologyRulesDocument
{
    public required string Language { get; init; }

    public string? Description { get; init; }

    /// <summary>Word classes the frames name as <c>@name</c>, besides the lexicon's.</summary>
    public ImmutableDictionary<string, WordClassDocument> Classes { get; init => field = value ?? ImmutableDictionary<string, WordClassDocument>.Empty; } = ImmutableDictionary<string, WordClassDocument>.Empty;

    /// <summary>Named frames, <c>%name</c> in a frame.</summary>
    public ImmutableDictionary<string, string> Frames { get; init => field = value ?? ImmutableDictionary<string, string>.Empty; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Explanations of the findings no single rule fires, keyed by their rule id (<c>missing-acknowledge</c>, <c>change-without-time</c>…).</summary>
    public required ImmutableDictionary<string, string> Messages { get; init; }

    public required ImmutableArray<ApologyRuleData> Rules { get; init; }
}

/// <summary>One rule of the apology rules file.</summary>
internal sealed record ApologyRuleData
{
    /// <summary>The rule's lower-kebab-case id, reported in findings and step spans.</summary>
    public required string Id { get; init; }

    [JsonConverter(typeof(KebabCaseEnumConverter<ApologyRuleKind>))]
    public required ApologyRuleKind Kind { get; init; }

    /// <summary>The frames, any of which finds the rule.</summary>
    public required ImmutableArray<string> Frames { get; init; }

    /// <summary>Frames that excuse a match when one matches from any of its words.</summary>
    public ImmutableArray<string> Unless { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Whether a match must end its clause (nothing but white space before the next punctuation mark or the end).</summary>
    public bool Closing { get; init; }

    /// <summary>Whether a change rule is a bare commitment ("I will") that gives way to a reparative act or follow-up in its clause.</summary>
    public bool Weak { get; init; }

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
