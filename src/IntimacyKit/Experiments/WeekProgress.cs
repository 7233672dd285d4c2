namespace IntimacyKit.Experiments;

/// <summary>How one week of an experiment went: practices due and done, and the adherence that follows.</summary>
/// <remarks>Instances are immutable and thread-safe; equality compares all members.</remarks>
public sealed record WeekProgress
{
    /// <summary>Gets the week's number, from 1.</summary>
    public required int Number { get; init; }

    /// <summary>Gets the week's first day.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>Gets the week's last day.</summary>
    public required DateOnly End { get; init; }

    /// <summary>Gets how many times practices were due this week, all practices together.</summary>
    public required int TimesDue { get; init; }

    /// <summary>
    /// Gets how many of the due times were done. Extra times of a practice beyond its weekly frequency are not
    /// counted, so that one busy day does not hide another practice left undone.
    /// </summary>
    public required int TimesDone { get; init; }

    /// <summary>Gets the day progress was taken relative to, to tell past, current and upcoming weeks apart.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Gets the share of due times done, from 0 to 1.</summary>
    public double Adherence => TimesDue == 0 ? 0 : (double)TimesDone / TimesDue;

    /// <summary>Gets a value indicating whether the week has begun by <see cref="AsOf"/>.</summary>
    public bool HasStarted => AsOf >= Start;

    /// <summary>Gets a value indicating whether the week is over by <see cref="AsOf"/>.</summary>
    public bool HasEnded => AsOf > End;

    /// <summary>
    /// Gets a value indicating whether the week is over with nothing practised: a lapse. A lapse is part of
    /// changing a pattern, not a failure; see <see cref="ExperimentMove.ReturnToPractice"/>.
    /// </summary>
    public bool IsLapse => HasEnded && TimesDone == 0;
}
