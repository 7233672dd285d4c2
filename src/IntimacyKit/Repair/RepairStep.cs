using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Repair;

/// <summary>
/// One of the five steps of the repair checklist, in order: acknowledge what you did, express remorse, state a specific
/// change, offer a small reparative act, and agree on a follow-up (after Harriet Lerner, <i>The Dance of Intimacy</i>,
/// chapter 8). <see cref="RepairChecklist.Steps"/> lists them in order with a plain description of each.
/// </summary>
/// <remarks>In JSON the values are lower kebab case: <c>acknowledge</c>, <c>express-remorse</c>, <c>state-change</c>, <c>offer-reparative-act</c>, <c>agree-on-follow-up</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<RepairStep>))]
public enum RepairStep
{
    /// <summary>Step 1: say plainly what you did, without excuses.</summary>
    Acknowledge = 1,

    /// <summary>Step 2: say that you regret it and its effect on the other person.</summary>
    ExpressRemorse = 2,

    /// <summary>Step 3: name the specific, concrete change you will make, and from when.</summary>
    StateChange = 3,

    /// <summary>Step 4: offer a small act that starts to make things right.</summary>
    OfferReparativeAct = 4,

    /// <summary>Step 5: agree on when you will check in together on how the change is going.</summary>
    AgreeOnFollowUp = 5,
}
