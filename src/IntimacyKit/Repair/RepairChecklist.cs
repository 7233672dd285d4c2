using System.Collections.Immutable;

namespace IntimacyKit.Repair;

/// <summary>
/// The repair checklist as an ordered model: the five steps that turn an apology into repair, each with a plain
/// description (after Harriet Lerner, <i>The Dance of Intimacy</i>, chapter 8: words alone do not rebuild trust;
/// specific changes, kept over time, do).
/// </summary>
/// <remarks>All members are thread-safe.</remarks>
public static class RepairChecklist
{
    /// <summary>Gets the five steps in the order they are taken, from <see cref="RepairStep.Acknowledge"/> to <see cref="RepairStep.AgreeOnFollowUp"/>.</summary>
    public static ImmutableArray<RepairStep> Steps { get; } =
        [RepairStep.Acknowledge, RepairStep.ExpressRemorse, RepairStep.StateChange, RepairStep.OfferReparativeAct, RepairStep.AgreeOnFollowUp];

    /// <summary>Describes a step in plain words, in the project's own wording.</summary>
    /// <param name="step">The step.</param>
    /// <returns>A sentence or two on what the step asks of the person who caused the hurt.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not one of the five steps.</exception>
    public static string Describe(RepairStep step) => step switch
    {
        RepairStep.Acknowledge => "Say plainly what you did, in your own words and without excuses, so the other person knows you see it.",
        RepairStep.ExpressRemorse => "Say that you are sorry and that you regret the effect it had on them, without a \"but\" or an \"if\".",
        RepairStep.StateChange => "Name one specific thing you will do differently and from when, so that the change can be seen rather than only promised.",
        RepairStep.OfferReparativeAct => "Offer a small, concrete act that starts to make things right now, while trust comes back over time.",
        RepairStep.AgreeOnFollowUp => "Agree on when you will check in together on how the change is going, and listen to what they have noticed.",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not a step of the repair checklist."),
    };
}
