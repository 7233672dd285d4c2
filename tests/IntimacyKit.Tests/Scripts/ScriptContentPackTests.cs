using System.Globalization;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests.Scripts;

/// <summary>
/// Script templates in content packs: everything wrong with a template's source and parameters is reported with
/// the JSON path of the member at fault, a translation must keep each template's parameters, and a renderer uses a
/// translation for its culture and falls back template by template.
/// </summary>
public sealed class ScriptContentPackTests
{
    private static readonly CultureInfo s_frFr = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo s_frCa = CultureInfo.GetCultureInfo("fr-CA");
    private static readonly CultureInfo s_enUs = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo s_esEs = CultureInfo.GetCultureInfo("es-ES");

    private static ScriptParameter Text(string name, bool optional = false) =>
        new() { Name = name, Description = $"The {name}", Kind = ScriptParameterKind.Text, Example = "something", IsOptional = optional };

    private static ScriptTemplate Script(string source, params ScriptParameter[] parameters) => new()
    {
        Id = "s",
        ChapterId = "ch-one",
        Title = "A script",
        Purpose = "For tests.",
        WhenToUse = "In tests.",
        Source = source,
        Parameters = [.. parameters],
    };

    private static ContentPack PackWith(params ScriptTemplate[] scripts) => new() { Name = "scripts", Scripts = [.. scripts] };

    [Fact]
    public void A_valid_script_pack_is_added_and_rendered_by_a_renderer_of_the_catalog()
    {
        var catalog = TestContent.Catalog.WithContentPack(PackWith(Script("I feel {{ feeling }}{{ if about }} about {{ about }}{{ end }}.", Text("feeling"), Text("about", optional: true))));
        var renderer = new ScriptRenderer(catalog);

        catalog.Get<ScriptTemplate>("s").Parameters.Should().HaveCount(2);
        renderer.RenderTemplate("s", new Dictionary<string, object?> { ["feeling"] = "fine" }, s_enUs).Should().Be("I feel fine.");
        renderer.RenderTemplate("s", new Dictionary<string, object?> { ["feeling"] = "fine", ["about"] = "it" }, s_enUs).Should().Be("I feel fine about it.");
        renderer.RenderTemplate("pause-template", new Dictionary<string, object?> { ["break_length"] = TimeSpan.FromMinutes(10) }, s_enUs)
            .Should().Be("I need 10 minutes.");
    }

    [Fact]
    public void A_source_with_a_syntax_error_is_reported_at_the_source_with_line_and_column()
    {
        var problem = TestContent.ProblemsOf(PackWith(Script("I feel\n{{ feeling | }}", Text("feeling")))).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.scripts[0].source");
        problem.Code.Should().Be("syntax-error");
        problem.Message.Should().StartWith("Line 2, column ");
    }

    [Fact]
    public void A_disallowed_construct_in_a_source_is_reported_at_the_source()
    {
        var problems = TestContent.ProblemsOf(PackWith(Script("{{ feeling }}{{ for x in 1..3 }}!{{ end }} {{ include 'x' }}", Text("feeling"))));

        problems.Select(p => (p.Path, p.Code)).Should().Equal(("$.scripts[0].source", "not-allowed"), ("$.scripts[0].source", "not-allowed"));
        problems[0].Message.Should().StartWith("Line 1, column 17:").And.Contain("Loops");
        problems[1].Message.Should().StartWith("Line 1, column 47:").And.Contain("'include'");
    }

    [Fact]
    public void A_placeholder_that_is_not_a_declared_parameter_is_undeclared()
    {
        var problem = TestContent.ProblemsOf(PackWith(Script("I feel {{ feeling }} about {{ topic }}.", Text("feeling")))).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.scripts[0].source");
        problem.Code.Should().Be("undeclared-parameter");
        problem.Message.Should().Contain("'topic'");
    }

    [Fact]
    public void A_declared_parameter_the_source_never_uses_is_unused()
    {
        var problem = TestContent.ProblemsOf(PackWith(Script("I feel {{ feeling }}.", Text("feeling"), Text("extra", optional: true)))).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.scripts[0].parameters");
        problem.Code.Should().Be("unused-parameter");
        problem.Message.Should().Contain("'extra'");
    }

