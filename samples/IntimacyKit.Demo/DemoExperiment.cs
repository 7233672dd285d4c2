using System.Globalization;
using IntimacyKit.Exercises;
using IntimacyKit.Experiments;

namespace IntimacyKit.Demo;

// Plans a six-week experiment from the practices the self-assessment recommended, starts it four days ago
// on a demo clock, logs a few days of practice and a rating, and shows the schedule's first week and the
// progress so far.
internal static class DemoExperiment
{
    public static void Run(IReadOnlyList<Practice> recommended)
    {
        var practices = recommended.Take(2).ToList();
        if (practices.Count == 0)
        {
            Console.WriteLine("  The profile recommends no practices, so there is nothing to plan.");
            return;
        }

        var goal = new ExperimentGoal
        {
            Change = "Stay calm and present when we disagree",
            Measure = new GoalMeasure { Kind = MeasureKind.Rating, Description = "How calm I stayed today (1-10)", Baseline = 3, Target = 7 },
        };
        var plan = ExperimentPlan.FromPractices(goal, practices, timesPerWeek: 3);

        // A clock the demo can move forward; apps pass TimeProvider.System and tests a fake one.
        var clock = new DemoClock(TimeProvider.System.GetUtcNow().AddDays(-4));
        var started = Experiment.Create(plan, clock.Today).Start(clock);
        if (!started.Succeeded)
        {
            Console.WriteLine(started);
            return;
        }

        var experiment = started.Experiment;
        Console.WriteLine($"  Goal: {goal.Change}; {goal.Measure.Description}, from {goal.Measure.Baseline} to {goal.Measure.Target}.");
        Console.WriteLine($"  {plan.DurationWeeks} weeks, mid-point check-in in week {plan.GetMidpointWeek()}:");
        foreach (var practice in plan.Practices)
        {
            Console.WriteLine($"    - {practice.Description}, {practice.TimesPerWeek} times a week");
        }

        var firstWeek = experiment.GetSchedule().Weeks[0];
        Console.WriteLine($"  Week 1 runs {firstWeek.Start.ToString("d", CultureInfo.CurrentCulture)} to {firstWeek.End.ToString("d", CultureInfo.CurrentCulture)}.");

        // Four days: practise on three of them, rate the day on two.
        int?[] ratings = [4, null, 5, null];
        for (var day = 0; day < ratings.Length; day++)
        {
            if (day != 1)
            {
                experiment = Keep(experiment.LogPractice(plan.Practices[day % plan.Practices.Length].Id, clock), experiment);
            }

            if (ratings[day] is { } rating)
            {
                experiment = Keep(experiment.RecordMeasurement(rating, clock), experiment);
            }

            clock.Advance(TimeSpan.FromDays(1));
        }

        // A mistake is reported with its date and field, and the logs already there are kept.
        var impossible = experiment.RecordMeasurement(11, clock);
        Console.WriteLine($"  Recording a rating of 11: {string.Join(" ", impossible.Problems.Select(p => p.Message))}");

        Console.WriteLine();
        foreach (var line in experiment.GetProgress(clock).Describe(CultureInfo.CurrentCulture).Split('\n'))
        {
            Console.WriteLine($"  {line.TrimEnd('\r')}");
        }
    }

    private static Experiment Keep(ExperimentResult result, Experiment before)
    {
        if (!result.Succeeded)
        {
            Console.WriteLine($"  {result}");
        }

        return result.Succeeded ? result.Experiment : before;
    }

    private sealed class DemoClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public DateOnly Today => DateOnly.FromDateTime(GetLocalNow().Date);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
