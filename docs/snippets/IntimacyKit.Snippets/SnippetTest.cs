using System.Globalization;

// The snippets write to the console, which is one per process: run the tests one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace DocsSnippets;

/// <summary>
/// Base of the snippet tests: captures what a snippet writes to the console, in en-US, and runs it in the folder
/// of the files the snippets read (Files/), so an article's code runs exactly as it reads.
/// </summary>
public abstract class SnippetTest : IDisposable
{
    private readonly TextWriter originalOut = Console.Out;
    private readonly TextWriter originalError = Console.Error;
    private readonly CultureInfo originalCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo originalUiCulture = CultureInfo.CurrentUICulture;
    private readonly string originalDirectory = Environment.CurrentDirectory;
    private readonly StringWriter output = new();

    protected SnippetTest()
    {
        Console.SetOut(output);
        Console.SetError(output);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        Environment.CurrentDirectory = Path.Combine(AppContext.BaseDirectory, "Files");
    }

    /// <summary>Gets what the snippet has written to the console so far, with "\n" line ends.</summary>
    protected string Output => output.ToString().ReplaceLineEndings("\n");

    public void Dispose()
    {
        Console.SetOut(originalOut);
        Console.SetError(originalError);
        CultureInfo.CurrentCulture = originalCulture;
        CultureInfo.CurrentUICulture = originalUiCulture;
        Environment.CurrentDirectory = originalDirectory;
        output.Dispose();
        GC.SuppressFinalize(this);
    }
}
