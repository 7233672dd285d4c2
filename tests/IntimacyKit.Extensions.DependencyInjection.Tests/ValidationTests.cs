using IntimacyKit.Coaching;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IntimacyKit.Extensions.DependencyInjection.Tests;

public sealed class ValidationTests
{
    /// <summary>Options with one of every kind of problem.</summary>
    private static void Everything_wrong(IntimacyKitOptions options)
    {
        options.ContentPacks.Add(TestPacks.Broken);
        options.ContentPacks.Add(null!);
        options.Rendering.MaxOutputLength = 0;
        options.Rendering.TimeBudget = TimeSpan.Zero;
        options.Translations.Add(TestPacks.Extras);
        options.Translations.Add(null!);
        options.SafetyResources = null!;
        options.Rendering.Culture = TestPacks.French;
    }

    private static OptionsValidationException ResolveFails<T>(Action<IntimacyKitOptions> configure)
        where T : notnull
    {
        using var provider = new ServiceCollection().AddIntimacyKit(configure).BuildServiceProvider();
        return FluentActions.Invoking(() => provider.GetRequiredService<T>()).Should().Throw<OptionsValidationException>().Which;
    }

    [Fact]
    public void Safety_rule_files_that_clash_or_are_null_are_listed_with_the_problem_and_its_path()
    {
        var rules = Safety.SafetyRuleFile.Parse("""
            { "language": "en", "rules": [ { "id": "app-rule", "category": "threat", "level": "urgent", "frames": ["drown the dog"] } ] }
            """);

        ResolveFails<Safety.SafetyScreen>(o => { o.SafetyRules.Add(rules); o.SafetyRules.Add(rules); })
            .Message.Should().Contain("SafetyRules ((string)) $.rules[0].id: The rule id 'app-rule' is used twice. (duplicate-id)");
        ResolveFails<Safety.SafetyScreen>(o => o.SafetyRules.Add(null!))
            .Message.Should().Contain("SafetyRules[0]: is null");
    }

    [Fact]
    public void Coach_rule_files_that_conflict_fail_start_up_with_the_file_and_the_path()
    {
        var rules = Coaching.CoachRuleFile.Parse("""
            { "language": "en", "rules": [ { "id": "app-put-down", "kind": "contempt", "frames": ["you numpty"], "explanation": "A put-down.", "suggestion": "Say what upset you." } ] }
            """);

        ResolveFails<Coaching.MessageCoach>(o => { o.CoachRules.Add(rules); o.CoachRules.Add(rules); })
            .Message.Should().Contain("CoachRules ((string)) $.rules[0].id: The rule id 'app-put-down' is used twice");
        ResolveFails<Coaching.MessageCoach>(o => o.CoachRules.Add(null!))
            .Message.Should().Contain("CoachRules[0]: is null");
    }

    [Fact]
    public void Every_problem_is_listed_in_one_exception_with_the_option_it_came_from()
    {
        var packProblems = FluentActions.Invoking(() => IntimacyCatalog.BuiltIn.WithContentPack(TestPacks.Broken))
            .Should().Throw<ContentPackException>().Which.Problems;
        var limitsProblems = new ScriptRenderOptions { MaxOutputLength = 0, TimeBudget = TimeSpan.Zero }.Validate().Problems;

        var error = ResolveFails<ScriptRenderer>(Everything_wrong);

        error.OptionsType.Should().Be<IntimacyKitOptions>();
        error.Failures.Should().ContainSingle();
        var lines = error.Message.Split(Environment.NewLine);
        lines[0].Should().Contain("IntimacyKit options").And.Contain($"{packProblems.Length + 7} problems");
        lines.Skip(1).Should().HaveCount(packProblems.Length + 7).And.OnlyContain(l => l.StartsWith("  - ", StringComparison.Ordinal));
        foreach (var problem in packProblems)
        {
            error.Message.Should().Contain($"ContentPacks[0] ('{TestPacks.Broken.Name}'), {problem.Path}: {problem.Message}");
        }

        error.Message.Should().Contain("ContentPacks[1]: is null")
            .And.Contain($"Rendering.{nameof(ScriptRenderOptions.MaxOutputLength)}: ").And.Contain($"Rendering.{nameof(ScriptRenderOptions.TimeBudget)}: ")
            .And.NotContain("(Parameter")
            .And.Contain("Translations[0]: ").And.Contain(TestPacks.Extras.Name)
            .And.Contain("Translations[1]: is null")
            .And.Contain("SafetyResources: is null")
            .And.Contain($"Rendering.Culture: the renderer has no scripts in '{TestPacks.French.Name}'");
        foreach (var problem in limitsProblems)
        {
            lines.Should().Contain($"  - Rendering.{problem.Path}: {problem.Message}");
        }
    }

    [Fact]
    public void Every_IntimacyKit_service_fails_on_first_resolve_with_the_same_message()
    {
        var expected = ResolveFails<ScriptRenderer>(Everything_wrong).Message;

        ResolveFails<IntimacyCatalog>(Everything_wrong).Message.Should().Be(expected);
        ResolveFails<MessageCoach>(Everything_wrong).Message.Should().Be(expected);
        ResolveFails<SafetyScreen>(Everything_wrong).Message.Should().Be(expected);
        using var provider = new ServiceCollection().AddIntimacyKit(Everything_wrong).BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<IntimacyKitOptions>>();
        FluentActions.Invoking(() => options.Value).Should().Throw<OptionsValidationException>().Which.Message.Should().Be(expected);
    }

    [Fact]
    public void One_problem_is_reported_as_one_problem()
    {
        var error = ResolveFails<SafetyScreen>(o => o.SafetyResources = null!);

        error.Message.Split(Environment.NewLine).Should().HaveCount(2)
            .And.Subject.First().Should().EndWith("1 problem:");
    }

    [Fact]
    public void A_pack_failing_to_merge_lists_each_of_its_problems_with_its_path()
    {
        var error = ResolveFails<IntimacyCatalog>(o => o.ContentPacks.Add(TestPacks.Broken));

        error.Message.Should().Contain("$.principles[0]").And.Contain("$.principles[1]");
    }

    [Fact]
    public void A_culture_whose_parent_has_scripts_is_valid()
    {
        using var provider = new ServiceCollection().AddIntimacyKit(o => o.Rendering.Culture = System.Globalization.CultureInfo.GetCultureInfo("es-MX")).BuildServiceProvider();

        provider.GetRequiredService<ScriptRenderer>().Languages.Should().Contain("es");
    }

    [Fact]
    public async Task A_generic_host_fails_at_start_up_with_the_same_message()
    {
        var expected = ResolveFails<ScriptRenderer>(Everything_wrong).Message;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddIntimacyKit(Everything_wrong);
        using var host = builder.Build();

        var error = await FluentActions.Awaiting(() => host.StartAsync()).Should().ThrowAsync<OptionsValidationException>();

        error.Which.Message.Should().Be(expected);
    }

    [Fact]
    public async Task A_generic_host_with_valid_options_starts()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddIntimacyKit(o => o.ContentPacks.Add(TestPacks.Extras));
        using var host = builder.Build();

        await host.StartAsync();

        host.Services.GetRequiredService<IntimacyCatalog>().PackNames.Should().Contain(TestPacks.Extras.Name);
        await host.StopAsync();
    }
}
