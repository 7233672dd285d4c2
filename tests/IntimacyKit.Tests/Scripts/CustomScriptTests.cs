using System.Globalization;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests.Scripts;

/// <summary>
/// <see cref="CustomScript"/>: Check lists the placeholders and every problem with line and column, Parse throws
/// with all of them, and a parsed script renders with the values of its placeholders.
/// </summary>
public sealed class CustomScriptTests
{
    private static readonly CultureInfo s_enUs = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void Check_lists_the_placeholders_in_order_of_first_use()
    {
        var check = CustomScript.Check("{{ b }} and {{ a | string.upcase }}, {{ b }} again, {{ c.size }}, {{ string.downcase d }} {{ if e }}{{ f }}{{ else }}{{ a }}{{ end }}");

        check.IsValid.Should().BeTrue();
        check.Problems.Should().BeEmpty();
        check.Placeholders.Should().Equal("b", "a", "c", "d", "e", "f");
    }

    [Fact]
    public void A_member_chain_counts_only_its_root_and_an_indexer_s_argument_counts_too()
    {
        var check = CustomScript.Check("{{ partner.name.first }} {{ feeling[index] }} {{ string.size topic }}");

        check.Placeholders.Should().Equal("partner", "feeling", "index", "topic");
    }

    [Fact]
    public void The_kept_builtins_are_not_placeholders()
    {
        var check = CustomScript.Check(
            "{{ string.upcase x }}{{ math.abs 1 }}{{ array.size y }}{{ html.escape z }}{{ if x == empty }}{{ end }}{{ if y == blank }}{{ end }}");

        check.IsValid.Should().BeTrue();
        check.Placeholders.Should().Equal("x", "y", "z");
    }

    [Fact]
    public void A_script_of_plain_text_has_no_placeholders()
    {
        var check = CustomScript.Check("Just say it.\nOn two lines.");

        check.IsValid.Should().BeTrue();
        check.Placeholders.Should().BeEmpty();
        CustomScript.Parse("Just say it.").Placeholders.Should().BeEmpty();
    }

    public static TheoryData<string, string> DisallowedConstructs => new()
    {
        { "{{ for x in 1..3 }}{{ end }}", "Loops" },
        { "{{ while true }}{{ end }}", "Loops" },
        { "{{ tablerow x in 1..3 }}{{ end }}", "Loops" },
        { "{{ func f; ret 1; end }}", "Function definitions" },
        { "{{ do; ret 1; end }}", "Function definitions" },
        { "{{ ret 1 }}", "Function definitions" },
        { "{{ x = 1 }}", "Assignments" },
        { "{{ x++ }}", "Assignments" },
        { "{{ capture x }}hi{{ end }}", "Assignments" },
        { "{{ with x }}{{ end }}", "'with'" },
        { "{{ wrap x }}{{ end }}", "'wrap'" },
        { "{{ import x }}", "'import'" },
        { "{{ readonly x }}", "'readonly'" },
        { "{{ this }}", "'this'" },
        { "{{ $0 }}", "Local variables" },
        { "{{ $x }}", "Local variables" },
        { "{{ [1, 2] }}", "array literals" },
        { "{{ {a: 1} }}", "Object" },
        { "{{ include 'x' }}", "'include'" },
        { "{{ include_join 'a' }}", "'include_join'" },
        { "{{ object.eval '1' }}", "'object'" },
        { "{{ regex.match x 'a' }}", "'regex'" },
        { "{{ date.now }}", "'date'" },
        { "{{ timespan.from_days 1 }}", "'timespan'" },
        { "{{ 1 << 3 }}", "shift" },
        { "{{ 8 >> 1 }}", "shift" },
    };

    [Theory]
    [MemberData(nameof(DisallowedConstructs))]
    public void Each_disallowed_construct_is_not_allowed(string source, string named)
    {
        var check = CustomScript.Check(source);

        check.IsValid.Should().BeFalse();
        var problem = check.Problems.Should().Contain(p => p.Code == "not-allowed").Subject;
        problem.Message.Should().Contain(named);
        problem.Line.Should().Be(1);
        problem.Column.Should().BeGreaterThanOrEqualTo(4);
        check.Problems.Should().OnlyContain(p => p.Code == "not-allowed");
    }

    [Fact]
    public void Every_disallowed_construct_is_reported_with_its_line_and_column()
    {
        const string Source = """
            Hi {{ name }},
            {{ for x in 1..3 }}{{ x }}{{ end }}
              {{ name = 'other' }} and {{ date.now }}
            {{ include '/etc/passwd' }}
            """;

        var check = CustomScript.Check(Source.ReplaceLineEndings("\n"));

        check.Placeholders.Should().Equal("name");
        check.Problems.Select(p => (p.Line, p.Column, p.Code)).Should().Equal(
            (2, 4, "not-allowed"),
            (3, 6, "not-allowed"),
            (3, 31, "not-allowed"),
            (4, 4, "not-allowed"));
        check.Problems[0].Message.Should().Contain("Loops");
        check.Problems[1].Message.Should().Contain("Assignments");
        check.Problems[2].Message.Should().Contain("'date'");
        check.Problems[3].Message.Should().Contain("'include'");
        check.Problems[0].ToString().Should().Be("(2,4): Loops are not allowed in a short script. (not-allowed)");
    }

    [Theory]
    [InlineData("Hi {{ name | }}")]
    [InlineData("{{ end }}")]
    [InlineData("{{ 1 + }}")]
    [InlineData("I feel {{ feeling when {{ behaviour }}")]
    [InlineData("line one\nI feel {{ if feeling }}sad")]
    [InlineData("{{ 'unclosed }}")]
    public void A_syntax_error_is_reported_with_a_line_and_column_of_at_least_one(string source)
    {
        var check = CustomScript.Check(source);

        check.IsValid.Should().BeFalse();
        check.Placeholders.Should().BeEmpty();
        check.Problems.Should().NotBeEmpty().And.OnlyContain(p => p.Code == "syntax-error" && p.Line >= 1 && p.Column >= 1 && p.Message.Length > 0);
    }

