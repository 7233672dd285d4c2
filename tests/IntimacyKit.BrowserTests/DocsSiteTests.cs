using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IntimacyKit.BrowserTests;

/// <summary>
/// The built docs site (docs/_site, from `dotnet tool run docfx docs/docfx.json`) served over HTTP and read in
/// headless Chromium: the home page, an article and an API page render, and the search box finds a type.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DocsSiteTests(Browser browser) : IAsyncLifetime
{
    private static readonly string Docs = Path.Combine(RepositoryRoot(), "docs");
    private static readonly string Site = Path.Combine(Docs, "_site");
    private WebApplication? _server;
    private string _address = "";
    private IPage? _page;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_page is not null)
        {
            await _page.CloseAsync();
        }

        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var page = _page ??= await browser.NewPageAsync();
        Browser.SkipOrFailWhen(File.Exists(Path.Combine(Site, "index.html"))
            ? null
            : $"The docs site is not built ({Site} has no index.html): run `dotnet tool restore && dotnet tool run docfx docs/docfx.json`.");
        if (_server is null)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            _server = builder.Build();
            var files = new PhysicalFileProvider(Site);
            _server.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            _server.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = new FileExtensionContentTypeProvider() });
            await _server.StartAsync();
            _address = _server.Urls.First();
        }

        var response = await page.GotoAsync($"{_address}/{path}");
        response!.Status.Should().Be(200, $"the site has {path}");
        return page;
    }

    [SkippableFact]
    public async Task The_home_page_shows_its_heading_and_the_navigation()
    {
        var page = await OpenAsync("");

        await Expect(page.Locator("article h1").First).ToHaveTextAsync(FirstHeading(Path.Combine(Docs, "index.md")));
        await Expect(page.Locator("#navbar a").First).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task The_first_article_renders_its_heading_and_its_table_of_contents()
    {
        var toc = File.ReadAllText(Path.Combine(Docs, "articles", "toc.yml"));
        var first = TocHref().Match(toc).Groups["file"].Value;

        var page = await OpenAsync($"articles/{Path.ChangeExtension(first, ".html")}");

        await Expect(page.Locator("article h1").First).ToHaveTextAsync(FirstHeading(Path.Combine(Docs, "articles", first)));
        await Expect(page.Locator("nav#toc a, .toc a").First).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task The_api_page_of_the_message_coach_shows_the_type_and_its_members()
    {
        var page = await OpenAsync("api/IntimacyKit.Coaching.MessageCoach.html");

        await Expect(page.Locator("article h1").First).ToContainTextAsync("MessageCoach");
        await Expect(page.Locator("article")).ToContainTextAsync("Analyze");
    }

    [SkippableFact]
    public async Task Searching_for_a_type_finds_its_api_page()
    {
        var page = await OpenAsync("");

        // The search box is enabled once the site's search worker has built its index.
        await page.WaitForFunctionAsync("() => window.docfx && window.docfx.searchReady === true");
        await page.Locator("#search-query").PressSequentiallyAsync("MessageCoach");

        var result = page.Locator("#search-results .sr-item a[href*='IntimacyKit.Coaching.MessageCoach.html']").First;
        await Expect(result).ToBeVisibleAsync();
        await Expect(result).ToContainTextAsync("MessageCoach");
        // Results open in a new tab; follow the link in this one.
        await page.GotoAsync(new Uri(new Uri(page.Url), await result.GetAttributeAsync("href")).ToString());
        await Expect(page.Locator("article h1").First).ToContainTextAsync("MessageCoach");
    }

    // The first "# " heading of a Markdown file, after any front matter.
    private static string FirstHeading(string markdown) =>
        File.ReadLines(markdown).First(l => l.StartsWith("# ", StringComparison.Ordinal))[2..].Trim();

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

    [GeneratedRegex(@"href:\s*(?<file>\S+\.md)")]
    private static partial Regex TocHref();
}
