using System.Text.RegularExpressions;

namespace IntimacyKit.Tests;

/// <summary>The README's quick start is compiled as samples/IntimacyKit.QuickStart; these tests keep the two identical.</summary>
public sealed partial class ReadmeQuickStartTests
{
    [Fact]
    public void The_readme_quick_start_is_the_compiled_sample_program()
    {
        var readme = RepositoryFiles.ReadAllText("README.md");
        var sample = RepositoryFiles.ReadAllText("samples", "IntimacyKit.QuickStart", "Program.cs");

        var quickStart = QuickStartBlock().Match(readme);

        quickStart.Success.Should().BeTrue("the README has a '## Quick start' section with a csharp code block");
        quickStart.Groups["code"].Value.Should().Be(sample.TrimEnd() + "\n");
    }

    [Fact]
    public void The_readme_shows_the_two_set_up_commands()
    {
        var readme = RepositoryFiles.ReadAllText("README.md");

        readme.Should().Contain("\ndotnet run --project samples/IntimacyKit.ConsoleCoach\n")
            .And.Contain("\ndotnet test\n");
        File.Exists(Path.Combine(RepositoryFiles.Root, "samples", "IntimacyKit.ConsoleCoach", "IntimacyKit.ConsoleCoach.csproj")).Should().BeTrue();
    }

    [GeneratedRegex(@"## Quick start\n.*?```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex QuickStartBlock();
}
