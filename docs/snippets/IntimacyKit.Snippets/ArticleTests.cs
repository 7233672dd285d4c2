using System.Text.RegularExpressions;

namespace DocsSnippets;

/// <summary>
/// Keeps the articles' code compiled: no article may hold a C# block of its own, and every code include must name a
/// snippet file and region that exist, so a renamed region fails here rather than as an empty block on the site.
/// </summary>
public sealed partial class ArticleTests
{
    private static readonly string Docs = Path.Combine(FindRepositoryRoot(), "docs");

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var article in HandWrittenMarkdown())
        {
            data.Add(Path.GetRelativePath(Docs, article).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void The_docs_folder_has_articles_to_check()
    {
        HandWrittenMarkdown().Should().Contain(path => path.EndsWith("getting-started.md", StringComparison.Ordinal))
            .And.Contain(path => path.EndsWith("index.md", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void An_article_has_no_inline_csharp_block(string article)
    {
        var lines = File.ReadAllLines(Path.Combine(Docs, article));

        var inline = lines.Select((line, index) => (line, number: index + 1))
            .Where(l => InlineCSharpFence().IsMatch(l.line))
            .Select(l => $"{article}:{l.number}: {l.line.Trim()}");

        inline.Should().BeEmpty(
            "C# in the articles comes from a #region of docs/snippets/IntimacyKit.Snippets, included with [!code-csharp[](../snippets/...cs#region)], so it is compiled and run");
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Every_code_include_names_a_file_and_region_that_exist(string article)
    {
        var path = Path.Combine(Docs, article);
        var broken = new List<string>();
        foreach (Match include in CodeInclude().Matches(WithoutInlineCode(path)))
        {
            var file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, include.Groups["file"].Value));
            var region = include.Groups["region"].Value;
            if (!File.Exists(file))
            {
                broken.Add($"{include.Value}: no file {file}");
            }
            else if (region.Length > 0 && !RegionsOf(file).Contains(region))
            {
                broken.Add($"{include.Value}: no #region {region} in {Path.GetFileName(file)}");
            }
        }

        broken.Should().BeEmpty();
    }

    [Fact]
    public void Every_snippet_region_is_shown_in_an_article()
    {
        var includes = HandWrittenMarkdown().SelectMany(article => CodeInclude().Matches(WithoutInlineCode(article))
                .Select(m => (file: Path.GetFileName(m.Groups["file"].Value), region: m.Groups["region"].Value)))
            .ToHashSet();
        var snippets = Directory.EnumerateFiles(Path.Combine(Docs, "snippets", "IntimacyKit.Snippets"), "*Snippets.cs");

        var unused = snippets.SelectMany(file => RegionsOf(file).Select(region => (file: Path.GetFileName(file), region)))
            .Where(snippet => !includes.Contains(snippet))
            .Select(snippet => $"{snippet.file}#{snippet.region}");

        unused.Should().BeEmpty("a snippet no article shows is code the docs no longer explain");
    }

    // An include written inside `inline code` is an example of the syntax, not an include.
    private static string WithoutInlineCode(string path) => InlineCode().Replace(File.ReadAllText(path), "");

    private static HashSet<string> RegionsOf(string file) =>
        File.ReadLines(file).Select(line => RegionStart().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();

    // Hand-written pages: everything under docs/ but the generated API pages, the built site and the snippet project.
    private static IEnumerable<string> HandWrittenMarkdown() =>
        Directory.EnumerateFiles(Docs, "*.md", SearchOption.AllDirectories)
            .Where(path =>
            {
                var relative = Path.GetRelativePath(Docs, path).Replace('\\', '/');
                return !relative.StartsWith("api/", StringComparison.Ordinal)
                    && !relative.StartsWith("_site/", StringComparison.Ordinal)
                    && !relative.StartsWith("snippets/", StringComparison.Ordinal)
                    && !relative.Contains("/obj/", StringComparison.Ordinal)
                    && !relative.Contains("/bin/", StringComparison.Ordinal);
            })
            .Order(StringComparer.Ordinal);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IntimacyKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("IntimacyKit.sln was not found above the test output folder.");
    }

    // A fenced block opened as C# (```csharp, ```cs, ```c#, ~~~csharp...), in any case, indented or not.
    [GeneratedRegex(@"^\s*(```|~~~)\s*(csharp|cs|c#)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InlineCSharpFence();

    // [!code-csharp[](../snippets/File.cs#region)] and [!code-json[](../snippets/Files/pack.json)]
    [GeneratedRegex(@"\[!code-[a-z]+\[[^\]]*\]\((?<file>[^)#?]+)(#(?<region>[A-Za-z0-9_-]+))?\)\]")]
    private static partial Regex CodeInclude();

    [GeneratedRegex(@"`[^`\n]+`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^\s*#region\s+(\S+)")]
    private static partial Regex RegionStart();
}
