// The IntimacyKit console coach: an interactive Spectre.Console app that walks a person through the
// self-assessment, their profile and pattern, a worksheet, the toolbox scripts in their own words, the message
// coach and safety screen, a six-week experiment with practice logs and a progress chart. Without a terminal
// (or with --demo) it runs a scripted tour of every step. `--help` lists the options and commands.
//
//   dotnet run --project samples/IntimacyKit.ConsoleCoach
//   dotnet run --project samples/IntimacyKit.ConsoleCoach -- --demo
using IntimacyKit.ConsoleCoach;
using Spectre.Console;

var console = AnsiConsole.Console;
var interactive = !Console.IsInputRedirected && !Console.IsOutputRedirected && console.Profile.Capabilities.Interactive;
if (Console.IsOutputRedirected)
{
    // Plain lines for logs and scripts: no wrapping at an imaginary 80 columns.
    console.Profile.Width = 1000;
}

var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
return CoachCommandLine.Run(args, new CoachEnvironment(console, TimeProvider.System, interactive) { ErrorConsole = errors });
