using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Experiments;

/// <summary>Which way the goal's measure has moved from its baseline, judged against its target.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<TrendDirection>))]
public enum TrendDirection
{
    /// <summary>No measurement yet.</summary>
    NoData = 1,

    /// <summary>The latest reading is nearer the target than the baseline was.</summary>
    TowardTarget = 2,

    /// <summary>The latest reading equals the baseline.</summary>
    Unchanged = 3,

    /// <summary>The latest reading has moved away from the target.</summary>
    AwayFromTarget = 4,
}
