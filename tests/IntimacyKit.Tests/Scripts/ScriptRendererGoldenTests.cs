using System.Globalization;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests.Scripts;

/// <summary>
/// The built-in scripts render to the wording of the golden files in Scripts/Golden (one file per template and
/// culture), and the typed argument records render exactly what the same values in a map do.
/// </summary>
public sealed class ScriptRendererGoldenTests
{
    private static readonly CultureInfo s_enUs = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo s_enGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo s_esEs = CultureInfo.GetCultureInfo("es-ES");

    private static ScriptRenderer Renderer => ScriptRenderer.Default;

    public static TheoryData<string, string> GoldenCases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var file in GoldenFile.All())
            {
                foreach (var golden in file.Cases)
                {
                    data.Add(file.FileName, golden.Name);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void Each_golden_case_renders_to_its_expected_script(string fileName, string caseName)
    {
        var file = GoldenFile.Load(fileName);
        var golden = file[caseName];
        var template = Renderer.GetTemplate(file.TemplateId, file.Culture);

        var rendered = Renderer.RenderTemplate(file.TemplateId, golden.ValuesFor(template), file.Culture);

        rendered.Should().Be(golden.Expected, $"{fileName}, case '{caseName}', renders as the file says; it rendered:\n{rendered}\n");
    }

    [Fact]
    public void Every_built_in_script_has_golden_files_for_US_English_and_Spanish_and_British_English_when_it_has_clock_times()
    {
        var files = GoldenFile.All().ToList();
        var expected = IntimacyCatalog.BuiltIn.Scripts.SelectMany(template =>
        {
            var cultures = new List<string> { "en-US", "es-ES" };
            if (template.Parameters.Any(p => p.Kind == ScriptParameterKind.ClockTime))
            {
                cultures.Add("en-GB");
            }

            return cultures.Select(culture => $"{template.Id}.{culture}.txt");
        });

        files.Select(f => f.FileName).Should().BeEquivalentTo(expected, "every template has its files and no file names an unknown template");
    }

    [Fact]
    public void Every_golden_file_has_at_least_two_cases_and_leaves_out_each_optional_parameter_in_one_of_them()
    {
        GoldenFile.All().Should().AllSatisfy(file =>
        {
            var template = Renderer.GetTemplate(file.TemplateId, file.Culture);
            file.Cases.Should().HaveCountGreaterThanOrEqualTo(2, file.FileName);
            foreach (var optional in template.Parameters.Where(p => p.IsOptional))
            {
                file.Cases.Should().Contain(
                    c => !c.Arguments.ContainsKey(optional.Name) || c.Arguments[optional.Name] == null,
                    $"{file.FileName} leaves out the optional '{optional.Name}' in some case");
            }

            file.Cases.SelectMany(c => c.Arguments.Keys).Distinct()
                .Should().BeSubsetOf(template.Parameters.Select(p => p.Name), $"{file.FileName} only uses the template's parameters");
        });
    }

    [Fact]
    public void The_golden_files_choose_the_template_of_their_language()
    {
        GoldenFile.All().Should().AllSatisfy(file =>
        {
            var template = Renderer.GetTemplate(file.TemplateId, file.Culture);
            var original = IntimacyCatalog.BuiltIn.Get<ScriptTemplate>(file.TemplateId);
            if (file.Culture.TwoLetterISOLanguageName == "es")
            {
                template.Should().NotBeSameAs(original, file.FileName);
            }
            else
            {
                template.Should().BeSameAs(original, file.FileName);
            }
        });
    }

    [Fact]
    public void The_toolbox_scripts_render_their_source_wording_exactly()
    {
        var twenty = TimeSpan.FromMinutes(20);
        var halfPastSeven = new TimeOnly(19, 30);

        Renderer.Render(new BridgeSentenceArguments(twenty, halfPastSeven), s_enUs)
            .Should().Be("I need about 20 minutes to collect myself; I care about this and I'll come back to it at 7:30 PM.");
        Renderer.Render(new BridgeSentenceArguments(twenty, halfPastSeven), s_enGb)
            .Should().Be("I need about 20 minutes to collect myself; I care about this and I'll come back to it at 19:30.");
        Renderer.Render(new DeEscalationArguments(), s_enUs)
            .Should().Be("I'm getting overwhelmed. I want to continue, but I need a short break. Can we pause and return in 30 minutes?");
        Renderer.Render(new HonestyFormulaArguments("hurt", "plans change at the last minute", "a heads-up the day before"), s_enUs)
            .Should().Be("I feel hurt when plans change at the last minute; I'd like a heads-up the day before.");
        Renderer.Render(new DefusingLineArguments(), s_enUs)
            .Should().Be("I'm getting overwhelmed - can we pause and come back to this?");
        Renderer.Render(new SupportQuestionArguments(), s_enUs)
            .Should().Be("What would help me support you this week?");
    }

    [Fact]
    public void The_bridge_sentence_and_de_escalation_render_the_toolbox_texts_where_those_have_no_blanks()
    {
        var catalog = IntimacyCatalog.BuiltIn;
        var bridge = catalog.Get<ToolboxItem>("bridge-sentence").Text;

        Renderer.Render(new BridgeSentenceArguments(TimeSpan.FromMinutes(20), new TimeOnly(19, 30)), s_enUs)
            .Should().Be(bridge.Replace("[time]", "7:30 PM", StringComparison.Ordinal));
        Renderer.Render(new DeEscalationArguments(), s_enUs).Should().Be(catalog.Get<ToolboxItem>("de-escalation").Text);
    }

    public static TheoryData<string> TypedArgumentCases => [.. TypedArguments().Keys];

    [Theory]
    [MemberData(nameof(TypedArgumentCases))]
    public void Typed_arguments_render_the_same_text_as_a_map_of_the_same_values(string caseName)
    {
        var (arguments, values) = TypedArguments()[caseName];

        foreach (var culture in new[] { s_enUs, s_enGb, s_esEs })
        {
            Renderer.Render(arguments, culture).Should().Be(Renderer.RenderTemplate(arguments.TemplateId, values, culture), $"{caseName} in {culture}");
        }
    }

    [Fact]
    public void There_is_a_typed_argument_record_for_every_built_in_script_and_each_names_its_template()
    {
        var records = typeof(ScriptArguments).Assembly.GetExportedTypes()
            .Where(t => t.IsSubclassOf(typeof(ScriptArguments)) && !t.IsAbstract)
            .ToList();
        var ids = records.Select(t => (string)t.GetField("Id")!.GetValue(null)!).ToList();

        ids.Should().BeEquivalentTo(IntimacyCatalog.BuiltIn.Scripts.Select(s => s.Id));
        TypedArguments().Values.Select(v => v.Arguments.GetType()).Distinct().Should().BeEquivalentTo(records, "the theory above covers every record");
        TypedArguments().Values.Should().AllSatisfy(v =>
            v.Arguments.TemplateId.Should().Be((string)v.Arguments.GetType().GetField("Id")!.GetValue(null)!));
    }

    private static Dictionary<string, (ScriptArguments Arguments, Dictionary<string, object?> Values)> TypedArguments()
    {
        var twenty = TimeSpan.FromMinutes(20);
        var seven = new TimeOnly(19, 0);
        return new()
        {
            ["bridge sentence"] = (new BridgeSentenceArguments(twenty, seven), new() { ["break_length"] = twenty, ["return_time"] = seven }),
            ["assertive boundary with a time"] = (
                new AssertiveBoundaryArguments("the school run", DayOfWeek.Saturday) { AvailableTime = new TimeOnly(10, 0) },
                new() { ["task"] = "the school run", ["available_day"] = DayOfWeek.Saturday, ["available_time"] = new TimeOnly(10, 0) }),
            ["assertive boundary without a time"] = (
                new AssertiveBoundaryArguments("the school run", DayOfWeek.Tuesday),
                new() { ["task"] = "the school run", ["available_day"] = DayOfWeek.Tuesday }),
            ["de-escalation with a pause"] = (new DeEscalationArguments { PauseLength = TimeSpan.FromHours(1) }, new() { ["pause_length"] = TimeSpan.FromHours(1) }),
            ["de-escalation with the default pause"] = (new DeEscalationArguments(), []),
            ["honesty formula"] = (
                new HonestyFormulaArguments("hurt", "plans change at the last minute", "a heads-up the day before"),
                new() { ["feeling"] = "hurt", ["behaviour"] = "plans change at the last minute", ["request"] = "a heads-up the day before" }),
            ["repair statement"] = (
                new RepairStatementArguments("was late again", "keeping you waiting", "leave ten minutes earlier", "buy the tickets", "on Friday"),
                new()
                {
                    ["acknowledgement"] = "was late again", ["remorse"] = "keeping you waiting", ["change"] = "leave ten minutes earlier",
                    ["reparative_act"] = "buy the tickets", ["follow_up"] = "on Friday",
                }),
            ["calm space"] = (
                new CalmSpaceArguments("flooded", TimeSpan.FromMinutes(90), new TimeOnly(21, 15)),
                new() { ["feeling"] = "flooded", ["break_length"] = TimeSpan.FromMinutes(90), ["reconnect_time"] = new TimeOnly(21, 15) }),
            ["defusing line with a feeling"] = (new DefusingLineArguments { Feeling = "tense" }, new() { ["feeling"] = "tense" }),
            ["defusing line with the default feeling"] = (new DefusingLineArguments(), []),
            ["small no with an alternative"] = (
                new SmallNoArguments("host the family dinner") { Alternative = "bring dessert" },
                new() { ["request"] = "host the family dinner", ["alternative"] = "bring dessert" }),
            ["small no without an alternative"] = (new SmallNoArguments("host the family dinner"), new() { ["request"] = "host the family dinner" }),
            ["disclosure check-in with a topic"] = (new DisclosureCheckInArguments { Topic = "my job" }, new() { ["topic"] = "my job" }),
            ["disclosure check-in without a topic"] = (new DisclosureCheckInArguments(), []),
            ["support question with a timeframe"] = (new SupportQuestionArguments { Timeframe = "today" }, new() { ["timeframe"] = "today" }),
            ["support question with the default timeframe"] = (new SupportQuestionArguments(), []),
            ["feeling statement"] = (
                new FeelingStatementArguments("lonely", "we eat in front of the TV"),
                new() { ["feeling"] = "lonely", ["behaviour"] = "we eat in front of the TV" }),
        };
    }
}
