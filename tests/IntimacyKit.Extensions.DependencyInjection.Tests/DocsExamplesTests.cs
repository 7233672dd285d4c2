using IntimacyKit.Safety;
using IntimacyKit.Scripts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntimacyKit.Extensions.DependencyInjection.Tests;

/// <summary>Runs the examples of docs/articles/dependency-injection.md.</summary>
public sealed class DocsExamplesTests
{
    [Fact]
    public async Task The_aspnetcore_example_builds_an_app_whose_services_resolve()
    {
        await using var app = DocsExamples.WebApp();

        app.Services.GetRequiredService<ScriptRenderer>().Render(new HonestyFormulaArguments("heard", "you ask how my day went", "more of it"))
            .Should().Be(ScriptRenderer.Default.Render(new HonestyFormulaArguments("heard", "you ask how my day went", "more of it")));
        app.Services.GetRequiredService<TimeProvider>().Should().BeSameAs(TimeProvider.System);
    }

    [Fact]
    public async Task The_generic_host_example_renders_the_honesty_formula()
    {
        var script = await DocsExamples.GenericHost();

        script.Should().Be(ScriptRenderer.Default.Render(new HonestyFormulaArguments("hurt", "plans change at the last minute", "a heads-up the day before")));
    }

    [Fact]
    public void The_plain_example_screens_a_threat_as_urgent() =>
        DocsExamples.PlainServiceCollection().Should().Be(nameof(SafetyLevel.Urgent));

    [Fact]
    public void The_options_example_applies_every_option()
    {
        using var provider = DocsExamples.AllOptions(TestPacks.Extras, TestPacks.FrenchBridge);
        var options = provider.GetRequiredService<IOptions<IntimacyKitOptions>>().Value;

        provider.GetRequiredService<IntimacyCatalog>().PackNames.Should().Contain(TestPacks.Extras.Name);
        provider.GetRequiredService<ScriptRenderer>().Languages.Should().Contain(["es", "fr"]);
        provider.GetRequiredService<SafetyScreen>().Resources.Should().Be(options.SafetyResources);
        options.Rendering.MaxValueLength.Should().Be(200);
        DocsExamples.RenderInTheAppsCulture(provider)
            .Should().Be(provider.GetRequiredService<ScriptRenderer>().Render(TestPacks.Bridge, TestPacks.French));
    }

    [Fact]
    public void The_validation_example_lists_both_mistakes()
    {
        var message = DocsExamples.ValidationError();

        message.Should().Contain("2 problems").And.Contain("Rendering.MaxOutputLength: ").And.Contain("Rendering.Culture: ").And.Contain("'de-DE'");
    }

    [Fact]
    public void The_article_shows_what_the_validation_example_prints()
    {
        var article = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "articles", "dependency-injection.md")).ReplaceLineEndings("\n");
        const string Start = "```text\n";
        var from = article.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var shown = article[from..article.IndexOf("\n```", from, StringComparison.Ordinal)];

        shown.Should().Be(DocsExamples.ValidationError().ReplaceLineEndings("\n"));
    }

    private static string RepoRoot()
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

    [Fact]
    public void The_time_example_resolves_the_test_clock()
    {
        var (resolved, fake) = DocsExamples.ReplaceTime();

        resolved.Should().BeSameAs(fake);
    }

    [Fact]
    public void The_compose_example_keeps_both_calls_options()
    {
        using var provider = DocsExamples.TwoLibraries(TestPacks.Extras);
        var options = provider.GetRequiredService<IOptions<IntimacyKitOptions>>().Value;

        options.ContentPacks.Should().Equal(TestPacks.Extras);
        options.Rendering.MaxValueLength.Should().Be(200);
    }
}
