using System.Globalization;
using IntimacyKit.Experiments;
using IntimacyKit.Serialization;
using IntimacyKit.Worksheets;

namespace IntimacyKit.Tests.Worksheets;

/// <summary>The example of docs/articles/worksheets.md, as written there, gives what the article says.</summary>
public sealed class WorksheetArticleTests
{
    [Fact]
    public void The_articles_ledger_example_compiles_and_gives_the_figures_it_states()
    {
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

        ValidationResult result = ledger.Validate();
        FairnessShare all = ledger.GetShare();
        string markdown = ledger.ToMarkdown(CultureInfo.GetCultureInfo("en-GB"));
        string json = IntimacyKitJson.Serialize(ledger);
        TaskFairnessLedger again = IntimacyKitJson.Deserialize<TaskFairnessLedger>(json);
        ExperimentPlan plan = ledger.ToExperimentPlan();
        Experiment experiment = Experiment.Create(plan, ledger.Trial!.StartsOn!.Value);

        result.IsValid.Should().BeTrue();
        all.FirstPartner.Should().BeApproximately(5.5 / 6, 1e-12);
        markdown.Should().Contain("| All tasks | 100% / 0% | 100% / 0% | 75% / 25% | 92% / 8% |");
        IntimacyKitJson.Serialize(again).Should().Be(json);
        plan.Validate().IsValid.Should().BeTrue();
        plan.Practices.Single().Description.Should().Be("Alex keeps in mind: Weeknight dinners");
        experiment.StartDate.Should().Be(new DateOnly(2026, 3, 2));
    }

    [Fact]
    public void The_article_is_listed_in_the_docs_table_of_contents()
    {
        RepositoryFiles.ReadAllText("docs", "articles", "toc.yml").Should().Contain("href: worksheets.md");
        RepositoryFiles.ReadAllText("docs", "articles", "worksheets.md").Should().Contain("Experiment.Create(plan, ledger.Trial!.StartsOn!.Value)");
    }
}
