using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Exercises;

/// <summary>What kind of activity an <see cref="Exercise"/> asks for.</summary>
/// <remarks>In JSON the values are lower-kebab-case: <c>script-rehearsal</c>, <c>behavioural-experiment</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<ExerciseKind>))]
public enum ExerciseKind
{
    /// <summary>Reflective writing, such as a paragraph about what one fears losing.</summary>
    Writing = 1,

    /// <summary>A chart or table to fill in, such as the two-column conflict chart.</summary>
    Chart = 2,

    /// <summary>Writing a short script and rehearsing it until it comes easily.</summary>
    ScriptRehearsal = 3,

    /// <summary>Trying a new behaviour in real life and noticing what happens.</summary>
    BehaviouralExperiment = 4,

    /// <summary>Saying a line aloud with a friend, or acting it out in a journal.</summary>
    RolePlay = 5,

    /// <summary>Making a plan, such as a six-week experiment or a crisis plan.</summary>
    Planning = 6,
}
