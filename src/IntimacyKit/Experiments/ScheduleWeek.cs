using System.Collections.Immutable;

namespace IntimacyKit.Experiments;

/// <summary>One week of an <see cref="ExperimentSchedule"/>: its dates, the practices due and the check-in that ends it, if any.</summary>
/// <remarks>Instances are immutable and thread-safe. Record equality compares the collections by reference.</remarks>
public sealed record ScheduleWeek
{
    /// <summary>Gets the week's number, from 1.</summary>
    public required int Number { get; init; }

    /// <summary>Gets the week's first day.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>Gets the week's last day.</summary>
    public required DateOnly End { get; init; }

    /// <summary>Gets the practices due this week, each <see cref="MicroPractice.TimesPerWeek"/> times.</summary>
    public ImmutableArray<MicroPractice> PracticesDue { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the check-in due on the week's last day, or <see langword="null"/>.</summary>
    public CheckInKind? CheckIn { get; init; }

    /// <summary>Gets how many times practices are due this week, all practices together.</summary>
    public int TimesDue => PracticesDue.Sum(p => p.TimesPerWeek);
}
