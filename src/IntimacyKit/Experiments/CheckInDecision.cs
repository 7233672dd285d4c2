using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Experiments;

/// <summary>What the person decides at a check-in.</summary>
/// <remarks>In JSON the values are lower case: <c>keep</c>, <c>change</c>, <c>stop</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<CheckInDecision>))]
public enum CheckInDecision
{
    /// <summary>Keep the practice as it is.</summary>
    Keep = 1,

    /// <summary>Keep going, but adjust the practice.</summary>
    Change = 2,

    /// <summary>Stop the practice.</summary>
    Stop = 3,
}
