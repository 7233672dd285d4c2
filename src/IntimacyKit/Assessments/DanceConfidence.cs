using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Assessments;

/// <summary>How clearly two partners' answers show a dance; a dance their answers do not show clearly is not named at all.</summary>
/// <remarks>In JSON the values are written in lower case: <c>moderate</c>, <c>high</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<DanceConfidence>))]
public enum DanceConfidence
{
    /// <summary>Both partners' answers show their part, at least one of them only moderately (a strength below 0.75).</summary>
    Moderate = 1,

    /// <summary>Both partners' answers show their part strongly (a strength of 0.75 or more each).</summary>
    High = 2,
}
