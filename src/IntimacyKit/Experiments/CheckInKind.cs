using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Experiments;

/// <summary>Which check-in of an experiment a <see cref="CheckIn"/> is.</summary>
/// <remarks>In JSON the values are lower case: <c>midpoint</c>, <c>final</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<CheckInKind>))]
public enum CheckInKind
{
    /// <summary>At the end of the plan's mid-point week (week 3 of 6 by default).</summary>
    Midpoint = 1,

    /// <summary>At the end of the last week, or later.</summary>
    Final = 2,
}
