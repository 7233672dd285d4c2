using Spectre.Console;

namespace IntimacyKit.ConsoleCoach;

/// <summary>
/// What the coach needs from the outside world, passed in so tests can drive it: the console, the clock, whether a
/// person is at a terminal, environment variables, and the folders for the data file and for the tour's scratch file.
/// </summary>
internal sealed record CoachEnvironment(IAnsiConsole Console, TimeProvider Time, bool IsInteractive)
{
    /// <summary>The environment variable that chooses the data file when <c>--data</c> is not given.</summary>
    public const string DataVariable = "INTIMACYKIT_COACH_DATA";

    /// <summary>Where command-line errors go (standard error in the app); the main console unless set.</summary>
    public IAnsiConsole? ErrorConsole { get; init; }

    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>The folder for the person's data: <c>&lt;LocalApplicationData&gt;/IntimacyKit</c> by default.</summary>
    public string DataFolder { get; init; } = DefaultDataFolder();

    /// <summary>Where the tour keeps its throw-away data file when no file was chosen.</summary>
    public string ScratchFolder { get; init; } = Path.GetTempPath();

    private static string DefaultDataFolder()
    {
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.Combine(string.IsNullOrEmpty(local) ? Path.GetTempPath() : local, "IntimacyKit");
    }
}