    [Fact]
    public void A_syntax_error_points_at_the_place_the_parser_stopped()
    {
        CustomScript.Check("Hi {{ name | }}").Problems[0].Should().Match<ScriptTemplateProblem>(p => p.Line == 1 && p.Column == 14);
        CustomScript.Check("line one\nI feel {{ if feeling }}sad").Problems[0].Line.Should().Be(2);
    }

    [Fact]
    public void Parse_throws_a_ScriptTemplateException_listing_every_problem()
    {
        var act = () => CustomScript.Parse("{{ x = 1 }}\n{{ for y in 1..2 }}{{ end }}\n{{ object.keys z }}");

        var error = act.Should().Throw<ScriptTemplateException>().Which;
        error.Problems.Select(p => (p.Line, p.Code)).Should().Equal((1, "not-allowed"), (2, "not-allowed"), (3, "not-allowed"));
        error.Message.Should().StartWith("The script has 3 problems:").And.Contain("(1,4)").And.Contain("(2,4)").And.Contain("(3,4)");
        error.Should().BeAssignableTo<IntimacyKitException>();
    }

    [Fact]
    public void Parse_of_a_syntax_error_throws_with_the_syntax_errors()
    {
        var act = () => CustomScript.Parse("Hi {{ name | }}");

        var error = act.Should().Throw<ScriptTemplateException>().Which;
        error.Problems.Should().NotBeEmpty().And.OnlyContain(p => p.Code == "syntax-error");
        error.Message.Should().StartWith("The script has 1 problem:");
    }

    [Fact]
    public void Check_finds_no_problems_exactly_when_Parse_succeeds()
    {
        foreach (var source in new[] { "I feel {{ feeling }}.", "{{ x = 1 }}", "{{ 1 + }}", "{{ a | string.upcase }}" })
        {
            var check = CustomScript.Check(source);
            var act = () => CustomScript.Parse(source);
            if (check.IsValid)
            {
                act.Should().NotThrow().Which.Placeholders.Should().Equal(check.Placeholders);
            }
            else
            {
                act.Should().Throw<ScriptTemplateException>().Which.Problems.Should().Equal(check.Problems);
            }
        }
    }

    [Fact]
    public void A_source_longer_than_the_maximum_is_too_long_without_being_parsed()
    {
        var longest = new string('x', CustomScript.MaxSourceLength);
        var tooLong = longest + "{{ for }}";

        CustomScript.Check(longest).IsValid.Should().BeTrue();
        var check = CustomScript.Check(tooLong);
        check.Problems.Should().ContainSingle().Which.Should().Match<ScriptTemplateProblem>(p => p.Code == "too-long" && p.Line == 1 && p.Column == 1);
        FluentActions.Invoking(() => CustomScript.Parse(tooLong)).Should().Throw<ScriptTemplateException>()
            .Which.Problems.Should().ContainSingle().Which.Code.Should().Be("too-long");
    }

    [Fact]
    public void A_parsed_script_keeps_its_source_and_renders_with_its_placeholders_values()
    {
        const string Source = "{{ name | string.capitalize }}, I feel {{ feeling }} when {{ behaviour | string.downcase }}{{ if day }}, like on {{ day }}{{ end }}.";
        var script = CustomScript.Parse(Source);

        script.Source.Should().Be(Source);
        script.Placeholders.Should().Equal("name", "feeling", "behaviour", "day");
        ScriptRenderer.Default.RenderCustom(script, new Dictionary<string, object?>
        {
            ["name"] = "sam",
            ["feeling"] = "unsure",
            ["behaviour"] = "You INTERRUPT me",
            ["day"] = DayOfWeek.Friday,
        }, s_enUs).Should().Be("Sam, I feel unsure when you interrupt me, like on Friday.");
    }

    [Fact]
    public void A_value_is_written_as_text_and_never_evaluated_as_a_template()
    {
        var script = CustomScript.Parse("[{{ a }}][{{ b }}]");

        ScriptRenderer.Default.RenderCustom(script, new Dictionary<string, object?> { ["a"] = "{{ date.now }}", ["b"] = "{% include 'x' %}" }, s_enUs)
            .Should().Be("[{{ date.now }}][{% include 'x' %}]");
    }

    [Fact]
    public void A_custom_script_is_not_HTML_encoded_unless_it_asks_to_be()
    {
        var script = CustomScript.Parse("{{ a }} / {{ a | html.escape }}");

        ScriptRenderer.Default.RenderCustom(script, new Dictionary<string, object?> { ["a"] = "<script>" }, s_enUs)
            .Should().Be("<script> / &lt;script&gt;");
    }

    [Fact]
    public void Rendering_failures_of_a_custom_script_are_ScriptRenderExceptions_with_a_code_and_position()
    {
        var script = CustomScript.Parse("line one\n  {{ name.runtime_type }}");

        var act = () => ScriptRenderer.Default.RenderCustom(script, new Dictionary<string, object?> { ["name"] = "abc" }, s_enUs);

        var error = act.Should().Throw<ScriptRenderException>().Which;
        error.Code.Should().Be("runtime-error");
        error.Line.Should().Be(2);
        error.Column.Should().BeGreaterThanOrEqualTo(1);
        error.Message.Should().StartWith("(2,").And.EndWith("(runtime-error)");
        error.Should().BeAssignableTo<IntimacyKitException>();
    }
}