    [Theory]
    [InlineData("ReturnTime")]
    [InlineData("return-time")]
    [InlineData("return time")]
    [InlineData("_return")]
    [InlineData("return_")]
    [InlineData("return__time")]
    [InlineData("1st")]
    [InlineData("")]
    [InlineData("café")]
    public void A_parameter_name_that_is_not_lower_snake_case_is_an_invalid_name(string name)
    {
        var problems = TestContent.ProblemsOf(PackWith(Script("Hello.", Text(name))));

        var problem = problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("$.scripts[0].parameters[0].name");
        problem.Code.Should().Be("invalid-name");
        problem.Message.Should().Contain($"'{name}'");
    }

    [Theory]
    [InlineData("t")]
    [InlineData("return_time")]
    [InlineData("step2")]
    [InlineData("a_1_b")]
    public void Lower_snake_case_parameter_names_are_valid(string name)
    {
        var catalog = TestContent.Catalog.WithContentPack(PackWith(Script($"{{{{ {name} }}}}", Text(name))));

        catalog.Get<ScriptTemplate>("s").Parameters.Single().Name.Should().Be(name);
    }

    [Fact]
    public void A_parameter_declared_twice_is_a_duplicate_name()
    {
        var problem = TestContent.ProblemsOf(PackWith(Script("{{ feeling }}", Text("feeling"), Text("feeling")))).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.scripts[0].parameters[1].name");
        problem.Code.Should().Be("duplicate-name");
    }

    [Fact]
    public void A_default_on_a_required_parameter_is_an_unexpected_member()
    {
        var problem = TestContent.ProblemsOf(PackWith(Script("{{ feeling }}", Text("feeling") with { Default = "fine" }))).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.scripts[0].parameters[0].default");
        problem.Code.Should().Be("unexpected-member");
    }

    public static TheoryData<ScriptParameterKind, string> BadInvariantValues => new()
    {
        { ScriptParameterKind.Duration, "20 minutes" },
        { ScriptParameterKind.Duration, "00:00:00" },
        { ScriptParameterKind.Duration, "-00:20:00" },
        { ScriptParameterKind.ClockTime, "7:30 PM" },
        { ScriptParameterKind.ClockTime, "25:00" },
        { ScriptParameterKind.ClockTime, "19.30" },
        { ScriptParameterKind.Day, "Funday" },
        { ScriptParameterKind.Day, "saturday" },
        { ScriptParameterKind.Day, "6" },
        { ScriptParameterKind.Day, "7" },
        { ScriptParameterKind.Day, "+6" },
        { ScriptParameterKind.Day, " Saturday" },
        { ScriptParameterKind.Day, "Monday, Tuesday" },
    };

    [Theory]
    [MemberData(nameof(BadInvariantValues))]
    public void An_example_that_is_not_a_value_of_its_kind_in_invariant_form_is_reported(ScriptParameterKind kind, string example)
    {
        var parameter = new ScriptParameter { Name = "value", Description = "A value", Kind = kind, Example = example };

        var problem = TestContent.ProblemsOf(PackWith(Script("{{ value }}", parameter))).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.scripts[0].parameters[0].example");
        problem.Code.Should().Be("wrong-type");
        problem.Message.Should().Contain($"'{example}'");
    }

    [Theory]
    [InlineData(ScriptParameterKind.Text, " ")]
    [InlineData(ScriptParameterKind.Feeling, "\t")]
    [InlineData(ScriptParameterKind.Behaviour, "")]
    [InlineData(ScriptParameterKind.Request, null)]
    public void A_blank_example_of_a_text_parameter_is_required(ScriptParameterKind kind, string? example)
    {
        var parameter = new ScriptParameter { Name = "value", Description = "A value", Kind = kind, Example = example! };

        var problems = TestContent.ProblemsOf(PackWith(Script("{{ value }}", parameter)));

        problems.Should().Contain(p => p.Path == "$.scripts[0].parameters[0].example" && p.Code == "required")
            .And.OnlyContain(p => p.Path == "$.scripts[0].parameters[0].example");
    }

    [Theory]
    [MemberData(nameof(BadInvariantValues))]
    public void A_default_that_is_not_a_value_of_its_kind_in_invariant_form_is_reported(ScriptParameterKind kind, string value)
    {
        var good = kind switch
        {
            ScriptParameterKind.Duration => "00:20:00",
            ScriptParameterKind.ClockTime => "19:30",
            ScriptParameterKind.Day => "Saturday",
            _ => "fine",
        };
        var parameter = new ScriptParameter { Name = "value", Description = "A value", Kind = kind, Example = good, IsOptional = true, Default = value };

        var problem = TestContent.ProblemsOf(PackWith(Script("{{ value }}", parameter))).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.scripts[0].parameters[0].default");
        problem.Code.Should().Be("wrong-type");
    }

