using System.Collections.Immutable;
using System.Globalization;

namespace IntimacyKit.Experiments;

/// <summary>
/// The rules of a running <see cref="Experiment"/>: legal moves, what may be logged when, and the progress
/// computation. Every check tolerates nulls and out-of-range values and collects problems instead of throwing.
/// </summary>
internal static class ExperimentRules
{
    /// <summary>The latest start date whose longest experiment still fits in <see cref="DateOnly"/>.</summary>
    private static readonly DateOnly LatestStart = DateOnly.MaxValue.AddDays(-7 * ExperimentPlan.MaxDurationWeeks);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public static ExperimentState StateAfter(ImmutableArray<ExperimentEvent> events)
    {
        var state = ExperimentState.Planned;
        foreach (var e in events)
        {
            state = e is null ? state : Next(state, e.Move) ?? state;
        }

        return state;
    }

    public static DateOnly EndDate(Experiment experiment)
    {
        var weeks = Math.Clamp(experiment.Plan?.DurationWeeks ?? ExperimentPlan.MinDurationWeeks, ExperimentPlan.MinDurationWeeks, ExperimentPlan.MaxDurationWeeks);
        return experiment.StartDate > LatestStart ? DateOnly.MaxValue : experiment.StartDate.AddDays((7 * weeks) - 1);
    }

