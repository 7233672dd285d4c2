using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Safety;

/// <summary>How serious the things a <see cref="SafetyScreen"/> found in a text are. The values are ordered: compare them with <c>&lt;</c> and <c>&gt;</c>.</summary>
/// <remarks>In JSON the values are lower-kebab-case: <c>none</c>, <c>concern</c>, <c>urgent</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<SafetyLevel>))]
public enum SafetyLevel
{
    /// <summary>Nothing the screen looks for was found. This is not a promise that the person is safe.</summary>
    None = 0,

    /// <summary>
    /// Signs of coercive control or intimidation, such as being monitored, cut off from friends, kept from money or
    /// keys, or walls punched and things thrown: show the safety resources alongside, not exercises that ask the person
    /// to confront, accommodate or repair with the partner.
    /// </summary>
    Concern = 1,

    /// <summary>
    /// Signs of danger: violence, threats to harm or kill, weapons, strangling, sexual coercion, harm to children, or
    /// thoughts of self-harm or suicide. Show the safety resources first.
    /// </summary>
    Urgent = 2,
}