    [Theory]
    [InlineData(ScriptParameterKind.Duration, "00:20:00")]
    [InlineData(ScriptParameterKind.Duration, "1.00:00:00")]
    [InlineData(ScriptParameterKind.ClockTime, "19:30")]
    [InlineData(ScriptParameterKind.ClockTime, "00:00")]
    [InlineData(ScriptParameterKind.ClockTime, "07:05:30")]
    [InlineData(ScriptParameterKind.Day, "Sunday")]
    [InlineData(ScriptParameterKind.Request, "a heads-up")]
    public void Examples_and_defaults_in_invariant_form_are_accepted(ScriptParameterKind kind, string value)
    {
        var parameter = new ScriptParameter { Name = "value", Description = "A value", Kind = kind, Example = value, IsOptional = true, Default = value };

        var catalog = TestContent.Catalog.WithContentPack(PackWith(Script("{{ value }}", parameter)));

        catalog.Get<ScriptTemplate>("s").Parameters.Single().Default.Should().Be(value);
    }

    [Fact]
    public void A_combination_of_two_days_is_not_a_day_so_it_cannot_default_to_a_third()
    {
        // Enum.TryParse reads "Monday, Tuesday" as the flags 1 | 2, which is Wednesday.
        ScriptValues.TryParseInvariant(ScriptParameterKind.Day, "Monday, Tuesday", out _).Should().BeFalse();
        ScriptValues.TryParseInvariant(ScriptParameterKind.Day, "Wednesday", out var day).Should().BeTrue();
        day.Should().Be(DayOfWeek.Wednesday);
    }

    [Fact]
    public void An_undefined_parameter_kind_is_an_invalid_value()
    {
        var parameter = Text("value") with { Kind = (ScriptParameterKind)0 };

        var problems = TestContent.ProblemsOf(PackWith(Script("{{ value }}", parameter)));

        problems.Should().Contain(p => p.Path == "$.scripts[0].parameters[0].kind" && p.Code == "invalid-value");
    }

    [Fact]
    public void A_null_parameter_is_a_null_value()
    {
        var problems = TestContent.ProblemsOf("""
            { "name": "p", "scripts": [ { "id": "s", "chapterId": "ch-one", "title": "T", "purpose": "P", "whenToUse": "W",
              "source": "{{ a }}", "parameters": [ { "name": "a", "description": "A", "kind": "text", "example": "x" }, null ] } ] }
            """);

        problems.Select(p => (p.Path, p.Code)).Should().Equal(("$.scripts[0].parameters[1]", "null-value"));
    }

