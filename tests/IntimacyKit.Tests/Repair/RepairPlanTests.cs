using System.Globalization;
using IntimacyKit.Repair;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests.Repair;

public sealed class RepairPlanTests
{
    private static readonly DateOnly Monday = RepairTestData.Monday;

    [Fact]
    public void A_filled_plan_with_a_concrete_change_and_dates_in_order_is_valid()
    {
        RepairTestData.Plan.Validate().IsValid.Should().BeTrue();
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_path_and_code()
    {
        var plan = RepairTestData.Plan with
        {
            Acknowledgement = " ",
            Remorse = null!,
            Change = "do better",
            ReparativeAct = new string('x', 4001),
            FollowUpOn = Monday.AddDays(-1),
            SchemaVersion = 99,
        };

        var problems = plan.Validate().Problems.Select(p => (p.Path, p.Code));

        problems.Should().BeEquivalentTo(new[]
        {
            ("schemaVersion", "unsupported-schema-version"),
            ("acknowledgement", "required"),
            ("remorse", "required"),
            ("change", "vague-change"),
            ("reparativeAct", "too-long"),
            ("followUpOn", "follow-up-before-change"),
        });
    }

    [Fact]
    public void A_vague_change_says_why_and_which_rule_found_it()
    {
        var problem = (RepairTestData.Plan with { Change = "try harder to be on time" }).Validate().Problems.Single();

        problem.Code.Should().Be("vague-change");
        problem.Message.Should().Contain("vague-effort").And.Contain("concrete");
    }

    [Fact]
    public void Follow_through_records_are_kept_in_date_order_and_the_plan_is_unchanged()
    {
        var plan = RepairTestData.Plan;

        var later = plan
            .WithFollowThrough(new FollowThroughRecord { Date = Monday.AddDays(2), Kept = true })
            .WithFollowThrough(new FollowThroughRecord { Date = Monday, Kept = false, Note = "Forgot; texted on Friday morning." });

        later.FollowThrough.Select(r => r.Date).Should().Equal(Monday, Monday.AddDays(2));
        plan.FollowThrough.Should().BeEmpty();
        later.Validate().IsValid.Should().BeTrue();
    }

    [Fact]
    public void Follow_through_before_the_change_starts_twice_on_a_day_or_null_is_reported()
    {
        var plan = RepairTestData.Plan with
        {
            FollowThrough =
            [
                new FollowThroughRecord { Date = Monday.AddDays(-3), Kept = true },
                new FollowThroughRecord { Date = Monday.AddDays(1), Kept = true },
                new FollowThroughRecord { Date = Monday.AddDays(1), Kept = false },
                null!,
            ],
            FollowUpHeldOn = Monday.AddDays(-1),
        };

        plan.Validate().Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("followUpHeldOn", "before-change-start"),
            ("followThrough[0].date", "before-change-start"),
            ("followThrough[2].date", "duplicate-date"),
            ("followThrough[3]", "required"));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(13, false)]
    [InlineData(14, true)]
    public void The_follow_up_is_overdue_only_after_its_day_while_it_has_not_been_held(int daysAfterStart, bool overdue)
    {
        var today = new FixedTimeProvider(new DateTimeOffset(Monday.AddDays(daysAfterStart), new TimeOnly(9, 0), TimeSpan.Zero));

        RepairTestData.Plan.IsFollowUpOverdue(today).Should().Be(overdue);
        (RepairTestData.Plan with { FollowUpHeldOn = Monday.AddDays(13) }).IsFollowUpOverdue(today).Should().BeFalse();
    }

    [Fact]
    public void The_plan_becomes_the_repair_statement_script_with_the_follow_up_date_in_the_given_culture()
    {
        var arguments = RepairTestData.Plan.ToScriptArguments(CultureInfo.InvariantCulture);

        arguments.Should().Be(new RepairStatementArguments(
            "cancelled our plans at the last minute again",
            "how let down you must have felt",
            "tell you by Thursday evening if my weekend plans change",
            "cook dinner for us on Saturday",
            "on Sunday, 20 December 2026"));
        ScriptRenderer.Default.Render(arguments).Should().Be(
            "I want to own what happened: I cancelled our plans at the last minute again. I'm sorry, and I regret how let down you must have felt. "
            + "From now on, I will tell you by Thursday evening if my weekend plans change. To start making it right, I'd like to cook dinner for us on Saturday. "
            + "Can we check in on Sunday, 20 December 2026 to see how it's going?");
    }

    [Fact]
    public void A_plan_with_a_blank_step_cannot_be_put_into_words_and_the_error_names_the_step()
    {
        var act = () => (RepairTestData.Plan with { Remorse = "" }).ToScriptArguments();

        act.Should().Throw<InvalidOperationException>().WithMessage("*remorse*");
    }

    [Fact]
    public void A_null_record_or_clock_is_an_argument_error()
    {
        ((Action)(() => RepairTestData.Plan.WithFollowThrough(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => RepairTestData.Plan.IsFollowUpOverdue(null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_repair_request_is_valid_when_filled_and_reports_every_problem_at_once()
    {
        RepairTestData.Request.Validate().IsValid.Should().BeTrue();

        var bad = RepairTestData.Request with { WhatToChange = "be more considerate", HowIWillKnow = "", Boundary = null!, Rupture = new string('x', 5000) };

        bad.Validate().Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("rupture", "too-long"),
            ("whatToChange", "vague-request"),
            ("howIWillKnow", "required"),
            ("boundary", "required"));
    }
}
