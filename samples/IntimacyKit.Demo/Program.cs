// The IntimacyKit demo: lists the book's chapters, describes one intimacy-anxiety pattern
// (withdraw, engulf or pursue) with the dances it forms and the exercises that work on it, renders
// every toolbox script in the user's own words, coaches a message, takes the self-assessment, plans
// a six-week experiment from the practices it recommends and logs a few days, and drafts a repair
// plan with its review.
//
//   dotnet run --project samples/IntimacyKit.Demo              asks which pattern (or shows withdraw without a terminal)
//   dotnet run --project samples/IntimacyKit.Demo -- pursue    describes the pursue pattern
using System.Globalization;
using IntimacyKit;
using IntimacyKit.Exercises;
using IntimacyKit.Coaching;
using IntimacyKit.Demo;
using IntimacyKit.Patterns;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;

var catalog = IntimacyCatalog.BuiltIn;
var names = string.Join(", ", Enum.GetValues<AnxietyResponse>().Select(r => r.ToString().ToLowerInvariant()));

if (args is ["--help" or "-h" or "-?", ..])
{
    Console.WriteLine("Usage: IntimacyKit.Demo [pattern]");
    Console.WriteLine($"  pattern   one of: {names}. Without it the demo asks, or shows withdraw when no terminal is attached.");
    return 0;
}

if (args.Length > 1)
{
    Console.Error.WriteLine($"Expected at most one argument, a pattern ({names}); got {args.Length}.");
    return 2;
}

Console.WriteLine("IntimacyKit demo: ideas from Harriet Lerner's \"The Dance of Intimacy\"");
Console.WriteLine("Reflective exercises for everyday relationships; not therapy or diagnosis.");
Console.WriteLine();
Console.WriteLine("Chapters");
foreach (var chapter in catalog.Chapters)
{
    var label = chapter.Number is { } number ? $"{number,2}." : "   ";
    Console.WriteLine($"  {label} {chapter.Title}");
}

Console.WriteLine();

var requested = args.Length == 1 ? args[0] : AskForPattern(names);
if (!TryParsePattern(requested, out var response))
{
    Console.Error.WriteLine($"'{requested}' is not a pattern. Choose one of: {names}.");
    return 2;
}

var pattern = catalog.GetPattern(response);
Console.WriteLine($"Pattern: {pattern.Name}");
Console.WriteLine($"  {pattern.Summary}");
Console.WriteLine($"  Looks like:        {string.Join("; ", pattern.Signs)}");
Console.WriteLine($"  The fear beneath:  {pattern.UnderlyingFear}");
Console.WriteLine($"  Effect on partner: {pattern.EffectOnPartner}");
Console.WriteLine($"  How it feeds back: {pattern.HowItFeedsThePartner}");
Console.WriteLine("  Antidotes:");
foreach (var antidote in pattern.Antidotes)
{
    Console.WriteLine($"    - {antidote}");
}

foreach (var dance in catalog.Dances)
{
    var role = dance.First.Response == response ? dance.First : dance.Second.Response == response ? dance.Second : null;
    if (role is not null)
    {
        var other = role == dance.First ? dance.Second : dance.First;
        Console.WriteLine();
        Console.WriteLine($"Dance: {dance.Name} (you as the {role.Name}, your partner as the {other.Name})");
        Console.WriteLine($"  {role.Move} {role.FeedsTheOther}");
        Console.WriteLine("  Circuit breakers:");
        foreach (var breaker in dance.CircuitBreakers)
        {
            Console.WriteLine($"    - {breaker}");
        }
    }
}

Console.WriteLine();
Console.WriteLine("Exercises for this pattern");
foreach (var exercise in catalog.GetExercisesForPattern(response))
{
    var chapter = catalog.Get<Chapter>(exercise.ChapterId);
    var from = chapter.Number is { } n ? $"chapter {n}" : chapter.Title;
    Console.WriteLine($"  - {exercise.Title} ({Describe(exercise.Kind)}, about {exercise.EstimatedMinutes} min, {from})");
    Console.WriteLine($"    {exercise.Instructions}");
    Console.WriteLine($"    You fill in: {string.Join("; ", exercise.Fields.Select(f => f.Label))}");
}

Console.WriteLine();
Console.WriteLine("The toolbox, in your own words");
var interactive = !Console.IsInputRedirected;
if (!interactive)
{
    Console.WriteLine("(No terminal attached: filling each blank with its example.)");
}

var renderer = ScriptRenderer.Default;
foreach (var item in catalog.Toolbox.Where(t => t.ScriptId is not null))
{
    var template = renderer.GetTemplate(item.ScriptId!);
    Console.WriteLine();
    Console.WriteLine($"  {item.Name}: {item.Purpose}");
    var values = new Dictionary<string, object?>();
    foreach (var parameter in template.Parameters)
    {
        values[parameter.Name] = AskForValue(parameter, interactive);
    }

    Console.WriteLine($"  > {renderer.RenderTemplate(template.Id, values)}");
}

Console.WriteLine();
Console.WriteLine("The message coach");
string[] messages = interactive
    ? [Ask("Type a message you are about to send (Enter to skip): ")]
    : ["You ALWAYS leave the dishes for me!!! You're so selfish.", "You never listen, and last night he hit me."];
if (!interactive)
{
    Console.WriteLine("(No terminal attached: coaching two sample messages.)");
}

