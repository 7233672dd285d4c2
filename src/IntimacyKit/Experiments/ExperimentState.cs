using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Experiments;

/// <summary>Where an <see cref="Experiment"/> stands. It follows from the last <see cref="ExperimentMove"/> made.</summary>
/// <remarks>In JSON the values are lower case: <c>planned</c>, <c>active</c>, <c>paused</c>, <c>completed</c>, <c>abandoned</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<ExperimentState>))]
public enum ExperimentState
{
    /// <summary>Created but not started; no practice can be logged yet.</summary>
    Planned = 1,

    /// <summary>Under way: practices and measurements are being logged.</summary>
    Active = 2,

    /// <summary>Deliberately put on hold; <see cref="ExperimentMove.ReturnToPractice"/> picks it up again.</summary>
    Paused = 3,

    /// <summary>Finished, ideally with a final check-in.</summary>
    Completed = 4,

    /// <summary>Given up for now. Not the end: <see cref="ExperimentMove.ReturnToPractice"/> is always open while the experiment's dates last.</summary>
    Abandoned = 5,
}
