using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Coaching;

/// <summary>The kinds of wording the <see cref="MessageCoach"/> points out in a message.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<CoachFindingKind>))]
public enum CoachFindingKind
{
    /// <summary>A sweeping generalisation about the other person, such as "you always", "you never" or "every time you".</summary>
    Generalisation,

    /// <summary>A label or global judgement of the person, such as "you're selfish" or "you're impossible".</summary>
    Labelling,

    /// <summary>Blaming the other person for one's feelings or for what went wrong, such as "you make me…", "it's your fault" or "because of you".</summary>
    BlameCausation,

    /// <summary>A thought dressed as a feeling, such as "I feel that you…" or "I feel like you…".</summary>
    ThoughtAsFeeling,

    /// <summary>A "feeling" word that accuses, such as "I feel abandoned", "ignored" or "manipulated"; real feelings often sit beneath it.</summary>
    FauxFeeling,

    /// <summary>A demand or judgement of how the other person ought to be, such as "you should…" or "you need to…".</summary>
    ShouldDemand,

    /// <summary>A marker of escalation: shouting in capitals, or stacked exclamation marks such as "!!!".</summary>
    Escalation,
}
