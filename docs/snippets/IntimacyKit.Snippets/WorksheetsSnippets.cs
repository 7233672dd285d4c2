#region usings
using System.Globalization;
using IntimacyKit;
using IntimacyKit.Experiments;
using IntimacyKit.Serialization;
using IntimacyKit.Worksheets;
#endregion

namespace DocsSnippets;

public sealed class WorksheetsSnippets : SnippetTest
{
    [Fact]
    public void A_ledger_validates_shares_its_tasks_round_trips_and_becomes_a_one_week_plan()
    {
        #region ledger
        var ledger = new TaskFairnessLedger
        {
            FirstPartnerName = "Sam",
            SecondPartnerName = "Alex",
            Tasks =
            [
                new() { Name = "Weeknight dinners", Kind = TaskKind.Household,
                        Conception = Carrier.FirstPartner, Planning = Carrier.FirstPartner, Doing = Carrier.Both },
                new() { Name = "Family birthdays", Kind = TaskKind.Emotional,
                        Conception = Carrier.FirstPartner, Planning = Carrier.FirstPartner, Doing = Carrier.FirstPartner },
            ],
            Trial = new()
            {
                Moves = [new() { Task = "Weeknight dinners", Role = TaskRole.Conception, To = Carrier.SecondPartner, TimesPerWeek = 5 }],
                StartsOn = new DateOnly(2026, 3, 2),
                Measure = new() { Kind = MeasureKind.Rating, Description = "How fair the week felt", Baseline = 4, Target = 7 },
            },
        };

        ValidationResult result = ledger.Validate();           // valid
        FairnessShare all = ledger.GetShare();                 // Sam 5.5 of 6 parts: 0.9166…
        FairnessShare thinking = ledger.GetShare(role: TaskRole.Conception);
        string markdown = ledger.ToMarkdown(CultureInfo.GetCultureInfo("en-GB"));
        string json = IntimacyKitJson.Serialize(ledger);
        TaskFairnessLedger again = IntimacyKitJson.Deserialize<TaskFairnessLedger>(json);

        ExperimentPlan plan = ledger.ToExperimentPlan();       // one week, one micro-practice per moved part
        Experiment experiment = Experiment.Create(plan, ledger.Trial!.StartsOn!.Value);
        #endregion

        result.IsValid.Should().BeTrue();
        all.Parts.Should().Be(6);
        all.FirstPartner.Should().BeApproximately(5.5 / 6, 1e-9);
        thinking.Parts.Should().Be(2);
        thinking.FirstPartner.Should().Be(1);
        markdown.Should().Contain("| All tasks | 100% / 0% | 100% / 0% | 75% / 25% | 92% / 8% |");
        IntimacyKitJson.Serialize(again).Should().Be(json);
        plan.DurationWeeks.Should().Be(ExperimentPlan.TrialDurationWeeks);
        plan.Validate().IsValid.Should().BeTrue();
        plan.Practices.Should().ContainSingle().Which.TimesPerWeek.Should().Be(5);
        plan.Practices.Single().Description.Should().Be("Alex keeps in mind: Weeknight dinners");
        experiment.StartDate.Should().Be(new DateOnly(2026, 3, 2));
    }
}
