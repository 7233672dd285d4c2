using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Safety;

/// <summary>What a <see cref="SafetyFinding"/> is about.</summary>
/// <remarks>
/// The first seven are found at <see cref="SafetyLevel.Urgent"/>, the last two at <see cref="SafetyLevel.Concern"/>.
/// In JSON the values are lower-kebab-case: <c>physical-violence</c>, <c>coercive-control</c>.
/// </remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<SafetyCategory>))]
public enum SafetyCategory
{
    /// <summary>Being hit, punched, slapped, kicked, pushed, beaten or otherwise physically hurt.</summary>
    PhysicalViolence = 1,

    /// <summary>A threat to hurt or kill, or fear of being hurt or killed.</summary>
    Threat = 2,

    /// <summary>A weapon used, shown or kept in a way that frightens: a gun, a knife, a bat.</summary>
    Weapon = 3,

    /// <summary>Strangling or choking: pressure on the neck or throat. Dangerous even when it leaves no mark.</summary>
    Strangulation = 4,

    /// <summary>Sex or sexual contact that was forced, pressured or not agreed to.</summary>
    SexualCoercion = 5,

    /// <summary>A child hurt or threatened.</summary>
    HarmToChildren = 6,

    /// <summary>Self-harm, or thoughts of suicide or of not wanting to be alive.</summary>
    SelfHarm = 7,

    /// <summary>Coercive control: being monitored, cut off from friends or family, or kept from money, movement or keys.</summary>
    CoerciveControl = 8,

    /// <summary>Intimidation: punching walls, throwing or breaking things, menacing gestures, being afraid of the partner.</summary>
    Intimidation = 9,

    /// <summary>Stalking and surveillance: following, turning up or waiting outside, hidden trackers, fake accounts after a block, messages after being told to stop.</summary>
    Stalking = 10,

    /// <summary>Economic abuse: money, cards, accounts, wages or debts controlled or taken, work forbidden, receipts demanded.</summary>
    EconomicAbuse = 11,
}
