#region usings
using IntimacyKit;
using IntimacyKit.Experiments;
#endregion

namespace DocsSnippets;

public sealed class ExperimentsSnippets : SnippetTest
{
    [Fact]
    public void A_plan_from_catalog_practices_starts_logs_a_day_and_describes_its_progress()
    {
        #region plan-and-run
        TimeProvider time = FixedTime.At(2026, 3, 2);   // TimeProvider.System in an app
        var practices = IntimacyCatalog.BuiltIn.Practices.Where(p => p.Id is "one-small-no" or "use-i-statements");
        var goal = new ExperimentGoal
        {
            Change = "Say no when I mean no",
            Measure = new GoalMeasure { Kind = MeasureKind.Rating, Description = "How honest my answers felt", Baseline = 3, Target = 7 },
        };
        var plan = ExperimentPlan.FromPractices(goal, practices, timesPerWeek: 2);

        ExperimentResult started = Experiment.Create(plan, DateOnly.FromDateTime(time.GetLocalNow().Date)).Start(time);
        if (!started.Succeeded)
        {
            foreach (var problem in started.Problems) Console.WriteLine(problem); // e.g. plan.goal.measure: ...
            return;
        }

        Experiment experiment = started.Experiment;
        ExperimentResult logged = experiment.LogPractice("one-small-no", time);
        experiment = logged.Succeeded ? logged.Experiment : experiment;   // on a problem nothing is lost
        experiment = experiment.RecordMeasurement(4, time).Experiment;

        Console.WriteLine(experiment.GetProgress(time).Describe());
        #endregion

        plan.Practices.Should().HaveCount(2);
        experiment.State.Should().Be(ExperimentState.Active);
        experiment.PracticeLogs.Should().ContainSingle(log => log.PracticeId == "one-small-no");
        experiment.Measurements.Should().ContainSingle(m => m.Value == 4);
        Output.Should().Be(experiment.GetProgress(time).Describe() + "\n");
    }
}
