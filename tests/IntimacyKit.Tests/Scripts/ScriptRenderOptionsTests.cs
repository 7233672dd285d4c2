using System.Globalization;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests.Scripts;

/// <summary><see cref="ScriptRenderOptions"/>: the defaults, the check of every value when a renderer is created, and the limits at work.</summary>
public sealed class ScriptRenderOptionsTests
{
    private static readonly CultureInfo s_enUs = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void The_defaults_suit_short_scripts()
    {
        var options = new ScriptRenderOptions();

        options.MaxOutputLength.Should().Be(4096);
        options.MaxStringLength.Should().Be(4096);
        options.MaxValueLength.Should().Be(500);
        options.LoopLimit.Should().Be(100);
        options.RecursionLimit.Should().Be(10);
        options.RegexTimeout.Should().Be(TimeSpan.FromMilliseconds(50));
        options.TimeBudget.Should().Be(TimeSpan.FromSeconds(1));
        options.FormatDuration.Should().BeNull();
    }

    [Fact]
    public void Options_with_invalid_values_are_an_ArgumentException_listing_every_one()
    {
        var options = new ScriptRenderOptions
        {
            MaxOutputLength = 0,
            MaxStringLength = -1,
            MaxValueLength = 0,
            LoopLimit = 0,
            RecursionLimit = -5,
            RegexTimeout = TimeSpan.Zero,
            TimeBudget = TimeSpan.FromSeconds(-1),
        };

        var act = () => new ScriptRenderer(IntimacyCatalog.BuiltIn, options);

        var error = act.Should().Throw<ArgumentException>().Which;
        error.ParamName.Should().Be("options");
        error.Message.Should().Contain("MaxOutputLength").And.Contain("MaxStringLength").And.Contain("MaxValueLength")
            .And.Contain("LoopLimit").And.Contain("RecursionLimit").And.Contain("RegexTimeout").And.Contain("TimeBudget");
    }

    [Fact]
    public void Validate_reports_every_invalid_value_with_its_name_as_the_path()
    {
        var options = new ScriptRenderOptions { MaxOutputLength = 0, LoopLimit = -1, TimeBudget = TimeSpan.Zero };

        var result = options.Validate();

        result.IsValid.Should().BeFalse();
        result.Problems.Select(p => p.Path).Should().Equal("MaxOutputLength", "LoopLimit", "TimeBudget");
        result.Problems.Should().OnlyContain(p => p.Code == "out-of-range");
        new ScriptRenderOptions().Validate().IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(nameof(ScriptRenderOptions.MaxOutputLength))]
    [InlineData(nameof(ScriptRenderOptions.MaxStringLength))]
    [InlineData(nameof(ScriptRenderOptions.MaxValueLength))]
    [InlineData(nameof(ScriptRenderOptions.LoopLimit))]
    [InlineData(nameof(ScriptRenderOptions.RecursionLimit))]
    [InlineData(nameof(ScriptRenderOptions.RegexTimeout))]
    [InlineData(nameof(ScriptRenderOptions.TimeBudget))]
    public void Each_invalid_value_alone_is_named_and_the_others_are_not(string name)
    {
        var options = new ScriptRenderOptions();
        switch (name)
        {
            case nameof(ScriptRenderOptions.MaxOutputLength): options.MaxOutputLength = 0; break;
            case nameof(ScriptRenderOptions.MaxStringLength): options.MaxStringLength = 0; break;
            case nameof(ScriptRenderOptions.MaxValueLength): options.MaxValueLength = int.MinValue; break;
            case nameof(ScriptRenderOptions.LoopLimit): options.LoopLimit = 0; break;
            case nameof(ScriptRenderOptions.RecursionLimit): options.RecursionLimit = 0; break;
            case nameof(ScriptRenderOptions.RegexTimeout): options.RegexTimeout = TimeSpan.FromTicks(-1); break;
            case nameof(ScriptRenderOptions.TimeBudget): options.TimeBudget = TimeSpan.Zero; break;
        }

        var act = () => new ScriptRenderer(IntimacyCatalog.BuiltIn, options);

        var message = act.Should().Throw<ArgumentException>().Which.Message;
        message.Should().Contain(name);
        var others = new[] { "MaxOutputLength", "MaxStringLength", "MaxValueLength", "LoopLimit", "RecursionLimit", "RegexTimeout", "TimeBudget" }.Except([name]);
        others.Should().AllSatisfy(other => message.Should().NotContain(other));
    }

