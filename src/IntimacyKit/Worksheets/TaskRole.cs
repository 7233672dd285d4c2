using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Worksheets;

/// <summary>The three parts of carrying a task, each of which a <see cref="TaskFairnessLedger"/> assigns separately.</summary>
/// <remarks>In JSON the values are lower case: <c>conception</c>, <c>planning</c>, <c>doing</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<TaskRole>))]
public enum TaskRole
{
    /// <summary>Noticing that it needs doing and keeping it in mind (the part that is easy to overlook).</summary>
    Conception = 1,

    /// <summary>Working out how and when it will be done.</summary>
    Planning = 2,

    /// <summary>Doing it.</summary>
    Doing = 3,
}
