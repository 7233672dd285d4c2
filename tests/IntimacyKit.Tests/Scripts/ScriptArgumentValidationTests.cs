using System.Globalization;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests.Scripts;

/// <summary>
/// The values given for a script are checked before it renders: every problem (missing, unknown, wrong kind,
/// empty, too long, out of range) is reported at once in one <see cref="ScriptArgumentException"/>, with the
/// parameter's name as the path.
/// </summary>
public sealed class ScriptArgumentValidationTests
{
    private static readonly CultureInfo s_enUs = CultureInfo.GetCultureInfo("en-US");

    private static ScriptRenderer Renderer => ScriptRenderer.Default;

    [Fact]
    public void Every_missing_required_value_is_reported()
    {
        var act = () => Renderer.RenderTemplate("honesty-formula-script", new Dictionary<string, object?> { ["feeling"] = "hurt" }, s_enUs);

        var error = act.Should().Throw<ScriptArgumentException>().Which;
        error.TemplateId.Should().Be("honesty-formula-script");
        error.Problems.Select(p => (p.Path, p.Code)).Should().Equal(("behaviour", "required"), ("request", "required"));
        error.Problems[0].Message.Should().Contain("'behaviour'");
        error.Message.Should().StartWith("The values for script 'honesty-formula-script' have 2 problems:")
            .And.Contain("behaviour").And.Contain("request").And.Contain("(required)");
        error.Should().BeAssignableTo<IntimacyKitException>();
    }

