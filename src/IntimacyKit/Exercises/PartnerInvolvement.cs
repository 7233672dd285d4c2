using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Exercises;

/// <summary>
/// What an exercise, practice, script, toolbox item, antidote or circuit breaker asks a person to do with their partner
/// (see <see cref="IPartnerInvolving"/>). The safety gate uses it: where there are signs of danger, anything that asks a
/// person to confront, accommodate, renegotiate with, repair with or do something together with their partner is
/// withheld, and reflection and self-care remain. Every item with a value other than <see cref="None"/> carries a safety note.
/// </summary>
/// <remarks>In JSON the values are lower case: <c>none</c>, <c>confront</c>, <c>accommodate</c>, <c>renegotiate</c>, <c>repair</c>, <c>joint</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<PartnerInvolvement>))]
public enum PartnerInvolvement
{
    /// <summary>Reflection, self-care or practice on one's own, or with a friend; the default.</summary>
    None = 0,

    /// <summary>Raising something with the partner, holding a boundary with them or letting them stay uncomfortable, such as the honesty formula or a small "no".</summary>
    Confront = 1,

    /// <summary>Adapting to the partner's needs, such as asking how to support them.</summary>
    Accommodate = 2,

    /// <summary>Renegotiating roles or expectations with the partner, such as redistributing a task.</summary>
    Renegotiate = 3,

    /// <summary>Repairing a rupture with the partner: apologising, asking for repair, following through.</summary>
    Repair = 4,

    /// <summary>Done together with the partner.</summary>
    Joint = 5,
}
