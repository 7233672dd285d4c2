using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Coaching;

/// <summary>
/// The kinds of wording the <see cref="MessageCoach"/> points out in a message. The kinds follow John Gottman's "four
/// horsemen" of conflict: <b>criticism</b> (<see cref="Criticism"/>, and its common shapes <see cref="Generalisation"/>,
/// <see cref="Labelling"/> and <see cref="BlameCausation"/>), <see cref="Contempt"/>, <see cref="Defensiveness"/> and
/// <see cref="Stonewalling"/>, with <see cref="MindReading"/> and <see cref="Ultimatum"/> besides, and the wording the
/// honesty formula corrects (<see cref="ThoughtAsFeeling"/>, <see cref="FauxFeeling"/>, <see cref="ShouldDemand"/>,
/// <see cref="Escalation"/>). Each finding names its kind's antidote in <see cref="CoachFinding.Antidote"/>.
/// </summary>
[JsonConverter(typeof(KebabCaseEnumConverter<CoachFindingKind>))]
public enum CoachFindingKind
{
    /// <summary>Criticism as a sweeping generalisation about the other person, such as "you always", "you never", "you keep…" or "as usual".</summary>
    Generalisation,

    /// <summary>Criticism as a label or global judgement of the person, such as "you're selfish" or "you're impossible".</summary>
    Labelling,

    /// <summary>Criticism as blame: the other person made to cause one's feelings or what went wrong, such as "you make me…", "it's your fault", "you brought this on yourself".</summary>
    BlameCausation,

    /// <summary>A thought dressed as a feeling, such as "I feel that you…" or "I feel like you…".</summary>
    ThoughtAsFeeling,

    /// <summary>A "feeling" word that accuses, such as "I feel abandoned", "ignored" or "manipulated"; real feelings often sit beneath it.</summary>
    FauxFeeling,

    /// <summary>A demand or judgement of how the other person ought to be, such as "you should…" or "you need to…".</summary>
    ShouldDemand,

    /// <summary>A marker of escalation: shouting in capitals, or stacked exclamation marks such as "!!!".</summary>
    Escalation,

    /// <summary>Criticism as an attack on the person's character not shaped as a label, such as "you have no respect for…" or "you're incapable of…".</summary>
    Criticism,

    /// <summary>Contempt: sarcasm, mockery, disgust and rhetorical put-downs, such as "oh great, thanks a lot", "I can't believe I married you" or "how hard is it to…?".</summary>
    Contempt,

    /// <summary>Defensiveness: answering a complaint with a counter-complaint or as the innocent victim, such as "yes, but you…", "what about you?" or "after everything I do for you".</summary>
    Defensiveness,

    /// <summary>Stonewalling: shutting the other person out, such as "whatever." as a whole reply, "I'm done talking" or silence announced as punishment.</summary>
    Stonewalling,

    /// <summary>Mind-reading: telling the other person what they think, feel or intend, such as "you just want to…", "you're doing this on purpose" or "you don't care about me".</summary>
    MindReading,

    /// <summary>An ultimatum: a threat to end or punish unless the other person changes, such as "if you don't change, I'm leaving".</summary>
    Ultimatum,
}
