namespace IntimacyKit.Web.Tests;

public sealed class ReadmeTests
{
    private const string RunCommand = "dotnet run --project samples/IntimacyKit.Web";

    [Fact]
    public void The_readmes_give_the_one_command_that_runs_the_web_sample()
    {
        var root = RepositoryRoot();

        Text(Path.Combine(root, "README.md")).Should().Contain($"\n{RunCommand}\n");
        Text(Path.Combine(root, "samples", "IntimacyKit.Web", "README.md")).Should().Contain($"\n{RunCommand}\n");
        File.Exists(Path.Combine(root, "samples", "IntimacyKit.Web", "IntimacyKit.Web.csproj")).Should().BeTrue();
    }

    // A checkout with CRLF line endings (git's autocrlf on Windows) must pass too.
    private static string Text(string path) => File.ReadAllText(path).ReplaceLineEndings("\n");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntimacyKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No IntimacyKit.sln above {AppContext.BaseDirectory}.");
    }
}
