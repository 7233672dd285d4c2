namespace IntimacyKit.Tests;

/// <summary>Finds files of the repository from the test output folder, for tests that compare checked-in files.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string ReadAllText(params string[] relativePath) =>
        File.ReadAllText(Path.Combine([Root, .. relativePath])).ReplaceLineEndings("\n");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IntimacyKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("IntimacyKit.sln was not found above the test output folder.");
    }
}
