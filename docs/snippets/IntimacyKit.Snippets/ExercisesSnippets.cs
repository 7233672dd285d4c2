#region usings
using IntimacyKit;
using IntimacyKit.Exercises;
#endregion

namespace DocsSnippets;

public sealed class ExercisesSnippets : SnippetTest
{
    private static readonly IntimacyCatalog catalog = IntimacyCatalog.BuiltIn;
    private static readonly Exercise chart = catalog.Get<Exercise>("conflict-chart");

    [Fact]
    public void Chapters_are_listed_in_book_order_with_their_exercises()
    {
        #region list-chapters
        foreach (Chapter chapter in catalog.Chapters)
        {
            string number = chapter.Number is int n ? $"{n}." : "Conclusion:";
            Console.WriteLine($"{number} {chapter.Title}");

            foreach (Practice practice in catalog.GetPracticesInChapter(chapter.Id))
            {
                Console.WriteLine($"   practice: {practice.Title}");
            }

            foreach (Exercise exercise in catalog.GetExercisesInChapter(chapter.Id))
            {
                Console.WriteLine($"   exercise: {exercise.Title} ({exercise.Kind}, about {exercise.EstimatedMinutes} min)");
            }
        }
        #endregion

        var chapterLines = Output.Split('\n').Where(line => line.Length > 0 && line[0] != ' ').ToList();
        chapterLines.Should().HaveCount(11);
        chapterLines[0].Should().StartWith("1. ");
        chapterLines[9].Should().StartWith("10. ");
        chapterLines[10].Should().StartWith("Conclusion: ");
        Output.Should().Contain($"   exercise: {chart.Title} (Chart, about {chart.EstimatedMinutes} min)");
    }

    [Fact]
    public void An_item_is_found_by_id_as_its_own_type_or_as_any_item()
    {
        #region lookup
        Exercise chart = catalog.Get<Exercise>("conflict-chart");

        if (catalog.TryGet<ICatalogItem>("conflict-chart", out var item))
        {
            Console.WriteLine(item.GetType().Name); // Exercise
        }

        bool found = catalog.TryGet<Practice>("conflict-chart", out _); // false: it is not a practice
        #endregion

        chart.ChapterId.Should().Be("chapter-2");
        Output.Should().Be("Exercise\n");
        found.Should().BeFalse();
    }

    [Fact]
    public void An_exercises_fields_say_what_it_asks_for()
    {
        #region fields
        foreach (ExerciseField field in chart.Fields)
        {
            string need = field.IsOptional ? "optional" : "required";
            Console.WriteLine($"{field.Id} ({field.Type}, {need}): {field.Label}");
        }
        #endregion

        Output.Should().StartWith($"conflicts (TwoColumnTable, required): {chart.Fields[0].Label}");
    }

    [Fact]
    public void A_blank_cell_is_reported_at_its_path_with_a_stable_code()
    {
        #region validate
        var response = new ExerciseResponse
        {
            ExerciseId = chart.Id,
            RespondentId = "partner-a", // your app's own id for the person, if any
        }
        .WithAnswer("conflicts", new TableAnswer(
        [
            new TableRow("Who plans the weekend", "I go quiet and agree to anything"),
            new TableRow("", "I leave the room"),
        ]));

        ValidationResult result = chart.Validate(response);

        if (result.IsValid)
        {
            Console.WriteLine("Complete.");
        }
        else
        {
            foreach (ValidationProblem problem in result.Problems)
            {
                Console.WriteLine($"{problem.Path}: {problem.Message} ({problem.Code})");
            }
        }
        // answers.conflicts[1].left: ... (empty)
        #endregion

        result.Problems.Should().ContainSingle();
        Output.Should().StartWith("answers.conflicts[1].left: ").And.EndWith(" (empty)\n");
    }

    [Fact]
    public void The_principles_of_the_conclusion_are_catalog_items()
    {
        #region principles
        foreach (Principle principle in catalog.Principles)
        {
            Console.WriteLine($"- {principle.Text}");
        }
        #endregion

        catalog.Principles.Should().NotBeEmpty();
        Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(catalog.Principles.Length);
        catalog.Principles.Should().OnlyContain(p => p.ChapterId == "conclusion");
    }
}
