using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Safety;

/// <summary>What kind of item a <see cref="WithheldItem"/> is.</summary>
/// <remarks>In JSON the values are lower-kebab-case: <c>exercise</c>, <c>practice</c>, <c>script</c>, <c>toolbox-item</c>, <c>antidote</c>, <c>circuit-breaker</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<WithheldItemKind>))]
public enum WithheldItemKind
{
    /// <summary>An <see cref="Exercises.Exercise"/>.</summary>
    Exercise = 1,

    /// <summary>A <see cref="Exercises.Practice"/>.</summary>
    Practice = 2,

    /// <summary>A <see cref="Scripts.ScriptTemplate"/>.</summary>
    Script = 3,

    /// <summary>A <see cref="Scripts.ToolboxItem"/>.</summary>
    ToolboxItem = 4,

    /// <summary>An <see cref="Patterns.Antidote"/> of a pattern.</summary>
    Antidote = 5,

    /// <summary>A <see cref="Patterns.CircuitBreaker"/> of a dance.</summary>
    CircuitBreaker = 6,
}
