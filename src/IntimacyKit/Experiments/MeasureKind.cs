using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Experiments;

/// <summary>The scale on which an experiment's goal is measured.</summary>
/// <remarks>In JSON the values are lower-kebab-case: <c>count</c>, <c>yes-no</c>, <c>rating</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<MeasureKind>))]
public enum MeasureKind
{
    /// <summary>A whole number of times, zero or more, such as how many small "no"s were said in a week.</summary>
    Count = 1,

    /// <summary>Whether something happened: 0 for no, 1 for yes, such as "we talked about fairness this week".</summary>
    YesNo = 2,

    /// <summary>A rating from 1 to 10, such as how calm the last disagreement felt.</summary>
    Rating = 3,
}
