using IntimacyKit;
using IntimacyKit.Coaching;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

// The built-in catalog: every chapter, pattern, practice, exercise and toolbox script of the book.
var catalog = IntimacyCatalog.BuiltIn;

foreach (var chapter in catalog.Chapters)
{
    Console.WriteLine($"{chapter.Number?.ToString() ?? "-"}  {chapter.Title}");
}

// A pattern of intimacy anxiety, and the exercises that work on it.
var withdraw = catalog.GetPattern(AnxietyResponse.Withdraw);
Console.WriteLine($"{withdraw.Name}: {withdraw.Summary}");
foreach (var exercise in catalog.GetExercisesForPattern(AnxietyResponse.Withdraw))
{
    Console.WriteLine($"  try: {exercise.Title} (about {exercise.EstimatedMinutes} minutes)");
}

// Fill in an exercise and check it; every problem is reported at once, with its path.
var chart = catalog.Get<Exercise>("conflict-chart");
var response = new ExerciseResponse { ExerciseId = chart.Id }
    .WithAnswer("conflicts", new TableAnswer([
        new TableRow("Who plans the weekend", "I press for plans; you go quiet"),
    ]));

var result = chart.Validate(response);
Console.WriteLine(result.IsValid ? "The chart is complete." : result.ToString());

// Render a toolbox script in your own words, then a script of your own (sandboxed, checked when parsed).
var renderer = ScriptRenderer.Default;
Console.WriteLine(renderer.Render(new HonestyFormulaArguments("hurt", "plans change at the last minute", "a heads-up the day before")));

var mine = CustomScript.Parse("{{ name }}, I need a few minutes to myself. Let's talk again at {{ time }}.");
Console.WriteLine(renderer.RenderCustom(mine, new Dictionary<string, object?> { ["name"] = "Sam", ["time"] = new TimeOnly(19, 30) }));

// Coach a message before it is sent. Words that show danger get the safety screen's resources instead.
var report = MessageCoach.Default.Analyze("You always leave the dishes for me!!!");
foreach (var finding in report.Findings)
{
    Console.WriteLine($"{finding.Kind} \"{finding.Text}\": {finding.Suggestion}");
}

Console.WriteLine(report.Rewrite?.Text);
