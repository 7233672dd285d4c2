using IntimacyKit.Experiments;
using IntimacyKit.Worksheets;

namespace IntimacyKit.Tests.Worksheets;

public sealed class TaskFairnessLedgerTests
{
    private static readonly TaskFairnessLedger s_ledger = WorksheetSamples.Ledger;

    [Fact]
    public void Every_part_of_every_task_counts_once_and_a_shared_part_half_for_each()
    {
        // Sam carries dinners 1 + 1 + 0.5, laundry 1, birthdays 3, holidays 0 + 0.5 + 0.5: 7.5 of 12 parts.
        var share = s_ledger.GetShare();

        share.Parts.Should().Be(12);
        share.FirstPartner.Should().BeApproximately(7.5 / 12, 1e-12);
        share.SecondPartner.Should().BeApproximately(4.5 / 12, 1e-12);
    }

    [Theory]
    [InlineData(TaskKind.Household, null, 6, 3.5)]
    [InlineData(TaskKind.Emotional, null, 3, 3.0)]
    [InlineData(TaskKind.DecisionMaking, null, 3, 1.0)]
    [InlineData(null, TaskRole.Conception, 4, 3.0)]
    [InlineData(null, TaskRole.Planning, 4, 2.5)]
    [InlineData(null, TaskRole.Doing, 4, 2.0)]
    [InlineData(TaskKind.Household, TaskRole.Doing, 2, 0.5)]
    public void Shares_are_computed_per_kind_and_per_part(TaskKind? kind, TaskRole? role, int parts, double firstPartnerParts)
    {
        var share = s_ledger.GetShare(kind, role);

        share.Parts.Should().Be(parts);
        share.FirstPartner.Should().BeApproximately(firstPartnerParts / parts, 1e-12);
        (share.FirstPartner + share.SecondPartner).Should().BeApproximately(1, 1e-12);
    }

    [Fact]
    public void A_ledger_with_nothing_to_count_has_an_empty_share_and_no_division_by_zero()
    {
        var share = new TaskFairnessLedger { Tasks = [null!] }.GetShare(TaskKind.Emotional);

        share.Should().Be(new FairnessShare(0, 0, 0));
        share.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Applying_the_trial_moves_the_named_parts_and_drops_the_trial()
    {
        var after = s_ledger.WithTrialApplied();

        after.Trial.Should().BeNull();
        after.Tasks[0].Conception.Should().Be(Carrier.SecondPartner);
        after.Tasks[2].Planning.Should().Be(Carrier.SecondPartner, "task names match ignoring case");
        after.GetShare().FirstPartner.Should().BeApproximately(5.5 / 12, 1e-12);
        s_ledger.Tasks[0].Conception.Should().Be(Carrier.FirstPartner, "the original is unchanged");
    }

    [Fact]
    public void A_trial_move_must_name_a_listed_task_change_its_carrier_and_move_each_part_once()
    {
        var ledger = s_ledger with
        {
            Trial = new()
            {
                Moves =
                [
                    new() { Task = "Gardening", Role = TaskRole.Doing, To = Carrier.SecondPartner },
                    new() { Task = "Laundry", Role = TaskRole.Doing, To = Carrier.SecondPartner },
                    new() { Task = "Weeknight dinners", Role = TaskRole.Doing, To = Carrier.SecondPartner },
                    new() { Task = "weeknight dinners ", Role = TaskRole.Doing, To = Carrier.FirstPartner },
                ],
            },
        };

        var problems = ledger.Validate().Problems;

        problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("trial.moves[0].task", "unknown-task"),
            ("trial.moves[1].to", "no-change"),
            ("trial.moves[3]", "duplicate"));
        problems[1].Message.Should().Be("Alex already carries 'Doing it' for 'Laundry'; a move must change who carries it.");
    }

    [Fact]
    public void A_trial_needs_a_move_and_the_ledger_a_task_with_a_unique_name()
    {
        var ledger = new TaskFairnessLedger
        {
            Tasks =
            [
                new() { Name = "Laundry", Kind = TaskKind.Household, Conception = Carrier.Both, Planning = Carrier.Both, Doing = Carrier.Both },
                new() { Name = "LAUNDRY", Kind = TaskKind.Household, Conception = Carrier.Both, Planning = Carrier.Both, Doing = (Carrier)7 },
            ],
            Trial = new() { Measure = new() { Kind = MeasureKind.Rating, Description = "", Baseline = 4, Target = 11 } },
        };

        ledger.Validate().Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("tasks[1].name", "duplicate"),
            ("tasks[1].doing", "unknown-value"),
            ("trial.moves", "required"),
            ("trial.measure.description", "required"),
            ("trial.measure.target", "target-unreachable"));
    }

    [Fact]
    public void CarrierOf_and_WithCarrier_reject_an_undefined_part()
    {
        var task = s_ledger.Tasks[0];

        task.Invoking(t => t.CarrierOf((TaskRole)0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("role");
        task.Invoking(t => t.WithCarrier((TaskRole)4, Carrier.Both)).Should().Throw<ArgumentOutOfRangeException>();
        task.WithCarrier(TaskRole.Planning, Carrier.SecondPartner).Planning.Should().Be(Carrier.SecondPartner);
    }
}
