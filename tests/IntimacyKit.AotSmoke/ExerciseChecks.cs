using IntimacyKit.Exercises;

namespace IntimacyKit.AotSmoke;

/// <summary>Filling in an exercise and validating the response.</summary>
internal static class ExerciseChecks
{
    private static Exercise Chart => IntimacyCatalog.BuiltIn.Get<Exercise>("conflict-chart");

    public static void Run(SmokeRun run)
    {
        run.Check("Get<Exercise>(\"conflict-chart\") is a chart with a two-column table", () =>
            Expect.Equal(Chart.Kind, ExerciseKind.Chart, "kind")
            && Expect.Equal(Chart.Fields.Single().Type, FieldType.TwoColumnTable, "the field's type"));

        run.Check("a filled-in conflict chart is valid", () =>
        {
            var response = new ExerciseResponse { ExerciseId = Chart.Id }
                .WithAnswer("conflicts", new TableAnswer([
                    new TableRow("Who plans the weekend", "I press for plans; you go quiet"),
                    new TableRow("Money", "You worry aloud; I change the subject"),
                ]));
            var result = Chart.Validate(response);
            return Expect.True(result.IsValid, $"a valid result, got: {result}");
        });

        run.Check("an empty conflict chart has one problem, 'required', at answers.conflicts", () =>
        {
            var result = Chart.Validate(new ExerciseResponse { ExerciseId = Chart.Id });
            var problem = result.Problems.Length == 1 ? result.Problems[0] : throw new CheckFailedException($"expected one problem, got: {result}");
            return Expect.Equal(problem.Code, "required", "code")
                && Expect.Equal(problem.Path, "answers.conflicts", "path");
        });

        run.Check("an answer of the wrong type is named in the message", () =>
        {
            var response = new ExerciseResponse { ExerciseId = Chart.Id }.WithAnswer("conflicts", new TextAnswer("Weekends"));
            var problem = Chart.Validate(response).Problems.Single();
            return Expect.Equal(problem.Code, "wrong-type", "code")
                && Expect.Contains(problem.Message, "takes a two-column table answer, not a text one", "the message");
        });

        run.Check("a response's every problem is reported at once, with paths and codes", () =>
        {
            var response = new ExerciseResponse { ExerciseId = "another-exercise" }
                .WithAnswer("conflicts", new TableAnswer([new TableRow("Plans", " ")]))
                .WithAnswer("extra", new RatingAnswer(3));
            var found = Chart.Validate(response).Problems.Select(p => $"{p.Path} {p.Code}");
            return Expect.Equal(string.Join("; ", found), "exerciseId exercise-mismatch; answers.conflicts[0].right empty; answers.extra unknown-field", "problems");
        });
    }
}
