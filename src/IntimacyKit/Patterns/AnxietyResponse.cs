using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Patterns;

/// <summary>
/// The three habitual, often unconscious ways people respond to anxiety about closeness
/// (chapter 1 of <i>The Dance of Intimacy</i>). None is a diagnosis: each is a move in a dance that
/// two people make together, and each can change through practice.
/// </summary>
/// <remarks>In JSON the values are written in lower case: <c>withdraw</c>, <c>engulf</c>, <c>pursue</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<AnxietyResponse>))]
public enum AnxietyResponse
{
    /// <summary>Emotional distancing: going quiet, avoiding, stonewalling (chapter 3).</summary>
    Withdraw = 1,

    /// <summary>Losing one's boundaries in the other: over-adapting, over-helping, caretaking (chapter 4).</summary>
    Engulf = 2,

    /// <summary>Reactive pursuit: chasing closeness hard, pressing, criticising (chapters 1 and 3).</summary>
    Pursue = 3,
}
