using System.Collections.Immutable;
using IntimacyKit.Experiments;

namespace IntimacyKit.Worksheets;

/// <summary>
/// A one-week trial of carrying some task parts differently, planned on a <see cref="TaskFairnessLedger"/>: a small
/// behavioural test of an expectation rather than a permanent rule. <see cref="TaskFairnessLedger.ToExperimentPlan"/>
/// turns it into a one-week <see cref="ExperimentPlan"/>. After Harriet Lerner, <em>The Dance of Intimacy</em>, chapter 7.
/// </summary>
/// <remarks>Immutable and thread-safe. Record equality compares <see cref="Moves"/> by reference.</remarks>
public sealed record RedistributionTrial
{
    /// <summary>Gets the task parts that move, at least one.</summary>
    public ImmutableArray<TaskMove> Moves { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the first day of the trial week, or <see langword="null"/> when it is not fixed yet.</summary>
    public DateOnly? StartsOn { get; init; }

    /// <summary>
    /// Gets how the couple will tell at the end of the week whether the trial helped, such as a rating of "how fair
    /// the week felt" from 1 to 10 with its baseline and target, or <see langword="null"/> while it is not decided.
    /// The worksheet is valid without it; the <see cref="ExperimentPlan"/> made from the trial needs it.
    /// </summary>
    public GoalMeasure? Measure { get; init; }
}
