using System.Collections.Immutable;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;
using Microsoft.Extensions.DependencyInjection;

namespace IntimacyKit.Extensions.DependencyInjection.Tests;

public sealed class OptionsTests
{
    private static ServiceProvider Provider(Action<IntimacyKitOptions> configure) =>
        new ServiceCollection().AddIntimacyKit(configure).BuildServiceProvider();

    [Fact]
    public void The_defaults_are_documented_ones()
    {
        var options = new IntimacyKitOptions();

        options.ContentPacks.Should().BeEmpty();
        options.Translations.Should().BeEmpty();
        options.IncludeBuiltInTranslations.Should().BeTrue();
        options.SafetyResources.Should().Be(SafetyResources.Default);
        options.Rendering.Should().BeEquivalentTo(new ScriptRenderOptions());
    }

    [Fact]
    public void Content_packs_are_merged_into_the_registered_catalog()
    {
        using var provider = Provider(o => o.ContentPacks.Add(TestPacks.Extras));

        var catalog = provider.GetRequiredService<IntimacyCatalog>();

        catalog.PackNames.Should().Contain(TestPacks.Extras.Name);
        catalog.Principles.Should().Contain(p => p.Id == TestPacks.Extras.Principles[0].Id);
    }

    [Fact]
    public void The_rendering_culture_renders_in_that_culture_with_the_built_in_translation()
    {
        using var provider = Provider(o => o.Rendering.Culture = TestPacks.Spanish);

        var rendered = provider.GetRequiredService<ScriptRenderer>().Render(TestPacks.Bridge);

        rendered.Should().Be(ScriptRenderer.Default.Render(TestPacks.Bridge, TestPacks.Spanish))
            .And.NotBe(ScriptRenderer.Default.Render(TestPacks.Bridge, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Translations_are_added_to_the_renderer_for_their_language()
    {
        using var provider = Provider(o =>
        {
            o.Translations.Add(TestPacks.FrenchBridge);
            o.Rendering.Culture = TestPacks.French;
        });

        var renderer = provider.GetRequiredService<ScriptRenderer>();

        renderer.Languages.Should().Contain("fr");
        renderer.GetTemplate(TestPacks.BridgeId, TestPacks.French).Should().Be(TestPacks.FrenchBridge.Scripts[0]);
    }

    [Fact]
    public void Without_built_in_translations_the_renderer_has_only_the_catalogs_language()
    {
        using var provider = Provider(o => o.IncludeBuiltInTranslations = false);

        provider.GetRequiredService<ScriptRenderer>().Languages.Should().Equal(IntimacyCatalog.BuiltIn.Language);
    }

    [Fact]
    public void Render_limits_apply_to_the_registered_renderer()
    {
        using var provider = Provider(o => o.Rendering.MaxValueLength = 5);
        var values = new Dictionary<string, object?> { ["name"] = "Alexandra" };

        FluentActions.Invoking(() => provider.GetRequiredService<ScriptRenderer>().RenderCustom(CustomScript.Parse("Hi {{ name }}"), values))
            .Should().Throw<ScriptArgumentException>();
        ScriptRenderer.Default.RenderCustom(CustomScript.Parse("Hi {{ name }}"), values).Should().Contain("Alexandra");
    }

    [Fact]
    public void The_safety_screen_returns_the_apps_own_resources()
    {
        var resources = new SafetyResources("Please reach out now.", ImmutableArray.Create(new SafetyResource("Our helpline", "0800 000 000")));
        using var provider = Provider(o => o.SafetyResources = resources);

        var result = provider.GetRequiredService<SafetyScreen>().Screen("He said he would kill me if I left.");

        result.IsSafe.Should().BeFalse();
        result.Resources.Should().Be(resources);
    }

    [Fact]
    public void The_apps_own_safety_rules_reach_the_registered_screen_and_coach()
    {
        var rules = SafetyRuleFile.Parse("""
            { "language": "en", "rules": [ { "id": "app-pet-threat", "category": "threat", "level": "urgent", "frames": ["drown ( the | my ) dog"] } ] }
            """);
        using var provider = Provider(o => o.SafetyRules.Add(rules));

        provider.GetRequiredService<SafetyScreen>().Screen("He said he'd drown the dog.").Findings
            .Should().ContainSingle().Which.RuleId.Should().Be("app-pet-threat");
        provider.GetRequiredService<IntimacyKit.Coaching.MessageCoach>().Analyze("You always say you'll drown the dog.").Safety
            .Should().NotBeNull();
    }

    [Fact]
    public void The_apps_coach_rules_are_read_by_the_registered_coach_with_the_built_in_ones()
    {
        var rules = IntimacyKit.Coaching.CoachRuleFile.Parse("""
            { "language": "en", "rules": [ { "id": "app-put-down", "kind": "contempt", "frames": ["you ( muppet | numpty )"], "explanation": "A put-down.", "suggestion": "Say what upset you." } ] }
            """);
        using var provider = Provider(o => o.CoachRules.Add(rules));

        var coach = provider.GetRequiredService<IntimacyKit.Coaching.MessageCoach>();
        coach.Analyze("Honestly, you numpty.").Findings.Should().ContainSingle().Which.RuleId.Should().Be("app-put-down");
        coach.Analyze("You always leave the lights on.").Findings.Should().ContainSingle().Which.RuleId.Should().Be("you-always");
    }
}
