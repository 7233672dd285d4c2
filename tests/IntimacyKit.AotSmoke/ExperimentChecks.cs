using IntimacyKit.Experiments;
using IntimacyKit.Serialization;

namespace IntimacyKit.AotSmoke;

/// <summary>Experiments: a plan from catalog practices, logging, progress and a JSON round trip.</summary>
internal static class ExperimentChecks
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    public static void Run(SmokeRun run)
    {
        run.Check("a plan without a measure or a practice reports both problems", () =>
        {
            var plan = new ExperimentPlan { Title = "Say no", Goal = new ExperimentGoal { Change = "Say no when I mean no" } };
            var codes = plan.Validate().Problems.Select(p => p.Code);
            return Expect.Equal(string.Join(",", codes), "missing-measure,no-practice", "problem codes");
        });

        run.Check("a plan from catalog practices starts, logs and shows progress", () =>
        {
            var experiment = Started();
            var progress = experiment.GetProgress(new Clock(Start.AddDays(8)));
            return Expect.Equal(progress.CurrentWeek, 2, "current week")
                && Expect.Equal(progress.Weeks[0].TimesDone, 2, "times done in week 1")
                && Expect.Equal(progress.Trend.Direction, TrendDirection.TowardTarget, "trend");
        });

        run.Check("a log outside the experiment's dates is refused with its path and the logs are kept", () =>
        {
            var experiment = Started();
            var result = experiment.AddPracticeLogs([new PracticeLog(Start.AddDays(-1), "one-small-no")], new Clock(Start.AddDays(8)));
            return Expect.Equal(result.Problems.Single().Path, "logs[0].date", "path")
                && Expect.Equal(result.Experiment.PracticeLogs.Length, 2, "logs kept");
        });

        run.Check("an experiment round-trips to the same JSON, keeping an unknown member", () =>
        {
            var json = IntimacyKitJson.Serialize(Started()).Replace("\"plan\"", "\"appTheme\": \"dusk\",\n  \"plan\"", StringComparison.Ordinal);
            var written = IntimacyKitJson.Serialize(IntimacyKitJson.Deserialize<Experiment>(json));
            var back = IntimacyKitJson.Deserialize<Experiment>(written);
            return Expect.Equal(IntimacyKitJson.Serialize(back), written, "JSON after a second round trip")
                && Expect.Contains(written, "\"appTheme\": \"dusk\"", "the JSON written back")
                && Expect.Contains(written, "\"move\": \"start\"", "the JSON written back")
                && Expect.Equal(back.State, ExperimentState.Active, "state");
        });
    }

    private static Experiment Started()
    {
        var practices = IntimacyCatalog.BuiltIn.Practices.Where(p => p.Id is "one-small-no" or "use-i-statements");
        var goal = new ExperimentGoal
        {
            Change = "Speak for myself",
            Measure = new GoalMeasure { Kind = MeasureKind.Count, Description = "Small no's this week", Baseline = 0, Target = 3 },
        };
        var clock = new Clock(Start);
        var experiment = Experiment.Create(ExperimentPlan.FromPractices(goal, practices, timesPerWeek: 2), Start).Start(clock).Experiment;
        clock = new Clock(Start.AddDays(6));
        experiment = experiment.AddPracticeLogs([new PracticeLog(Start, "one-small-no"), new PracticeLog(Start.AddDays(5), "use-i-statements")], clock).Experiment;
        return experiment.RecordMeasurement(1, clock).Experiment;
    }

    private sealed class Clock(DateOnly today) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
