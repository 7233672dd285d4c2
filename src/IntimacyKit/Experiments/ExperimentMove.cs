using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Experiments;

/// <summary>
/// A change of an experiment's state. Returning to practice after a lapse, a pause or even giving up is a move of
/// its own, not an error: change comes from the willingness to fail and return to practice (after Harriet Lerner,
/// <i>The Dance of Intimacy</i>, chapter 10).
/// </summary>
/// <remarks>In JSON the values are lower-kebab-case: <c>start</c>, <c>pause</c>, <c>return-to-practice</c>, <c>complete</c>, <c>abandon</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<ExperimentMove>))]
public enum ExperimentMove
{
    /// <summary>From planned to active; the schedule starts that day.</summary>
    Start = 1,

    /// <summary>From active to paused.</summary>
    Pause = 2,

    /// <summary>Back to active after a pause, after giving up, or after a lapse while still active.</summary>
    ReturnToPractice = 3,

    /// <summary>From active or paused to completed.</summary>
    Complete = 4,

    /// <summary>From active or paused to abandoned.</summary>
    Abandon = 5,
}
