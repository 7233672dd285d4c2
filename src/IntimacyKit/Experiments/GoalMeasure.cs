namespace IntimacyKit.Experiments;

/// <summary>
/// How an experiment's goal is measured: the scale, what is counted or rated, where things stand now
/// (the baseline) and where the person hopes to be at the end (the target).
/// </summary>
/// <remarks>
/// Values are whole numbers on the scale of <see cref="Kind"/>: zero or more for <see cref="MeasureKind.Count"/>,
/// 0 (no) or 1 (yes) for <see cref="MeasureKind.YesNo"/>, 1 to 10 for <see cref="MeasureKind.Rating"/>. The target
/// may be above the baseline (more of something) or below it (less of something). Instances are immutable and
/// thread-safe; equality compares all members.
/// </remarks>
public sealed record GoalMeasure
{
    /// <summary>The lowest value of a rating.</summary>
    public const int RatingMinimum = 1;

    /// <summary>The highest value of a rating.</summary>
    public const int RatingMaximum = 10;

    /// <summary>Gets the scale of the measure.</summary>
    public required MeasureKind Kind { get; init; }

    /// <summary>Gets what is counted, answered or rated, such as <c>Times I said a small no this week</c>.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the value before the experiment starts.</summary>
    public required int Baseline { get; init; }

    /// <summary>Gets the value the person hopes to reach by the end of the experiment.</summary>
    public required int Target { get; init; }

    /// <summary>Gets the lowest value on the scale of <see cref="Kind"/>.</summary>
    /// <returns>0 for counts and yes/no, 1 for ratings.</returns>
    public int GetMinimum() => Kind == MeasureKind.Rating ? RatingMinimum : 0;

    /// <summary>Gets the highest value on the scale of <see cref="Kind"/>, or <see langword="null"/> for counts, which have no upper bound.</summary>
    /// <returns>1 for yes/no, 10 for ratings, <see langword="null"/> for counts.</returns>
    public int? GetMaximum() => Kind switch
    {
        MeasureKind.YesNo => 1,
        MeasureKind.Rating => RatingMaximum,
        _ => null,
    };

    /// <summary>Tells whether a value lies on the scale of <see cref="Kind"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the value can be recorded for this measure.</returns>
    public bool IsOnScale(int value) => value >= GetMinimum() && (GetMaximum() is not { } max || value <= max);

    internal string DescribeScale() => Kind switch
    {
        MeasureKind.Count => "a count of zero or more",
        MeasureKind.YesNo => "0 (no) or 1 (yes)",
        MeasureKind.Rating => $"a rating from {RatingMinimum} to {RatingMaximum}",
        _ => "an unknown scale",
    };
}
