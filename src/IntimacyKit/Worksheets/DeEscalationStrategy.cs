using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Worksheets;

/// <summary>The kind of de-escalation step an <see cref="EscalationPlan"/> commits to.</summary>
/// <remarks>In JSON the values are lower kebab case: <c>pause</c>, <c>breathe</c>, <c>name-the-feeling</c>, <c>other</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<DeEscalationStrategy>))]
public enum DeEscalationStrategy
{
    /// <summary>Ask for a break and say when the conversation will continue.</summary>
    Pause = 1,

    /// <summary>Slow down the body first: a few slow breaths before answering.</summary>
    Breathe = 2,

    /// <summary>Name the feeling out loud ("I'm getting overwhelmed") instead of acting it out.</summary>
    NameTheFeeling = 3,

    /// <summary>Another concrete step, described in <see cref="EscalationPlan.WhatIWillDo"/>.</summary>
    Other = 4,
}
