using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Scripts;

/// <summary>What kind of value a <see cref="ScriptParameter"/> takes, which decides how it is checked and formatted.</summary>
/// <remarks>In JSON the values are lower-kebab-case: <c>text</c>, <c>clock-time</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<ScriptParameterKind>))]
public enum ScriptParameterKind
{
    /// <summary>Free text, such as the task one cannot do right now. A <see cref="string"/>.</summary>
    Text = 1,

    /// <summary>A feeling word or phrase, such as <c>hurt</c> or <c>overwhelmed</c>. A <see cref="string"/>.</summary>
    Feeling = 2,

    /// <summary>A specific, observable behaviour, such as <c>plans change at the last minute</c>. A <see cref="string"/>.</summary>
    Behaviour = 3,

    /// <summary>A concrete request, such as <c>a heads-up the day before</c>. A <see cref="string"/>.</summary>
    Request = 4,

    /// <summary>A length of time, such as a break of 20 minutes. A <see cref="TimeSpan"/>, written as <c>20 minutes</c> or <c>1 hour and 30 minutes</c>.</summary>
    Duration = 5,

    /// <summary>A time of day, such as the time to come back. A <see cref="TimeOnly"/>, written in the culture's short time format.</summary>
    ClockTime = 6,

    /// <summary>A day of the week. A <see cref="DayOfWeek"/>, written as the culture's day name.</summary>
    Day = 7,
}
