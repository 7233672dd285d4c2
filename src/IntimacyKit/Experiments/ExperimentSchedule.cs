using System.Collections.Immutable;

namespace IntimacyKit.Experiments;

/// <summary>
/// The calendar of an experiment, computed from its plan and start date: each week's dates and practices due, and
/// the dates of the mid-point and final check-ins. Weeks run seven days from the start date, whatever its weekday.
/// </summary>
/// <remarks>Instances are immutable and thread-safe. Record equality compares the collections by reference.</remarks>
public sealed record ExperimentSchedule
{
    /// <summary>Gets the first day of the experiment.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>Gets the last day of the experiment.</summary>
    public required DateOnly EndDate { get; init; }

    /// <summary>Gets the weeks, in order.</summary>
    public ImmutableArray<ScheduleWeek> Weeks { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the day of the mid-point check-in, or <see langword="null"/> when the plan has none.</summary>
    public DateOnly? MidpointCheckInDate { get; init; }

    /// <summary>Gets the day of the final check-in: the last day of the experiment.</summary>
    public DateOnly FinalCheckInDate => EndDate;

    /// <summary>Gets the week a day falls in.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The week, or <see langword="null"/> when the day is outside the experiment.</returns>
    public ScheduleWeek? WeekOf(DateOnly date) =>
        date < StartDate || date > EndDate ? null : Weeks[(date.DayNumber - StartDate.DayNumber) / 7];

    internal static ExperimentSchedule Create(ExperimentPlan plan, DateOnly start)
    {
        var midpoint = plan.GetMidpointWeek();
        var weeks = ImmutableArray.CreateBuilder<ScheduleWeek>(plan.DurationWeeks);
        for (var n = 1; n <= plan.DurationWeeks; n++)
        {
            weeks.Add(new ScheduleWeek
            {
                Number = n,
                Start = start.AddDays(7 * (n - 1)),
                End = start.AddDays((7 * n) - 1),
                PracticesDue = plan.Practices,
                CheckIn = n == plan.DurationWeeks ? CheckInKind.Final : n == midpoint ? CheckInKind.Midpoint : null,
            });
        }

        return new ExperimentSchedule
        {
            StartDate = start,
            EndDate = weeks[^1].End,
            Weeks = weeks.MoveToImmutable(),
            MidpointCheckInDate = midpoint is { } m ? start.AddDays((7 * m) - 1) : null,
        };
    }
}