    public static void EnsureComputable(Experiment experiment)
    {
        var problems = PlanProblems(experiment);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The experiment cannot be scheduled: " + string.Join("; ", problems));
        }
    }

    public static List<ValidationProblem> CheckMove(Experiment experiment, ExperimentMove move, DateOnly today)
    {
        var problems = new List<ValidationProblem>();
        var state = experiment.State;
        if (Next(state, move) is null)
        {
            problems.Add(new("state", "invalid-move", IllegalMove(state, move)));
        }
        else if (move == ExperimentMove.Start)
        {
            problems.AddRange(PlanProblems(experiment with { StartDate = today }));
        }
        else if (!experiment.Events.IsEmpty && experiment.Events[^1] is { } last && today < last.Date)
        {
            problems.Add(new("events", "before-last-move",
                $"Today ({Format(today)}) is before the last move was made ({Format(last.Date)}); check the device's clock."));
        }

        return problems;
    }

    public static List<ValidationProblem> CheckAdding(Experiment experiment, string path)
    {
        var problems = new List<ValidationProblem>();
        if (experiment.State == ExperimentState.Planned)
        {
            problems.Add(new(path, "not-started", "The experiment has not started yet; start it before logging anything."));
            return problems;
        }

        problems.AddRange(PlanProblems(experiment));
        return problems;
    }

    public static void CheckLogs(Experiment experiment, ImmutableArray<PracticeLog> existing, ImmutableArray<PracticeLog> logs, string path, DateOnly? today, List<ValidationProblem> problems)
    {
        var practiceIds = experiment.Plan.Practices.Where(p => p is not null).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var seen = existing.Where(l => l is not null).Select(l => (l.Date, l.PracticeId)).ToHashSet();
        for (var i = 0; i < logs.Length; i++)
        {
            var at = $"{path}[{i}]";
            if (logs[i] is not { } log)
            {
                problems.Add(new(at, "required", "The log is missing."));
                continue;
            }

            var day = Format(log.Date);
            CheckDate(experiment, log.Date, $"The log for {day}", $"{at}.date", today, problems);
            if (string.IsNullOrWhiteSpace(log.PracticeId))
            {
                problems.Add(new($"{at}.practiceId", "required", $"The log for {day} does not say which practice was done."));
            }
            else if (!practiceIds.Contains(log.PracticeId))
            {
                problems.Add(new($"{at}.practiceId", "unknown-practice",
                    $"The log for {day} names the practice '{log.PracticeId}', which is not in the plan."));
            }
            else if (!seen.Add((log.Date, log.PracticeId)))
            {
                problems.Add(new(at, "duplicate",
                    $"'{log.PracticeId}' is already logged for {day}; log a practice once a day, with the number of times."));
            }

            if (log.Times is < 1 or > PracticeLog.MaxTimesPerDay)
            {
                problems.Add(new($"{at}.times", "impossible-value",
                    $"The log for {day} says {log.Times} times; it must be from 1 to {PracticeLog.MaxTimesPerDay}."));
            }
        }
    }

    public static void CheckMeasurements(Experiment experiment, ImmutableArray<Measurement> existing, ImmutableArray<Measurement> measurements, string path, DateOnly? today, List<ValidationProblem> problems)
    {
        var measure = experiment.Plan.Goal.Measure!;
        var seen = existing.Where(m => m is not null).Select(m => m.Date).ToHashSet();
        for (var i = 0; i < measurements.Length; i++)
        {
            var at = $"{path}[{i}]";
            if (measurements[i] is not { } reading)
            {
                problems.Add(new(at, "required", "The reading is missing."));
                continue;
            }

            var day = Format(reading.Date);
            CheckDate(experiment, reading.Date, $"The reading for {day}", $"{at}.date", today, problems);
            if (!seen.Add(reading.Date))
            {
                problems.Add(new(at, "duplicate", $"There is already a reading for {day}; record one reading a day."));
            }

            if (!measure.IsOnScale(reading.Value))
            {
                problems.Add(new($"{at}.value", "impossible-value",
                    $"The reading for {day} is {reading.Value}; '{measure.Description}' takes {measure.DescribeScale()}."));
            }
        }
    }

    public static void CheckCheckIns(Experiment experiment, ImmutableArray<CheckIn> existing, ImmutableArray<CheckIn> checkIns, string path, DateOnly? today, List<ValidationProblem> problems)
    {
        var seen = existing.Where(c => c is not null).Select(c => c.Kind).ToHashSet();
        // AddCheckIn takes one check-in, reported as "checkIn"; Validate reports "checkIns[i]".
        var single = checkIns.Length == 1 && path == "checkIn";
        for (var i = 0; i < checkIns.Length; i++)
        {
            var at = single ? path : $"{path}[{i}]";
            if (checkIns[i] is not { } checkIn)
            {
                problems.Add(new(at, "required", "The check-in is missing."));
                continue;
            }

            var day = Format(checkIn.Date);
            if (!Enum.IsDefined(checkIn.Kind))
            {
                problems.Add(new($"{at}.kind", "required", "The check-in must be the mid-point or the final one."));
            }
            else if (!seen.Add(checkIn.Kind))
            {
                problems.Add(new($"{at}.kind", "duplicate", $"The {Describe(checkIn.Kind)} check-in has already been made."));
            }
            else if (checkIn.Kind == CheckInKind.Midpoint && experiment.Plan.GetMidpointWeek() is null)
            {
                problems.Add(new($"{at}.kind", "no-midpoint", "This plan has no mid-point check-in; make the final one instead."));
            }

            if (checkIn.Kind == CheckInKind.Final)
            {
                CheckDate(experiment, checkIn.Date, $"The final check-in on {day}", $"{at}.date", today, problems, allowAfterEnd: true);
            }
            else
            {
                CheckDate(experiment, checkIn.Date, $"The check-in on {day}", $"{at}.date", today, problems);
            }

            if (!Enum.IsDefined(checkIn.Decision))
            {
                problems.Add(new($"{at}.decision", "required", "The check-in needs a decision: keep, change or stop."));
            }
        }
    }

    public static List<ValidationProblem> Validate(Experiment experiment)
    {
        var problems = new List<ValidationProblem>();
        if (experiment.SchemaVersion != Experiment.CurrentSchemaVersion)
        {
            problems.Add(new("schemaVersion", "unsupported-schema-version",
                $"Schema version {experiment.SchemaVersion} is not supported; this version reads {Experiment.CurrentSchemaVersion}."));
        }

        var planProblems = PlanProblems(experiment);
        problems.AddRange(planProblems);
        CheckEvents(experiment, problems);
        if (planProblems.Count > 0)
        {
            return problems;
        }

        if (experiment.State == ExperimentState.Planned && (!experiment.PracticeLogs.IsEmpty || !experiment.Measurements.IsEmpty || !experiment.CheckIns.IsEmpty))
        {
            problems.Add(new("events", "not-started", "The experiment has logs or check-ins but was never started."));
        }

        CheckLogs(experiment, [], experiment.PracticeLogs, "practiceLogs", null, problems);
        CheckMeasurements(experiment, [], experiment.Measurements, "measurements", null, problems);
        CheckCheckIns(experiment, [], experiment.CheckIns, "checkIns", null, problems);
        return problems;
    }

    public static ExperimentProgress Progress(Experiment experiment, DateOnly asOf)
    {
        var plan = experiment.Plan;
        var start = experiment.StartDate;
        var practices = plan.Practices;
        var index = new Dictionary<string, int>(practices.Length, StringComparer.Ordinal);
        for (var p = 0; p < practices.Length; p++)
        {
            index[practices[p].Id] = p;
        }

        var done = new int[plan.DurationWeeks, practices.Length];
        foreach (var log in experiment.PracticeLogs)
        {
            var week = (log.Date.DayNumber - start.DayNumber) / 7;
            if (log.Date >= start && log.Date <= asOf && week < plan.DurationWeeks && index.TryGetValue(log.PracticeId, out var p))
            {
                done[week, p] += log.Times;
            }
        }

        var weeks = ImmutableArray.CreateBuilder<WeekProgress>(plan.DurationWeeks);
        int? current = null;
        for (var w = 0; w < plan.DurationWeeks; w++)
        {
            int due = 0, doneCapped = 0;
            for (var p = 0; p < practices.Length; p++)
            {
                due += practices[p].TimesPerWeek;
                doneCapped += Math.Min(done[w, p], practices[p].TimesPerWeek);
            }

            var weekStart = start.AddDays(7 * w);
            var weekEnd = weekStart.AddDays(6);
            if (asOf >= weekStart && asOf <= weekEnd)
            {
                current = w + 1;
            }

            weeks.Add(new WeekProgress { Number = w + 1, Start = weekStart, End = weekEnd, TimesDue = due, TimesDone = doneCapped, AsOf = asOf });
        }

        var readings = experiment.Measurements.Where(m => m.Date <= asOf).OrderBy(m => m.Date).ToImmutableArray();
        return new ExperimentProgress
        {
            AsOf = asOf,
            State = experiment.State,
            CurrentWeek = current,
            Weeks = weeks.MoveToImmutable(),
            Trend = new MeasureTrend { Measure = plan.Goal.Measure!, Readings = readings },
            Returns = experiment.Events.Count(e => e.Move == ExperimentMove.ReturnToPractice),
        };
    }

    private static List<ValidationProblem> PlanProblems(Experiment experiment)
    {
        var problems = new List<ValidationProblem>();
        if (experiment.Plan is null)
        {
            problems.Add(new("plan", "required", "The experiment has no plan."));
            return problems;
        }

        problems.AddRange(experiment.Plan.Validate().Problems.Select(p => p with { Path = "plan." + p.Path }));
        if (experiment.StartDate > LatestStart)
        {
            problems.Add(new("startDate", "out-of-range", $"The start date {Format(experiment.StartDate)} is too late for the calendar."));
        }

        return problems;
    }

    private static void CheckEvents(Experiment experiment, List<ValidationProblem> problems)
    {
        var state = ExperimentState.Planned;
        var previous = DateOnly.MinValue;
        for (var i = 0; i < experiment.Events.Length; i++)
        {
            if (experiment.Events[i] is not { } e)
            {
                problems.Add(new($"events[{i}]", "required", "The move is missing."));
                continue;
            }

            if (Next(state, e.Move) is not { } next)
            {
                problems.Add(new($"events[{i}].move", "invalid-move", IllegalMove(state, e.Move)));
                continue;
            }

            if (e.Date < previous)
            {
                problems.Add(new($"events[{i}].date", "out-of-order", $"The move on {Format(e.Date)} is dated before the move before it ({Format(previous)})."));
            }

            state = next;
            previous = e.Date;
        }
    }

    private static void CheckDate(Experiment experiment, DateOnly date, string what, string path, DateOnly? today, List<ValidationProblem> problems, bool allowAfterEnd = false)
    {
        var end = experiment.EndDate;
        if (date < experiment.StartDate || (!allowAfterEnd && date > end))
        {
            problems.Add(new(path, "outside-dates", allowAfterEnd
                ? $"{what} is before the experiment started ({Format(experiment.StartDate)})."
                : $"{what} is outside the experiment's dates, {Format(experiment.StartDate)} to {Format(end)}."));
        }
        else if (date > today)
        {
            problems.Add(new(path, "in-future", $"{what} is in the future; today is {Format(today.Value)}."));
        }
    }

    private static ExperimentState? Next(ExperimentState state, ExperimentMove move) => (state, move) switch
    {
        (ExperimentState.Planned, ExperimentMove.Start) => ExperimentState.Active,
        (ExperimentState.Active, ExperimentMove.Pause) => ExperimentState.Paused,
        (ExperimentState.Active or ExperimentState.Paused or ExperimentState.Abandoned, ExperimentMove.ReturnToPractice) => ExperimentState.Active,
        (ExperimentState.Active or ExperimentState.Paused, ExperimentMove.Complete) => ExperimentState.Completed,
        (ExperimentState.Active or ExperimentState.Paused, ExperimentMove.Abandon) => ExperimentState.Abandoned,
        _ => null,
    };

    private static string IllegalMove(ExperimentState state, ExperimentMove move) => state switch
    {
        ExperimentState.Planned => $"The experiment has not started; it cannot {Describe(move)} before it starts.",
        ExperimentState.Completed => $"The experiment is completed; it cannot {Describe(move)}. Create a new experiment from the same plan to go again.",
        _ => $"An experiment that is {Describe(state)} cannot {Describe(move)}.",
    };

    private static string Describe<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()).Replace('-', ' ') : "make that move";

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