foreach (var message in messages.Where(m => m.Length > 0))
{
    Coach(message, catalog);
}

Console.WriteLine();
var profile = DemoAssessment.Run(response, interactive);

Console.WriteLine();
Console.WriteLine("A six-week experiment from the recommended practices");
DemoExperiment.Run(profile.Practices);

Console.WriteLine();
DemoRepair.Run(TimeProvider.System, interactive);

Console.WriteLine();
Console.WriteLine(string.Join(Environment.NewLine, catalog.Attributions));
return 0;

static string Ask(string prompt)
{
    Console.Write(prompt);
    return Console.ReadLine()?.Trim() ?? "";
}

// Shows the findings marked in place and the rewrite; for words that show danger, the safety message instead.
static void Coach(string message, IntimacyCatalog catalog)
{
    var report = MessageCoach.Default.Analyze(message);
    Console.WriteLine();
    if (report.Safety is { } safety)
    {
        Console.WriteLine($"  \"{message}\"");
        Console.WriteLine($"  {safety.Resources?.Message}");
        foreach (var resource in safety.Resources?.Resources ?? [])
        {
            Console.WriteLine($"    {resource.Name}: {resource.Contact}");
        }

        var view = SafeCatalogView.For(catalog, safety);
        Console.WriteLine($"  For now, exercises just for you: {string.Join("; ", view.Exercises.Select(e => e.Title))}.");
        Console.WriteLine($"  ({view.Withheld.Length} exercises and scripts that involve your partner are set aside for now.)");
        return;
    }

    if (!report.HasFindings)
    {
        Console.WriteLine($"  \"{message}\": nothing to flag.");
        return;
    }

    // Mark each stretch of text some finding covers; findings may overlap ("You ALWAYS" and "ALWAYS").
    var covered = new bool[message.Length];
    foreach (var finding in report.Findings)
    {
        Array.Fill(covered, true, finding.Start, finding.Length);
    }

    var marked = new System.Text.StringBuilder();
    for (var i = 0; i < message.Length; i++)
    {
        if (covered[i] && (i == 0 || !covered[i - 1]))
        {
            marked.Append("[[");
        }

        marked.Append(message[i]);
        if (covered[i] && (i == message.Length - 1 || !covered[i + 1]))
        {
            marked.Append("]]");
        }
    }

    Console.WriteLine($"  {marked}");
    foreach (var finding in report.Findings)
    {
        Console.WriteLine($"    [[{finding.Text}]] {finding.Explanation} {finding.Suggestion}");
    }

    Console.WriteLine($"  Try instead: {report.Rewrite?.Text}");
}

// A person's answer for one blank, or its example when they press Enter (or no terminal is attached).
static object? AskForValue(ScriptParameter parameter, bool interactive)
{
    while (true)
    {
        var text = parameter.Example;
        if (interactive)
        {
            Console.Write($"    {parameter.Description} [{parameter.Example}]: ");
            var answer = Console.ReadLine()?.Trim();
            text = string.IsNullOrEmpty(answer) ? parameter.Example : answer;
        }

        if (TryRead(parameter.Kind, text, out var value))
        {
            return value;
        }

        Console.WriteLine($"    '{text}' is not a {parameter.Kind.ToString().ToLowerInvariant()}; try again (for example {parameter.Example}).");
    }
}

// Examples are written in invariant form (00:20:00, 19:30, Saturday); people may also type minutes or a local time.
static bool TryRead(ScriptParameterKind kind, string text, out object? value)
{
    value = null;
    switch (kind)
    {
        case ScriptParameterKind.Duration:
            if (int.TryParse(text, out var minutes) && minutes > 0)
            {
                value = TimeSpan.FromMinutes(minutes);
            }
            else if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var duration) && duration > TimeSpan.Zero)
            {
                value = duration;
            }

            break;
        case ScriptParameterKind.ClockTime:
            if (TimeOnly.TryParse(text, CultureInfo.CurrentCulture, out var time) || TimeOnly.TryParse(text, CultureInfo.InvariantCulture, out time))
            {
                value = time;
            }

            break;
        case ScriptParameterKind.Day:
            if (Enum.TryParse<DayOfWeek>(text, ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(text, out _))
            {
                value = day;
            }

            break;
        default:
            value = string.IsNullOrWhiteSpace(text) ? null : text;
            break;
    }

    return value is not null;
}

static string AskForPattern(string names)
{
    if (Console.IsInputRedirected)
    {
        Console.WriteLine($"(No terminal attached: showing the withdraw pattern. Name another as an argument: {names}.)");
        Console.WriteLine();
        return "withdraw";
    }

    Console.Write($"Which pattern do you fall into under stress? ({names}) [withdraw]: ");
    var answer = Console.ReadLine()?.Trim();
    Console.WriteLine();
    return string.IsNullOrEmpty(answer) ? "withdraw" : answer;
}

static bool TryParsePattern(string text, out AnxietyResponse response) =>
    Enum.TryParse(text.Trim(), ignoreCase: true, out response)
    && Enum.IsDefined(response)
    && !int.TryParse(text, out _);

static string Describe(ExerciseKind kind) => kind switch
{
    ExerciseKind.ScriptRehearsal => "script rehearsal",
    ExerciseKind.BehaviouralExperiment => "behavioural experiment",
    ExerciseKind.RolePlay => "role-play",
    _ => kind.ToString().ToLowerInvariant(),
};