    [Fact]
    public void The_smallest_valid_values_are_accepted()
    {
        var options = new ScriptRenderOptions
        {
            MaxOutputLength = 1,
            MaxStringLength = 1,
            MaxValueLength = 1,
            LoopLimit = 1,
            RecursionLimit = 1,
            RegexTimeout = TimeSpan.FromTicks(1),
            TimeBudget = TimeSpan.FromTicks(1),
        };

        new ScriptRenderer(IntimacyCatalog.BuiltIn, options).Languages.Should().Equal("en");
    }

    [Fact]
    public void The_output_limit_applies_to_catalog_templates_too()
    {
        const string Support = "What would help me support you this week?";
        var renderer = new ScriptRenderer(IntimacyCatalog.BuiltIn, new ScriptRenderOptions { MaxOutputLength = Support.Length });

        renderer.Render(new SupportQuestionArguments(), s_enUs).Should().Be(Support, "a script as long as the limit fits");
        var act = () => renderer.Render(new HonestyFormulaArguments("hurt", "plans change at the last minute", "a heads-up the day before"), s_enUs);

        var error = act.Should().Throw<ScriptRenderException>().Which;
        error.Code.Should().Be("limit-exceeded");
        error.Message.Should().Contain("MaxOutputLength").And.NotContain("OutputLimit `");
    }

    [Fact]
    public void The_string_and_loop_limits_stop_a_custom_script_with_messages_in_the_options_terms()
    {
        var renderer = new ScriptRenderer(IntimacyCatalog.BuiltIn, new ScriptRenderOptions { MaxStringLength = 10, LoopLimit = 5 });

        var longString = () => renderer.RenderCustom(CustomScript.Parse("{{ 'x' * 11 }}"), new Dictionary<string, object?>(), s_enUs);
        var longRange = () => renderer.RenderCustom(CustomScript.Parse("{{ 1..6 | array.size }}"), new Dictionary<string, object?>(), s_enUs);

        longString.Should().Throw<ScriptRenderException>().Which.Should().Match<ScriptRenderException>(e =>
            e.Code == "limit-exceeded" && e.Message.Contains("MaxStringLength") && !e.Message.Contains("LimitToString"));
        longRange.Should().Throw<ScriptRenderException>().Which.Code.Should().Be("limit-exceeded");
        renderer.RenderCustom(CustomScript.Parse("{{ 'x' * 9 }} {{ 1..5 | array.size }}"), new Dictionary<string, object?>(), s_enUs).Should().Be("xxxxxxxxx 5");
    }

    [Fact]
    public void A_renderer_s_limits_do_not_leak_into_another_renderer_on_the_same_thread()
    {
        var tight = new ScriptRenderer(IntimacyCatalog.BuiltIn, new ScriptRenderOptions { MaxOutputLength = 10, MaxStringLength = 10 });
        var script = CustomScript.Parse("{{ 'x' * 20 }}");

        FluentActions.Invoking(() => tight.RenderCustom(script, new Dictionary<string, object?>(), s_enUs)).Should().Throw<ScriptRenderException>();
        ScriptRenderer.Default.RenderCustom(script, new Dictionary<string, object?>(), s_enUs).Should().Be(new string('x', 20));
        FluentActions.Invoking(() => tight.RenderCustom(script, new Dictionary<string, object?>(), s_enUs)).Should().Throw<ScriptRenderException>();
    }
}