    [Fact]
    public void Every_problem_of_every_script_is_reported_with_its_own_path()
    {
        var pack = PackWith(
            Script("I feel {{ feeling }}.", Text("feeling")) with { Id = "fine" },
            Script("{{ Feeling }} {{ x = 1 }}", Text("Feeling"), Text("unused"), Text("unused")) with { Id = "broken", Title = "" },
            Script("{{ a }", Text("a")) with { Id = "unparsable" });

        var problems = TestContent.ProblemsOf(pack);

        problems.Take(5).Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.scripts[1].title", "required"),
            ("$.scripts[1].parameters[0].name", "invalid-name"),
            ("$.scripts[1].parameters[2].name", "duplicate-name"),
            ("$.scripts[1].source", "not-allowed"),
            ("$.scripts[1].source", "undeclared-parameter"));
        problems.Skip(5).Should().NotBeEmpty().And.OnlyContain(p => p.Path == "$.scripts[2].source" && p.Code == "syntax-error");
        problems[4].Message.Should().Contain("'Feeling'");
    }

    [Fact]
    public void A_script_using_a_function_Scriban_does_not_have_is_reported()
    {
        var problem = TestContent.ProblemsOf(PackWith(Script("{{ feeling | string.repeat 2 }}", Text("feeling")))).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.scripts[0].source");
        problem.Code.Should().Be("unknown-function");
        problem.Message.Should().Contain("string.repeat");
    }

    [Fact]
    public void A_toolbox_item_or_exercise_may_refer_to_a_script_of_a_later_pack_only_once_that_pack_is_added()
    {
        var pack = new ContentPack
        {
            Name = "p",
            Exercises = [TestContent.NewExercise() with { ScriptIds = ["later-template"] }],
        };

        TestContent.ProblemsOf(pack).Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "$.exercises[0].scriptIds[0]" && p.Code == "dangling-reference");
    }

    private static ContentPack French(params ScriptTemplate[] scripts) => new() { Name = "builtin-fr", Language = "fr", Scripts = [.. scripts] };

    private static ScriptTemplate Honesty => IntimacyCatalog.BuiltIn.Get<ScriptTemplate>("honesty-formula-script");

    [Fact]
    public void A_translation_that_changes_a_template_s_parameters_is_a_parameter_mismatch()
    {
        var dropped = Honesty with { Source = "Je me sens {{ feeling }} quand {{ behaviour }}.", Parameters = Honesty.Parameters.RemoveAt(2) };
        var renamed = IntimacyCatalog.BuiltIn.Get<ScriptTemplate>("small-no-script") is var smallNo
            ? smallNo with
            {
                Source = "Je ne peux pas {{ demande }} cette fois.{{ if alternative }} Je peux {{ alternative }}.{{ end }}",
                Parameters = [smallNo.Parameters[0] with { Name = "demande" }, smallNo.Parameters[1]],
            }
            : null!;

        var problems = TestContent.ProblemsOf(IntimacyCatalog.BuiltIn, French(dropped, renamed));

        problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.scripts[0].parameters", "parameter-mismatch"),
            ("$.scripts[1].parameters", "parameter-mismatch"));
        problems[0].Message.Should().Contain("request");
        problems[1].Message.Should().Contain("demande");
    }

    [Fact]
    public void A_translation_that_changes_a_parameter_s_kind_or_optionality_is_a_parameter_mismatch()
    {
        var bridge = IntimacyCatalog.BuiltIn.Get<ScriptTemplate>("bridge-sentence-script");
        var kind = bridge with
        {
            Source = "J'ai besoin de {{ break_length }}; je reviens à {{ return_time }}.",
            Parameters = [bridge.Parameters[0] with { Kind = ScriptParameterKind.Text, Example = "vingt minutes" }, bridge.Parameters[1]],
        };
        var optional = IntimacyCatalog.BuiltIn.Get<ScriptTemplate>("feeling-statement-script") is var feeling
            ? feeling with { Source = "Je me sens {{ feeling }}{{ if behaviour }} quand {{ behaviour }}{{ end }}.", Parameters = [feeling.Parameters[0], feeling.Parameters[1] with { IsOptional = true }] }
            : null!;

        var problems = TestContent.ProblemsOf(IntimacyCatalog.BuiltIn, French(kind, optional));

        problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.scripts[0].parameters", "parameter-mismatch"),
            ("$.scripts[1].parameters", "parameter-mismatch"));
    }

    [Fact]
    public void A_translation_may_reorder_parameters_and_change_their_descriptions_examples_and_defaults()
    {
        var support = IntimacyCatalog.BuiltIn.Get<ScriptTemplate>("support-question-script");
        var french = support with
        {
            Source = "Qu'est-ce qui m'aiderait à te soutenir {{ timeframe }} ?",
            Parameters = [support.Parameters[0] with { Description = "La période", Default = "cette semaine", Example = "cette semaine" }],
        };
        var honesty = Honesty with
        {
            Source = "J'aimerais {{ request }} : je me sens {{ feeling }} quand {{ behaviour }}.",
            Parameters = [Honesty.Parameters[2], Honesty.Parameters[0], Honesty.Parameters[1]],
        };

        var renderer = ScriptRenderer.Default.WithTranslation(French(french, honesty));

        renderer.Render(new SupportQuestionArguments(), s_frFr).Should().Be("Qu'est-ce qui m'aiderait à te soutenir cette semaine ?");
        renderer.Render(new HonestyFormulaArguments("blessé", "tu es en retard", "un message"), s_frFr)
            .Should().Be("J'aimerais un message : je me sens blessé quand tu es en retard.");
    }

    [Fact]
    public void A_renderer_uses_a_translation_for_its_culture_and_falls_back_template_by_template()
    {
        var french = Honesty with { Source = "Je me sens {{ feeling }} quand {{ behaviour }} ; j'aimerais {{ request }}." };

        var renderer = ScriptRenderer.Default.WithTranslation(French(french));

        renderer.Languages.Should().Equal("en", "es", "fr");
        renderer.GetTemplate("honesty-formula-script", s_frFr).Should().BeSameAs(french);
        renderer.GetTemplate("honesty-formula-script", s_frCa).Should().BeSameAs(french);
        renderer.Render(new HonestyFormulaArguments("blessé", "les plans changent", "être prévenu"), s_frCa)
            .Should().Be("Je me sens blessé quand les plans changent ; j'aimerais être prévenu.");
        renderer.GetTemplate("bridge-sentence-script", s_frFr).Should().BeSameAs(IntimacyCatalog.BuiltIn.Get<ScriptTemplate>("bridge-sentence-script"));
        renderer.Render(new DeEscalationArguments(), s_frFr).Should().StartWith("I'm getting overwhelmed.");
        renderer.Render(new AssertiveBoundaryArguments("the laundry", DayOfWeek.Saturday), s_frFr)
            .Should().Be("I can't do the laundry right now. I'm available on Saturday.", "a template the pack does not translate is written wholly in the catalog's language");
        renderer.Render(new DeEscalationArguments(), s_esEs).Should().StartWith("Me estoy agobiando.");
        renderer.Render(new HonestyFormulaArguments("hurt", "x", "y"), s_enUs).Should().Be("I feel hurt when x; I'd like y.");
        ScriptRenderer.Default.Languages.Should().Equal("en", "es");
        ScriptRenderer.Default.GetTemplate("honesty-formula-script", s_frFr).Should().BeSameAs(Honesty);
    }

    [Fact]
    public void A_translation_in_a_specific_culture_is_used_for_that_culture_only()
    {
        var canadian = Honesty with { Source = "Je me sens {{ feeling }} quand {{ behaviour }}; j'aimerais {{ request }}." };

        var renderer = ScriptRenderer.Default.WithTranslation(French(canadian) with { Name = "builtin-fr-ca", Language = "fr-CA" });

        renderer.Languages.Should().Equal("en", "es", "fr-CA");
        renderer.GetTemplate("honesty-formula-script", s_frCa).Should().BeSameAs(canadian);
        renderer.GetTemplate("honesty-formula-script", s_frFr).Should().BeSameAs(Honesty);
    }

    [Fact]
    public void A_second_translation_for_a_language_replaces_the_first()
    {
        var first = Honesty with { Source = "Premier {{ feeling }} {{ behaviour }} {{ request }}" };
        var second = Honesty with { Source = "Second {{ feeling }} {{ behaviour }} {{ request }}" };

        var renderer = ScriptRenderer.Default.WithTranslation(French(first)).WithTranslation(French(second));

        renderer.Languages.Should().Equal("en", "es", "fr");
        renderer.Render(new HonestyFormulaArguments("a", "b", "c"), s_frFr).Should().Be("Second a b c");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("EN")]
    public void WithTranslation_of_a_pack_in_the_catalog_s_own_language_is_an_ArgumentException(string language)
    {
        var pack = French(Honesty) with { Name = "more-english", Language = language };

        var act = () => ScriptRenderer.Default.WithTranslation(pack);

        var error = act.Should().Throw<ArgumentException>().Which;
        error.ParamName.Should().Be("translation");
        error.Message.Should().Contain("more-english");
    }

    [Fact]
    public void WithTranslation_of_a_pack_that_does_not_fit_is_a_ContentPackException()
    {
        var broken = Honesty with { Source = "{{ for x in 1..2 }}{{ end }}" };

        var act = () => ScriptRenderer.Default.WithTranslation(French(broken));

        act.Should().Throw<ContentPackException>().Which.Problems.Should().Contain(p => p.Path == "$.scripts[0].source" && p.Code == "not-allowed");
    }

    [Fact]
    public void A_translation_may_add_a_script_the_catalog_does_not_have_which_only_its_culture_can_render()
    {
        var extra = Script("Bonjour {{ nom }}.", Text("nom")) with { Id = "greeting-script", ChapterId = "chapter-1" };

        var renderer = ScriptRenderer.Default.WithTranslation(French(extra));

        renderer.RenderTemplate("greeting-script", new Dictionary<string, object?> { ["nom"] = "Sam" }, s_frFr).Should().Be("Bonjour Sam.");
        var act = () => renderer.RenderTemplate("greeting-script", new Dictionary<string, object?> { ["nom"] = "Sam" }, s_enUs);
        act.Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void WithBuiltInTranslations_adds_Spanish_to_a_renderer_of_an_extended_built_in_catalog()
    {
        var extended = IntimacyCatalog.BuiltIn.WithContentPack(TestContent.ExtrasWith(TestContent.NewExercise("x", "chapter-1")));

        var renderer = new ScriptRenderer(extended).WithBuiltInTranslations();

        renderer.Languages.Should().Equal("en", "es");
        renderer.Render(new SupportQuestionArguments(), s_esEs).Should().Be("¿Qué me ayudaría a apoyarte esta semana?");
    }
}
