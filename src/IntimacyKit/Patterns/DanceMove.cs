using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Patterns;

/// <summary>
/// A move that makes up part of a <see cref="Dance"/> without being one of the three <see cref="AnxietyResponse"/>s:
/// carrying the other's load, leaving it to them, and the moves of a volatile cycle. A self-assessment question can
/// measure one of them, and a <see cref="DanceRole"/> names the moves that show it.
/// </summary>
/// <remarks>
/// Like the responses, a move describes what a person does, not who they are. In JSON the values are written in
/// lower-kebab-case: <c>over-function</c>, <c>under-function</c>, <c>escalate</c>, <c>match-intensity</c>,
/// <c>make-up-intensely</c>.
/// </remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<DanceMove>))]
public enum DanceMove
{
    /// <summary>Taking charge of the other person's tasks and feelings (chapter 4).</summary>
    OverFunction = 1,

    /// <summary>Leaving tasks, decisions and the emotional upkeep to the other person (chapter 4).</summary>
    UnderFunction = 2,

    /// <summary>Raising the heat: sharper words, a louder voice, a bigger accusation (chapter 5).</summary>
    Escalate = 3,

    /// <summary>Meeting heat with heat instead of slowing down (chapter 5).</summary>
    MatchIntensity = 4,

    /// <summary>Making up with an intensity that feels like deep closeness after a fight (chapter 5).</summary>
    MakeUpIntensely = 5,
}
