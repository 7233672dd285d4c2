// The IntimacyKit demo: lists the book's chapters, then describes one intimacy-anxiety pattern
// (withdraw, engulf or pursue) with the dances it forms and the exercises that work on it.
//
//   dotnet run --project samples/IntimacyKit.Demo              asks which pattern (or shows withdraw without a terminal)
//   dotnet run --project samples/IntimacyKit.Demo -- pursue    describes the pursue pattern
using IntimacyKit;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;

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
Console.WriteLine(string.Join(Environment.NewLine, catalog.Attributions));
return 0;

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