    [Fact]
    public void A_null_value_for_a_required_parameter_is_missing()
    {
        var values = new Dictionary<string, object?> { ["feeling"] = null, ["behaviour"] = "b", ["request"] = "r" };

        var act = () => Renderer.RenderTemplate("honesty-formula-script", values, s_enUs);

        act.Should().Throw<ScriptArgumentException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "feeling" && p.Code == "required");
    }

    [Fact]
    public void Every_kind_of_problem_is_reported_at_once_in_parameter_order_then_the_unknown_values()
    {
        var values = new Dictionary<string, object?>
        {
            ["zeta"] = "not a parameter",
            ["request"] = new string('x', 501),
            ["feeling"] = 42,
            ["behaviour"] = "   ",
            ["alpha"] = 1,
        };

        var act = () => Renderer.RenderTemplate("honesty-formula-script", values, s_enUs);

        var error = act.Should().Throw<ScriptArgumentException>().Which;
        error.Problems.Take(3).Select(p => (p.Path, p.Code)).Should().Equal(
            ("feeling", "wrong-type"),
            ("behaviour", "empty"),
            ("request", "too-long"));
        error.Problems.Skip(3).Select(p => (p.Path, p.Code)).Should().BeEquivalentTo(
            [("alpha", "unknown-parameter"), ("zeta", "unknown-parameter")]);
        error.Problems[0].Message.Should().Contain("Int32");
        error.Problems[2].Message.Should().Contain("501").And.Contain("500");
        error.Message.Should().Contain("5 problems");
    }

    [Fact]
    public void An_unknown_value_is_reported_even_when_an_optional_parameter_is_left_out()
    {
        // A misspelt optional parameter must not be dropped silently: "alternativ" is not "alternative".
        var values = new Dictionary<string, object?> { ["request"] = "host the family dinner", ["alternativ"] = "bring dessert" };

        var act = () => Renderer.RenderTemplate("small-no-script", values, s_enUs);

        act.Should().Throw<ScriptArgumentException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "alternativ" && p.Code == "unknown-parameter");
    }

    public static TheoryData<string, object, string> WrongKinds => new()
    {
        { "feeling", 42, "wrong-type" },
        { "feeling", TimeSpan.FromMinutes(5), "wrong-type" },
        { "feeling", DayOfWeek.Monday, "wrong-type" },
        { "feeling", 'x', "wrong-type" },
        { "feeling", new[] { "hurt" }, "wrong-type" },
    };

    [Theory]
    [MemberData(nameof(WrongKinds))]
    public void A_value_that_is_not_text_for_a_text_parameter_is_of_the_wrong_type(string name, object value, string code)
    {
        var values = new Dictionary<string, object?> { ["feeling"] = "x", ["behaviour"] = "y", ["request"] = "z", [name] = value };

        var act = () => Renderer.RenderTemplate("honesty-formula-script", values, s_enUs);

        act.Should().Throw<ScriptArgumentException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == name && p.Code == code);
    }

    [Fact]
    public void A_string_for_a_duration_a_clock_time_or_a_day_is_of_the_wrong_type_each_naming_the_expected_kind()
    {
        var values = new Dictionary<string, object?>
        {
            ["task"] = "the school run",
            ["available_day"] = "Saturday",
            ["available_time"] = "10:00",
        };

        var act = () => Renderer.RenderTemplate("assertive-boundary-script", values, s_enUs);

        var problems = act.Should().Throw<ScriptArgumentException>().Which.Problems;
        problems.Select(p => (p.Path, p.Code)).Should().Equal(("available_day", "wrong-type"), ("available_time", "wrong-type"));
        problems[0].Message.Should().Contain("DayOfWeek").And.Contain("String");
        problems[1].Message.Should().Contain("TimeOnly");
    }

    [Fact]
    public void Values_of_the_wrong_time_type_are_reported_for_both_time_parameters()
    {
        var values = new Dictionary<string, object?>
        {
            ["break_length"] = "20 minutes",
            ["return_time"] = TimeSpan.FromHours(19.5),
        };

        var act = () => Renderer.RenderTemplate("bridge-sentence-script", values, s_enUs);

        var problems = act.Should().Throw<ScriptArgumentException>().Which.Problems;
        problems.Select(p => (p.Path, p.Code)).Should().Equal(("break_length", "wrong-type"), ("return_time", "wrong-type"));
        problems[0].Message.Should().Contain("TimeSpan");
        problems[1].Message.Should().Contain("TimeOnly").And.Contain("TimeSpan");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    [InlineData("\u00A0")]
    public void An_empty_or_blank_text_is_empty(string text)
    {
        var act = () => Renderer.Render(new HonestyFormulaArguments(text, "plans change", text), s_enUs);

        act.Should().Throw<ScriptArgumentException>().Which.Problems.Select(p => (p.Path, p.Code))
            .Should().Equal(("feeling", "empty"), ("request", "empty"));
    }

    [Fact]
    public void An_empty_optional_text_is_empty_too_rather_than_left_out()
    {
        var act = () => Renderer.Render(new SmallNoArguments("host the dinner") { Alternative = "" }, s_enUs);

        act.Should().Throw<ScriptArgumentException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "alternative" && p.Code == "empty");
    }

    [Fact]
    public void A_text_longer_than_the_maximum_value_length_is_too_long_and_one_at_the_limit_is_fine()
    {
        var renderer = new ScriptRenderer(IntimacyCatalog.BuiltIn, new ScriptRenderOptions { MaxValueLength = 10 });

        renderer.Render(new FeelingStatementArguments("0123456789", "x"), s_enUs).Should().Be("I feel 0123456789 when x.");
        var act = () => renderer.Render(new FeelingStatementArguments("0123456789A", "x"), s_enUs);

        var problem = act.Should().Throw<ScriptArgumentException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("feeling");
        problem.Code.Should().Be("too-long");
        problem.Message.Should().Contain("11").And.Contain("10");
    }

    [Fact]
    public void The_default_maximum_value_length_is_500_characters()
    {
        new ScriptRenderOptions().MaxValueLength.Should().Be(500);
        Renderer.Render(new FeelingStatementArguments(new string('a', 500), "x"), s_enUs).Should().HaveLength("I feel ".Length + 500 + " when x.".Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-20)]
    public void A_duration_that_is_not_positive_is_out_of_range(int minutes)
    {
        var act = () => Renderer.Render(new BridgeSentenceArguments(TimeSpan.FromMinutes(minutes), new TimeOnly(19, 30)), s_enUs);

        var problem = act.Should().Throw<ScriptArgumentException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("break_length");
        problem.Code.Should().Be("out-of-range");
    }

    [Theory]
    [InlineData(7)]
    [InlineData(-1)]
    public void A_day_that_is_not_a_day_of_the_week_is_out_of_range(int day)
    {
        var act = () => Renderer.Render(new AssertiveBoundaryArguments("the school run", (DayOfWeek)day), s_enUs);

        var problem = act.Should().Throw<ScriptArgumentException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("available_day");
        problem.Code.Should().Be("out-of-range");
        problem.Message.Should().Contain(day.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Typed_arguments_report_every_problem_at_once_too()
    {
        var act = () => Renderer.Render(new CalmSpaceArguments(" ", TimeSpan.Zero, new TimeOnly(19, 30)), s_enUs);

        act.Should().Throw<ScriptArgumentException>().Which.Problems.Select(p => (p.Path, p.Code))
            .Should().Equal(("feeling", "empty"), ("break_length", "out-of-range"));
    }

    [Fact]
    public void A_custom_script_reports_missing_unknown_and_unsupported_values_at_once()
    {
        var script = CustomScript.Parse("I feel {{ feeling }} on {{ day }} at {{ time }} for {{ length }}.");
        var values = new Dictionary<string, object?>
        {
            ["feeling"] = 3.5,
            ["day"] = DateTime.UnixEpoch,
            ["length"] = TimeSpan.FromMinutes(-1),
            ["extra"] = "x",
            ["another"] = null,
        };

        var act = () => Renderer.RenderCustom(script, values, s_enUs);

        var error = act.Should().Throw<ScriptArgumentException>().Which;
        error.TemplateId.Should().Be("(custom)");
        error.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("feeling", "wrong-type"),
            ("day", "wrong-type"),
            ("time", "required"),
            ("length", "out-of-range"),
            ("another", "unknown-parameter"),
            ("extra", "unknown-parameter"));
        error.Problems[1].Message.Should().Contain("DateTime");
    }

    [Fact]
    public void A_custom_script_checks_text_values_like_a_template_does()
    {
        var renderer = new ScriptRenderer(IntimacyCatalog.BuiltIn, new ScriptRenderOptions { MaxValueLength = 5 });
        var script = CustomScript.Parse("{{ a }} {{ b }} {{ c }}");

        var act = () => renderer.RenderCustom(script, new Dictionary<string, object?> { ["a"] = "", ["b"] = "123456", ["c"] = (DayOfWeek)9 }, s_enUs);

        act.Should().Throw<ScriptArgumentException>().Which.Problems.Select(p => (p.Path, p.Code))
            .Should().Equal(("a", "empty"), ("b", "too-long"), ("c", "out-of-range"));
    }

    [Fact]
    public void A_custom_script_without_placeholders_takes_no_values()
    {
        var script = CustomScript.Parse("Just words.");

        Renderer.RenderCustom(script, new Dictionary<string, object?>(), s_enUs).Should().Be("Just words.");
        var act = () => Renderer.RenderCustom(script, new Dictionary<string, object?> { ["feeling"] = "hurt" }, s_enUs);
        act.Should().Throw<ScriptArgumentException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "feeling" && p.Code == "unknown-parameter");
    }

    [Fact]
    public void An_unknown_template_id_is_a_KeyNotFoundException_naming_it()
    {
        var act = () => Renderer.RenderTemplate("no-such-script", new Dictionary<string, object?>(), s_enUs);

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("'no-such-script'");
    }

    [Fact]
    public void Null_arguments_are_ArgumentNullExceptions()
    {
        Renderer.Invoking(r => r.Render(null!)).Should().Throw<ArgumentNullException>();
        Renderer.Invoking(r => r.RenderTemplate(null!, new Dictionary<string, object?>())).Should().Throw<ArgumentNullException>();
        Renderer.Invoking(r => r.RenderTemplate("honesty-formula-script", null!)).Should().Throw<ArgumentNullException>();
        Renderer.Invoking(r => r.RenderCustom(null!, new Dictionary<string, object?>())).Should().Throw<ArgumentNullException>();
        Renderer.Invoking(r => r.RenderCustom(CustomScript.Parse("x"), null!)).Should().Throw<ArgumentNullException>();
        Renderer.Invoking(r => r.GetTemplate(null!)).Should().Throw<ArgumentNullException>();
        Renderer.Invoking(r => r.WithTranslation(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CustomScript.Parse(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CustomScript.Check(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ScriptRenderer(null!)).Should().Throw<ArgumentNullException>();
    }
}
