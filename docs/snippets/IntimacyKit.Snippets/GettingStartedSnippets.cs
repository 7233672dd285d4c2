#region usings
using IntimacyKit;
using IntimacyKit.Coaching;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;
using IntimacyKit.Serialization;
#endregion

namespace DocsSnippets;

public sealed class GettingStartedSnippets : SnippetTest
{
    [Fact]
    public void The_first_call_describes_withdrawal_and_lists_its_exercises()
    {
        #region first-call
        IntimacyCatalog catalog = IntimacyCatalog.BuiltIn;

        PatternDescription withdraw = catalog.GetPattern(AnxietyResponse.Withdraw);
        Console.WriteLine($"{withdraw.Name}: {withdraw.Summary}");

        foreach (Exercise exercise in catalog.GetExercisesForPattern(AnxietyResponse.Withdraw))
        {
            Console.WriteLine($"- {exercise.Title} (about {exercise.EstimatedMinutes} min)");
        }
        #endregion

        var lines = Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be($"Withdrawal: {withdraw.Summary}");
        lines.Skip(1).Should().HaveCount(catalog.GetExercisesForPattern(AnxietyResponse.Withdraw).Length)
            .And.Equal(catalog.GetExercisesForPattern(AnxietyResponse.Withdraw).Select(e => $"- {e.Title} (about {e.EstimatedMinutes} min)"));
        lines.Should().Contain(line => line.StartsWith($"- {catalog.Get<Exercise>("closeness-fears").Title} ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_conflict_chart_with_one_full_row_is_complete()
    {
        IntimacyCatalog catalog = IntimacyCatalog.BuiltIn;

        #region fill-in
        Exercise chart = catalog.Get<Exercise>("conflict-chart");

        var response = new ExerciseResponse { ExerciseId = chart.Id }
            .WithAnswer("conflicts", new TableAnswer([
                new TableRow("Who plans the weekend", "I press for plans; you go quiet"),
            ]));

        ValidationResult result = chart.Validate(response);
        Console.WriteLine(result.IsValid ? "The chart is complete." : result.ToString());
        // The chart is complete.
        #endregion

        Output.Should().Be("The chart is complete.\n");
    }

    [Fact]
    public void A_script_coaching_and_json_each_take_one_call()
    {
        var response = new ExerciseResponse { ExerciseId = "conflict-chart" }
            .WithAnswer("conflicts", new TableAnswer([new TableRow("Who plans the weekend", "I press for plans; you go quiet")]));

        #region more-first-calls
        // A toolbox script in the person's own words.
        Console.WriteLine(ScriptRenderer.Default.Render(
            new HonestyFormulaArguments("hurt", "plans change at the last minute", "a heads-up the day before")));
        // I feel hurt when plans change at the last minute; I'd like a heads-up the day before.

        // A message coached before it is sent.
        CoachReport report = MessageCoach.Default.Analyze("You always leave the dishes for me!!!");
        Console.WriteLine(report.Rewrite?.Text);
        // I feel [feeling] when you leave the dishes for me; I'd like [request].

        // The person's answers saved as JSON, and read back.
        string json = IntimacyKitJson.Serialize(response);
        ExerciseResponse saved = IntimacyKitJson.Deserialize<ExerciseResponse>(json);
        #endregion

        Output.Should().Be("""
            I feel hurt when plans change at the last minute; I'd like a heads-up the day before.
            I feel [feeling] when you leave the dishes for me; I'd like [request].

            """);
        IntimacyKitJson.Serialize(saved).Should().Be(json);
    }
}
