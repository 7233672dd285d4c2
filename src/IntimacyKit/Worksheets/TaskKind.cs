using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Worksheets;

/// <summary>The kind of work a <see cref="FairnessTask"/> is.</summary>
/// <remarks>In JSON the values are lower kebab case: <c>household</c>, <c>emotional</c>, <c>decision-making</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<TaskKind>))]
public enum TaskKind
{
    /// <summary>Running the home: meals, cleaning, bills, repairs, appointments.</summary>
    Household = 1,

    /// <summary>Keeping relationships going: remembering birthdays, noticing moods, smoothing conflicts, staying in touch with family.</summary>
    Emotional = 2,

    /// <summary>Deciding: money, holidays, where to live, what the children need.</summary>
    DecisionMaking = 3,
}
