using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Worksheets;

/// <summary>An agreed check-in of a <see cref="CrisisSupportPlan"/>: when the partners talk about how the plan is going, and about what.</summary>
/// <remarks>Immutable and thread-safe; equality compares every member. In JSON the day is lower case, such as <c>sunday</c>.</remarks>
public sealed record AgreedCheckIn
{
    /// <summary>Gets the day of the week, or <see langword="null"/> for every day.</summary>
    [JsonConverter(typeof(KebabCaseEnumConverter<DayOfWeek>))]
    public DayOfWeek? Day { get; init; }

    /// <summary>Gets the time of day, or <see langword="null"/> when not fixed.</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>Gets what the check-in is for, such as "what is hardest this week, and what should change in the plan".</summary>
    public required string Focus { get; init; }
}
