using IntimacyKit.Patterns;
using Spectre.Console;

namespace IntimacyKit.ConsoleCoach;

/// <summary>The command line: <c>[--demo] [--data &lt;path&gt;] [pattern]</c>, <c>--help</c>.</summary>
internal static class CoachCommandLine
{
    public const int Success = 0;
    public const int UsageError = 2;

    /// <summary>The tour was asked to write to a data file that already holds data, and refused.</summary>
    public const int DataFileHoldsData = 3;

    private static readonly string PatternNames =
        string.Join(", ", Enum.GetValues<AnxietyResponse>().Select(r => r.ToString().ToLowerInvariant()));

    public static int Run(string[] args, CoachEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var console = environment.Console;
        if (!TryParse(args, out var options, out var error))
        {
            var errors = environment.ErrorConsole ?? console;
            errors.MarkupLineInterpolated($"[red]{error}[/]");
            errors.WriteLine();
            WriteHelp(errors);
            return UsageError;
        }

        if (options.Help)
        {
            WriteHelp(console);
            return Success;
        }

        var tour = options.Demo || options.Pattern is not null || !environment.IsInteractive;
        if (!tour)
        {
            var chosen = options.DataPath ?? NonBlank(environment.GetEnvironmentVariable(CoachEnvironment.DataVariable));
            var store = new CoachStore(chosen ?? Path.Combine(environment.DataFolder, "coach.json"));
            return new InteractiveCoach(environment, store).Run();
        }

        // The tour writes scripted answers, so it never touches a file that holds data: the person's default file and
        // the environment variable's file are left alone (it uses a scratch file), and a --data file must be new or empty.
        var chosenFile = options.DataPath;
        if (chosenFile is not null && HoldsData(chosenFile))
        {
            var errors = environment.ErrorConsole ?? console;
            errors.MarkupLineInterpolated($"[red]The tour writes scripted answers to its data file, and {Path.GetFullPath(chosenFile)} already holds data.[/]");
            errors.WriteLine("Nothing was changed. Give --data a new or empty file, or leave --data out to tour with a throw-away file.");
            return DataFileHoldsData;
        }

        string? scratch = null;
        if (chosenFile is null)
        {
            scratch = Path.Combine(environment.ScratchFolder, $"intimacykit-tour-{Guid.NewGuid():N}");
            chosenFile = Path.Combine(scratch, "coach.json");
        }

        try
        {
            var why = options.Demo ? null : options.Pattern is not null ? null : "No terminal attached";
            return new GuidedTour(environment, new CoachStore(chosenFile), options.Pattern ?? AnxietyResponse.Withdraw, why, scratch is not null).Run();
        }
        finally
        {
            if (scratch is not null)
            {
                TryDeleteScratch(scratch);
            }
        }
    }

    public static void WriteHelp(IAnsiConsole console)
    {
        console.WriteLine("IntimacyKit console coach: reflective exercises from the ideas of Harriet Lerner's \"The Dance of Intimacy\".");
        console.WriteLine();
        console.WriteLine("Usage: IntimacyKit.ConsoleCoach [--demo] [--data <path>] [pattern]");
        console.WriteLine();
        console.WriteLine("Options:");
        console.WriteLine("  --demo          Run the scripted tour of every step, end to end (what runs without a terminal).");
        console.WriteLine($"  --data <path>   Keep your data in this file (default: <LocalApplicationData>/IntimacyKit/coach.json, or ${CoachEnvironment.DataVariable}).");
        console.WriteLine("                  The tour uses a throw-away file unless --data names a new or empty one;");
        console.WriteLine("                  it never writes over a file that holds data.");
        console.WriteLine("  -h, --help      Show this help.");
        console.WriteLine($"  pattern         Run the tour answering as someone who leans towards it: {PatternNames}.");
        console.WriteLine();
        console.WriteLine("Commands in the coach's menu:");
        foreach (var step in Enum.GetValues<CoachStep>())
        {
            console.WriteLine($"  {CoachSteps.Title(step),-34} {CoachSteps.Describe(step)}");
        }
    }

    internal static bool TryParse(string[] args, out CoachOptions options, out string error)
    {
        options = new CoachOptions();
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "-?" or "--help":
                    options = options with { Help = true };
                    break;
                case "--demo":
                    options = options with { Demo = true };
                    break;
                case "--data":
                    if (i + 1 >= args.Length || string.IsNullOrWhiteSpace(args[i + 1]) || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        error = "--data needs a file path, for example --data ./coach.json.";
                        return false;
                    }

                    options = options with { DataPath = args[++i] };
                    break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        error = $"Unknown option '{arg}'.";
                        return false;
                    }

                    if (options.Pattern is not null)
                    {
                        error = $"Expected at most one pattern; got '{options.Pattern.Value.ToString().ToLowerInvariant()}' and '{arg}'.";
                        return false;
                    }

                    // Exact names only: Enum.TryParse would also take numbers and comma lists ("withdraw,engulf").
                    if (PatternNamed(arg) is not { } pattern)
                    {
                        error = $"'{arg}' is not a pattern. Choose one of: {PatternNames}.";
                        return false;
                    }

                    options = options with { Pattern = pattern };
                    break;
            }
        }

        return true;
    }

    // A scratch folder that cannot be removed is left for the system's temp cleaning: the tour itself succeeded.
    private static void TryDeleteScratch(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static AnxietyResponse? PatternNamed(string name)
    {
        foreach (var response in Enum.GetValues<AnxietyResponse>())
        {
            if (string.Equals(response.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                return response;
            }
        }

        return null;
    }

    private static bool HoldsData(string path)
    {
        var file = new FileInfo(path);
        return file.Exists && file.Length > 0;
    }

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>The parsed command line.</summary>
internal sealed record CoachOptions
{
    public bool Help { get; init; }

    public bool Demo { get; init; }

    public string? DataPath { get; init; }

    public AnxietyResponse? Pattern { get; init; }
}
