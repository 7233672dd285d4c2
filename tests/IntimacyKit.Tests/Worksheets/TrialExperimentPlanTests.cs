using IntimacyKit.Experiments;
using IntimacyKit.Worksheets;

namespace IntimacyKit.Tests.Worksheets;

public sealed class TrialExperimentPlanTests
{
    [Fact]
    public void The_trial_becomes_a_valid_one_week_plan_with_a_practice_per_moved_part_and_the_trials_measure()
    {
        var ledger = WorksheetSamples.Ledger;

        var plan = ledger.ToExperimentPlan();

        plan.Validate().Problems.Should().BeEmpty();
        plan.DurationWeeks.Should().Be(ExperimentPlan.TrialDurationWeeks);
        plan.GetMidpointWeek().Should().BeNull("a one-week trial has only its final check-in");
        plan.Goal.Measure.Should().BeSameAs(ledger.Trial!.Measure);
        plan.ChapterId.Should().Be("chapter-7");
        plan.Practices.Select(p => (p.Id, p.Description, p.TimesPerWeek)).Should().Equal(
            ("trial-move-1", "Alex keeps in mind: Weeknight dinners", 5),
            ("trial-move-2", "Alex plans: Family birthdays", 1));
    }

    [Fact]
    public void The_plan_from_a_trial_starts_as_an_experiment_on_the_trials_first_day()
    {
        var ledger = WorksheetSamples.Ledger;

        var experiment = Experiment.Create(ledger.ToExperimentPlan(), ledger.Trial!.StartsOn!.Value);

        experiment.StartDate.Should().Be(new DateOnly(2026, 3, 2));
        experiment.Plan.Practices.Should().HaveCount(2);
    }

    [Fact]
    public void A_trial_without_a_measure_gives_a_plan_whose_validation_asks_for_one()
    {
        var ledger = WorksheetSamples.Ledger with { Trial = WorksheetSamples.Ledger.Trial! with { Measure = null } };

        ledger.Validate().IsValid.Should().BeTrue("the worksheet may plan the moves before deciding how to measure them");
        ledger.ToExperimentPlan().Validate().Problems.Should().ContainSingle().Which.Path.Should().Be("goal.measure");
    }

    [Fact]
    public void A_measure_the_plan_would_reject_is_reported_on_the_ledger_under_the_trial()
    {
        var measure = new GoalMeasure { Kind = MeasureKind.YesNo, Description = "We talked about it", Baseline = 1, Target = 1 };
        var ledger = WorksheetSamples.Ledger with { Trial = WorksheetSamples.Ledger.Trial! with { Measure = measure } };

        ledger.Validate().Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(
            p => p.Path == "trial.measure.target" && p.Code == "target-equals-baseline");
    }

    [Fact]
    public void A_move_due_more_often_than_daily_is_reported()
    {
        var trial = WorksheetSamples.Ledger.Trial! with
        {
            Moves = [new() { Task = "Laundry", Role = TaskRole.Doing, To = Carrier.FirstPartner, TimesPerWeek = 8 }],
        };

        (WorksheetSamples.Ledger with { Trial = trial }).Validate().Problems.Should().ContainSingle()
            .Which.Path.Should().Be("trial.moves[0].timesPerWeek");
    }

    [Fact]
    public void A_ledger_without_a_trial_cannot_become_a_plan()
    {
        var act = () => (WorksheetSamples.Ledger with { Trial = null }).ToExperimentPlan();

        act.Should().Throw<InvalidOperationException>().WithMessage("*no one-week trial*");
    }
}
