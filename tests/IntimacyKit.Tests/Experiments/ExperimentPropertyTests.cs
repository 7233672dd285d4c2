using CsCheck;
using IntimacyKit.Experiments;
using IntimacyKit.Serialization;
using IntimacyKit.Tests.Serialization;

namespace IntimacyKit.Tests.Experiments;

/// <summary>
/// Properties over thousands of generated plans, experiments and logs: JSON round trips lose nothing, and
/// validation and logging never throw, whatever the input.
/// </summary>
public sealed class ExperimentPropertyTests
{
    private const int Iterations = 3_000;

    [Fact]
    public void Any_plan_round_trips_through_json_without_loss()
    {
        ExperimentGenerators.Plans.Sample(plan =>
        {
            var json = IntimacyKitJson.Serialize(plan);
            var back = IntimacyKitJson.Deserialize<ExperimentPlan>(json);

            IntimacyKitJson.Serialize(back).Should().Be(json);
            back.Should().BeEquivalentTo(plan, o => Equivalence.Deep(o).Excluding(p => p.AdditionalProperties).Excluding(p => p.SchemaVersion));
            back.SchemaVersion.Should().Be(plan.SchemaVersion == 0 ? ExperimentPlan.CurrentSchemaVersion : plan.SchemaVersion);
            back.AdditionalProperties?.Keys.Should().BeEquivalentTo(plan.AdditionalProperties!.Keys);
        }, iter: Iterations);
    }

    [Fact]
    public void Any_experiment_with_its_logs_round_trips_through_json_without_loss_or_is_refused_with_a_path()
    {
        ExperimentGenerators.Experiments.Sample(experiment =>
        {
            var json = IntimacyKitJson.Serialize(experiment);
            if (StrictReading.ReadBackOrRefused(json, IntimacyKitJson.Deserialize<Experiment>, experiment.Validate) is not { } back)
            {
                return;
            }

            IntimacyKitJson.Serialize(back).Should().Be(json);
            back.Should().BeEquivalentTo(experiment, o => Equivalence.Deep(o)
                .Excluding(e => e.AdditionalProperties).Excluding(e => e.SchemaVersion)
                .Excluding(e => e.Plan.AdditionalProperties).Excluding(e => e.Plan.SchemaVersion));
            back.State.Should().Be(experiment.State);
        }, iter: Iterations);
    }

    [Fact]
    public void Validating_any_plan_never_throws_and_a_valid_plan_always_starts()
    {
        var clock = new ManualClock(new DateOnly(2026, 5, 1));
        var valid = 0;
        ExperimentGenerators.PlansWithNulls.Sample(plan =>
        {
            var result = plan.Validate();

            result.Problems.Should().NotContain(p => string.IsNullOrEmpty(p.Path) || string.IsNullOrEmpty(p.Code) || string.IsNullOrEmpty(p.Message));
            var started = Experiment.Create(plan, clock.Today).Start(clock);
            started.Succeeded.Should().Be(result.IsValid, result.ToString());
            if (result.IsValid)
            {
                Interlocked.Increment(ref valid);
                started.Experiment.GetSchedule().Weeks.Should().HaveCount(plan.DurationWeeks);
            }
        }, iter: Iterations);

        valid.Should().BePositive("the generator must also produce valid plans for the property to mean something");
    }

    [Fact]
    public void Validating_any_experiment_never_throws_and_a_valid_one_always_has_progress()
    {
        var clock = new ManualClock(new DateOnly(2026, 5, 1));
        var valid = 0;
        ExperimentGenerators.ExperimentsWithNulls.Sample(experiment =>
        {
            var result = experiment.Validate();

            result.Problems.Should().NotContain(p => string.IsNullOrEmpty(p.Path) || string.IsNullOrEmpty(p.Message));
            if (result.IsValid)
            {
                Interlocked.Increment(ref valid);
                experiment.GetProgress(clock).Weeks.Should().HaveCount(experiment.Plan.DurationWeeks);
            }
        }, iter: Iterations);

        valid.Should().BePositive("the generator must also produce valid experiments for the property to mean something");
    }

    [Fact]
    public void Adding_any_logs_never_throws_and_either_keeps_every_existing_log_or_adds_them_all()
    {
        var start = new DateOnly(2026, 3, 2);
        var experiment = Experiment.Create(SamplePlans.SixWeeks, start).Start(new ManualClock(start)).Experiment
            .AddPracticeLogs([new PracticeLog(start, "one-small-no")], new ManualClock(start)).Experiment;
        Gen.Select(ExperimentGenerators.Logs.Array[0, 6], Gen.Int[0, 60]).Sample((logs, day) =>
        {
            var result = experiment.AddPracticeLogs(logs, new ManualClock(start.AddDays(day)));

            if (result.Succeeded)
            {
                result.Experiment.PracticeLogs.Should().HaveCount(1 + logs.Length).And.BeInAscendingOrder(l => l.Date);
                result.Experiment.Validate().IsValid.Should().BeTrue();
            }
            else
            {
                result.Experiment.Should().BeSameAs(experiment);
                result.Problems.Should().OnlyContain(p => p.Path.StartsWith("logs[", StringComparison.Ordinal));
            }
        }, iter: Iterations);
    }
}
