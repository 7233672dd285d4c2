using System.Collections.Immutable;

namespace IntimacyKit.Experiments;

/// <summary>The goal's measure over an experiment: the readings so far against the baseline and the target.</summary>
/// <remarks>Instances are immutable and thread-safe. Record equality compares the collections by reference.</remarks>
public sealed record MeasureTrend
{
    /// <summary>Gets the measure of the plan's goal.</summary>
    public required GoalMeasure Measure { get; init; }

    /// <summary>Gets the readings up to the day of the progress, by date.</summary>
    public ImmutableArray<Measurement> Readings { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the latest reading's value, or <see langword="null"/> when there is none.</summary>
    public int? Latest => Readings.IsEmpty ? null : Readings[^1].Value;

    /// <summary>
    /// Gets how far the latest reading has come from the baseline towards the target: 0 at the baseline, 1 at the
    /// target, above 1 beyond it, below 0 away from it; <see langword="null"/> without readings.
    /// </summary>
    public double? ShareOfWayToTarget =>
        Latest is { } latest && Measure.Target != Measure.Baseline
            ? (double)(latest - Measure.Baseline) / (Measure.Target - Measure.Baseline)
            : null;

    /// <summary>Gets which way the measure has moved.</summary>
    public TrendDirection Direction => ShareOfWayToTarget switch
    {
        null => TrendDirection.NoData,
        > 0 => TrendDirection.TowardTarget,
        0 => TrendDirection.Unchanged,
        _ => TrendDirection.AwayFromTarget,
    };

    /// <summary>Gets a value indicating whether the latest reading has reached the target.</summary>
    public bool TargetReached => ShareOfWayToTarget >= 1;
}
