using System.Globalization;

namespace IntimacyKit.Tests.Worksheets;

/// <summary>
/// Each sample worksheet rendered in a culture, compared with a checked-in file of Worksheets/Golden named
/// <c>&lt;sample&gt;.&lt;culture&gt;.md</c> or <c>.txt</c>. To accept a changed rendering, run the tests with
/// <c>INTIMACYKIT_UPDATE_GOLDEN=1</c>, review the diff of the files, and commit it.
/// </summary>
public sealed class WorksheetGoldenTests
{
    private static readonly string s_folder = Path.Combine(RepositoryFiles.Root, "tests", "IntimacyKit.Tests", "Worksheets", "Golden");

    public static TheoryData<string, string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string, string>();
            foreach (var name in new[] { "chart", "map", "plan", "ledger", "crisis" })
            {
                cases.Add(name, "en-US", "md");
                cases.Add(name, "en-US", "txt");
            }

            cases.Add("ledger", "de-DE", "md");
            cases.Add("crisis", "de-DE", "md");
            cases.Add("crisis", "en-GB", "txt");
            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_sample_worksheet_renders_as_its_golden_file(string sample, string culture, string format)
    {
        var worksheet = WorksheetSamples.ByName(sample);
        var provider = CultureInfo.GetCultureInfo(culture);
        var actual = format == "md" ? worksheet.ToMarkdown(provider) : worksheet.ToPlainText(provider);
        var path = Path.Combine(s_folder, $"{sample}.{culture}.{format}");

        if (Environment.GetEnvironmentVariable("INTIMACYKIT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        File.Exists(path).Should().BeTrue($"{path} holds the expected rendering (create it with INTIMACYKIT_UPDATE_GOLDEN=1)");
        actual.Should().Be(File.ReadAllText(path).ReplaceLineEndings("\n"));
    }
}
