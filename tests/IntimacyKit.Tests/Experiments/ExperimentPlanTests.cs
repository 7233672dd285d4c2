using IntimacyKit.Experiments;
using IntimacyKit.Serialization;

namespace IntimacyKit.Tests.Experiments;

/// <summary><see cref="ExperimentPlan"/>: defaults, validation that reports everything at once, and starting from the catalog.</summary>
public sealed class ExperimentPlanTests
{
    [Fact]
    public void The_sample_six_week_plan_and_the_one_week_trial_are_valid()
    {
        SamplePlans.SixWeeks.Validate().IsValid.Should().BeTrue(SamplePlans.SixWeeks.Validate().ToString());
        SamplePlans.Trial.Validate().IsValid.Should().BeTrue(SamplePlans.Trial.Validate().ToString());
    }

    [Fact]
    public void A_plan_lasts_six_weeks_with_its_check_in_at_week_three_unless_told_otherwise()
    {
        var plan = new ExperimentPlan { Title = "t", Goal = new ExperimentGoal { Change = "c" } };

        plan.DurationWeeks.Should().Be(6);
        (plan with { DurationWeeks = 0 }).DurationWeeks.Should().Be(6, "0 is what the JSON reader passes for a duration left out");
        plan.GetMidpointWeek().Should().Be(3);
        plan.SchemaVersion.Should().Be(ExperimentPlan.CurrentSchemaVersion);
        (plan with { DurationWeeks = 12 }).GetMidpointWeek().Should().Be(6);
        (plan with { DurationWeeks = 5, MidpointWeek = 2 }).GetMidpointWeek().Should().Be(2);
    }

    [Fact]
    public void A_one_week_trial_has_no_mid_point_check_in()
    {
        SamplePlans.Trial.GetMidpointWeek().Should().BeNull();
    }

    [Fact]
    public void A_plan_without_a_measure_or_a_practice_reports_both_problems_at_once()
    {
        var plan = SamplePlans.SixWeeks with { Goal = new ExperimentGoal { Change = "Say no" }, Practices = [] };

        var result = plan.Validate();

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("goal.measure", "missing-measure"),
            ("practices", "no-practice"));
    }

    [Theory]
    [InlineData(MeasureKind.Rating, 3, 11)]
    [InlineData(MeasureKind.Rating, 3, 0)]
    [InlineData(MeasureKind.YesNo, 0, 2)]
    [InlineData(MeasureKind.Count, 4, -1)]
    public void A_target_that_cannot_be_reached_on_its_scale_is_reported(MeasureKind kind, int baseline, int target)
    {
        var plan = SamplePlans.SixWeeks with
        {
            Goal = SamplePlans.SixWeeks.Goal with { Measure = new GoalMeasure { Kind = kind, Description = "d", Baseline = baseline, Target = target } },
        };

        var problem = plan.Validate().Problems.Should().ContainSingle().Subject;

        problem.Path.Should().Be("goal.measure.target");
        problem.Code.Should().Be("target-unreachable");
        problem.Message.Should().Contain(target.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_target_equal_to_the_baseline_is_not_a_change()
    {
        var plan = SamplePlans.SixWeeks with
        {
            Goal = SamplePlans.SixWeeks.Goal with { Measure = SamplePlans.SixWeeks.Goal.Measure! with { Target = 3 } },
        };

        plan.Validate().Problems.Should().ContainSingle().Which.Code.Should().Be("target-equals-baseline");
    }

    [Fact]
    public void Every_problem_of_a_badly_filled_plan_is_reported_with_its_path()
    {
        var plan = new ExperimentPlan
        {
            SchemaVersion = 9,
            Title = " ",
            Goal = new ExperimentGoal
            {
                Change = "",
                Measure = new GoalMeasure { Kind = MeasureKind.Rating, Description = "", Baseline = 0, Target = 12 },
            },
            DurationWeeks = 13,
            Practices =
            [
                new MicroPractice { Id = "a", Description = "x", TimesPerWeek = 0 },
                new MicroPractice { Id = "a", Description = "", TimesPerWeek = 8, PracticeId = "" },
                null!,
            ],
            AccountabilityPartner = new AccountabilityPartner { Name = "" },
        };

        var result = plan.Validate();

        result.Problems.Select(p => p.Path + " " + p.Code).Should().Equal(
            "schemaVersion unsupported-schema-version",
            "title required",
            "goal.change required",
            "goal.measure.description required",
            "goal.measure.baseline baseline-off-scale",
            "goal.measure.target target-unreachable",
            "durationWeeks duration-out-of-range",
            "practices[0].timesPerWeek frequency-out-of-range",
            "practices[1].id duplicate-id",
            "practices[1].description required",
            "practices[1].timesPerWeek frequency-out-of-range",
            "practices[1].practiceId blank",
            "practices[2] required",
            "accountabilityPartner.name required");
    }

    [Theory]
    [InlineData(6, 6)]
    [InlineData(6, 0)]
    [InlineData(1, 1)]
    public void A_mid_point_outside_the_plan_is_reported(int duration, int midpoint)
    {
        var plan = SamplePlans.SixWeeks with { DurationWeeks = duration, MidpointWeek = midpoint };

        plan.Validate().Problems.Should().ContainSingle().Which.Path.Should().Be("midpointWeek");
    }

    [Fact]
    public void Validation_of_a_plan_full_of_nulls_reports_problems_instead_of_throwing()
    {
        var plan = new ExperimentPlan { Title = null!, Goal = null!, Practices = default, AccountabilityPartner = new AccountabilityPartner { Name = null! } };

        var result = plan.Validate();

        result.Problems.Select(p => p.Path).Should().Equal("title", "goal", "practices", "accountabilityPartner.name");
    }

    [Fact]
    public void A_plan_made_from_catalog_practices_keeps_their_ids_and_titles()
    {
        var practices = IntimacyCatalog.BuiltIn.Practices.Where(p => p.Id is "one-small-no" or "use-i-statements").ToList();
        var goal = new ExperimentGoal
        {
            Change = "Speak for myself",
            Measure = new GoalMeasure { Kind = MeasureKind.Count, Description = "Small no's this week", Baseline = 0, Target = 3 },
        };

        var plan = ExperimentPlan.FromPractices(goal, practices, timesPerWeek: 2);

        plan.Validate().IsValid.Should().BeTrue();
        plan.DurationWeeks.Should().Be(6);
        plan.Practices.Select(p => (p.Id, p.PracticeId, p.Description, p.TimesPerWeek)).Should().Equal(
            practices.Select(p => (p.Id, (string?)p.Id, p.Title, 2)));
    }

    [Fact]
    public void A_plan_round_trips_through_json_keeping_unknown_members()
    {
        var json = IntimacyKitJson.Serialize(SamplePlans.SixWeeks).Replace("\"title\"", "\"appColour\": \"teal\",\n  \"title\"", StringComparison.Ordinal);

        var back = IntimacyKitJson.Deserialize<ExperimentPlan>(json);

        back.Should().BeEquivalentTo(SamplePlans.SixWeeks, o => Equivalence.Deep(o).Excluding(p => p.AdditionalProperties));
        back.AdditionalProperties!["appColour"].GetString().Should().Be("teal");
        IntimacyKitJson.Serialize(back).Should().Contain("\"appColour\": \"teal\"");
        json.Should().Contain("\"kind\": \"rating\"").And.Contain("\"schemaVersion\": 1");
    }
}
