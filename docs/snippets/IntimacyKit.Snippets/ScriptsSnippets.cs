#region usings
using System.Globalization;
using IntimacyKit;
using IntimacyKit.Scripts;
#endregion

namespace DocsSnippets;

public sealed class ScriptsSnippets : SnippetTest
{
    // The values the article's later examples share, as it defines them in its first examples.
    private readonly ScriptRenderer renderer = ScriptRenderer.Default;
    private readonly CultureInfo enUS = CultureInfo.GetCultureInfo("en-US");
    private readonly BridgeSentenceArguments bridge = new(TimeSpan.FromMinutes(20), new TimeOnly(19, 30));

    private static ContentPack french => ContentPack.LoadFile("my-app-scripts.fr.json");

    [Fact]
    public void A_toolbox_item_points_at_the_template_that_renders_it()
    {
        #region toolbox-item
        IntimacyCatalog catalog = IntimacyCatalog.BuiltIn;

        ToolboxItem item = catalog.Get<ToolboxItem>("bridge-sentence");
        Console.WriteLine(item.Text);
        // I need about 20 minutes to collect myself; I care about this and I'll come back to it at [time].

        ScriptTemplate template = catalog.Get<ScriptTemplate>(item.ScriptId!);
        Console.WriteLine(template.Source);
        // I need about {{ break_length }} to collect myself; I care about this and I'll come back to it at {{ return_time }}.
        #endregion

        Output.Should().Contain("I need about 20 minutes to collect myself; I care about this and I'll come back to it at [time].");
        Output.Should().Contain("I need about {{ break_length }} to collect myself; I care about this and I'll come back to it at {{ return_time }}.");
    }

    [Fact]
    public void The_honesty_formula_renders_from_its_typed_arguments()
    {
        #region typed-arguments
        ScriptRenderer renderer = ScriptRenderer.Default;
        CultureInfo enUS = CultureInfo.GetCultureInfo("en-US");

        Console.WriteLine(renderer.Render(
            new HonestyFormulaArguments("hurt", "plans change at the last minute", "a heads-up the day before"), enUS));
        // I feel hurt when plans change at the last minute; I'd like a heads-up the day before.
        #endregion

        Output.Should().Contain("I feel hurt when plans change at the last minute; I'd like a heads-up the day before.");
    }

    [Fact]
    public void Optional_values_drop_their_part_or_use_the_templates_default()
    {
        #region optional-values
        Console.WriteLine(renderer.Render(new AssertiveBoundaryArguments("the school run", DayOfWeek.Saturday), enUS));
        // I can't do the school run right now. I'm available on Saturday.

        Console.WriteLine(renderer.Render(
            new AssertiveBoundaryArguments("the school run", DayOfWeek.Saturday) { AvailableTime = new TimeOnly(10, 0) }, enUS));
        // I can't do the school run right now. I'm available on Saturday at 10:00 AM.

        Console.WriteLine(renderer.Render(new DeEscalationArguments(), enUS));
        // I'm getting overwhelmed. I want to continue, but I need a short break. Can we pause and return in 30 minutes?
        #endregion

        Output.Should().Contain("I can't do the school run right now. I'm available on Saturday.");
        Output.Should().Contain("I can't do the school run right now. I'm available on Saturday at 10:00 AM.");
        Output.Should().Contain("I'm getting overwhelmed. I want to continue, but I need a short break. Can we pause and return in 30 minutes?");
    }

    [Fact]
    public void A_template_renders_from_values_keyed_by_parameter_name()
    {
        #region values-by-name
        var values = new Dictionary<string, object?>
        {
            ["break_length"] = TimeSpan.FromMinutes(20),
            ["return_time"] = new TimeOnly(19, 30),
        };

        Console.WriteLine(renderer.RenderTemplate("bridge-sentence-script", values, enUS));
        // I need about 20 minutes to collect myself; I care about this and I'll come back to it at 7:30 PM.
        #endregion

        Output.Should().Contain("I need about 20 minutes to collect myself; I care about this and I'll come back to it at 7:30 PM.");
    }

    [Fact]
    public void A_templates_parameters_describe_the_form_to_build()
    {
        #region parameters
        ScriptTemplate boundary = renderer.GetTemplate("assertive-boundary-script", enUS);

        foreach (ScriptParameter parameter in boundary.Parameters)
        {
            string optional = parameter.IsOptional ? ", optional" : "";
            Console.WriteLine($"{parameter.Name} ({parameter.Kind}{optional}): {parameter.Description}, such as {parameter.Example}");
        }
        // task (Text): What you cannot do right now, such as the school run
        // available_day (Day): The day you are available instead, such as Saturday
        // available_time (ClockTime, optional): The time you are available that day, such as 10:00
        #endregion

        Output.Should().Contain("task (Text): What you cannot do right now, such as the school run");
        Output.Should().Contain("available_day (Day): The day you are available instead, such as Saturday");
        Output.Should().Contain("available_time (ClockTime, optional): The time you are available that day, such as 10:00");
    }

    [Fact]
    public void Every_value_that_does_not_fit_is_reported_at_once()
    {
        #region argument-problems
        try
        {
            renderer.RenderTemplate("bridge-sentence-script", new Dictionary<string, object?>
            {
                ["break_length"] = "twenty minutes",
                ["return_tme"] = new TimeOnly(19, 30),
            }, enUS);
        }
        catch (ScriptArgumentException ex)
        {
            foreach (ValidationProblem problem in ex.Problems)
            {
                Console.WriteLine($"{problem.Path}: {problem.Message} ({problem.Code})");
            }
        }
        // break_length: Expected a duration (a TimeSpan; invariant form 00:20:00); the value given is of type String. (wrong-type)
        // return_time: 'return_time' (When you will come back to the conversation) needs a value. (required)
        // return_tme: Script 'bridge-sentence-script' has no parameter 'return_tme'. (unknown-parameter)
        #endregion

        Output.Should().Contain("break_length: Expected a duration (a TimeSpan; invariant form 00:20:00); the value given is of type String. (wrong-type)");
        Output.Should().Contain("return_time: 'return_time' (When you will come back to the conversation) needs a value. (required)");
        Output.Should().Contain("return_tme: Script 'bridge-sentence-script' has no parameter 'return_tme'. (unknown-parameter)");
    }

    [Fact]
    public void Durations_times_and_templates_follow_the_culture()
    {
        #region culture
        var bridge = new BridgeSentenceArguments(TimeSpan.FromMinutes(20), new TimeOnly(19, 30));

        Console.WriteLine(renderer.Render(bridge, CultureInfo.GetCultureInfo("en-US")));
        // I need about 20 minutes to collect myself; I care about this and I'll come back to it at 7:30 PM.
        Console.WriteLine(renderer.Render(bridge, CultureInfo.GetCultureInfo("en-GB")));
        // I need about 20 minutes to collect myself; I care about this and I'll come back to it at 19:30.
        Console.WriteLine(renderer.Render(bridge, CultureInfo.GetCultureInfo("es-ES")));
        // Necesito alrededor de 20 minutos para serenarme; esto me importa y volveré a hablarlo a las 19:30.

        var longPause = new DeEscalationArguments { PauseLength = TimeSpan.FromMinutes(90) };
        Console.WriteLine(renderer.Render(longPause, CultureInfo.GetCultureInfo("en-US")));
        // I'm getting overwhelmed. I want to continue, but I need a short break. Can we pause and return in 1 hour and 30 minutes?
        Console.WriteLine(renderer.Render(longPause, CultureInfo.GetCultureInfo("es-MX")));
        // Me estoy agobiando. Quiero seguir, pero necesito un breve descanso. ¿Podemos hacer una pausa y retomarlo en 1 hora y 30 minutos?
        #endregion

        Output.Should().Contain("I need about 20 minutes to collect myself; I care about this and I'll come back to it at 7:30 PM.");
        Output.Should().Contain("I need about 20 minutes to collect myself; I care about this and I'll come back to it at 19:30.");
        Output.Should().Contain("Necesito alrededor de 20 minutos para serenarme; esto me importa y volveré a hablarlo a las 19:30.");
        Output.Should().Contain("I'm getting overwhelmed. I want to continue, but I need a short break. Can we pause and return in 1 hour and 30 minutes?");
        Output.Should().Contain("Me estoy agobiando. Quiero seguir, pero necesito un breve descanso. ¿Podemos hacer una pausa y retomarlo en 1 hora y 30 minutos?");
    }

    [Fact]
    public void A_translation_pack_adds_a_language_to_the_renderer()
    {
        #region translation
        ContentPack french = ContentPack.LoadFile("my-app-scripts.fr.json");
        ScriptRenderer withFrench = ScriptRenderer.Default.WithTranslation(french);

        Console.WriteLine(withFrench.Render(bridge, CultureInfo.GetCultureInfo("fr-FR")));
        // J'ai besoin d'environ 20 minutes pour me reprendre ; cela compte pour moi et j'y reviendrai à 19:30.
        Console.WriteLine(string.Join(", ", withFrench.Languages));
        // en, es, fr
        #endregion

        Output.Should().Contain("J'ai besoin d'environ 20 minutes pour me reprendre ; cela compte pour moi et j'y reviendrai à 19:30.");
        Output.Should().Contain("en, es, fr");
    }

    [Fact]
    public void A_duration_formatter_writes_durations_in_another_language()
    {
        #region duration-words
        var options = new ScriptRenderOptions
        {
            FormatDuration = (duration, culture) =>
            {
                int minutes = Math.Max(1, (int)Math.Round(duration.TotalMinutes));
                return (minutes / 60, minutes % 60) switch
                {
                    (0, var m) => $"{m} minute{(m == 1 ? "" : "s")}",
                    (var h, 0) => $"{h} heure{(h == 1 ? "" : "s")}",
                    (var h, var m) => $"{h} h {m:00}",
                };
            },
        };
        ScriptRenderer frenchRenderer = new ScriptRenderer(IntimacyCatalog.BuiltIn, options).WithTranslation(french);

        Console.WriteLine(frenchRenderer.Render(
            new BridgeSentenceArguments(TimeSpan.FromMinutes(90), new TimeOnly(19, 30)), CultureInfo.GetCultureInfo("fr-FR")));
        // J'ai besoin d'environ 1 h 30 pour me reprendre ; cela compte pour moi et j'y reviendrai à 19:30.
        #endregion

        Output.Should().Contain("J'ai besoin d'environ 1 h 30 pour me reprendre ; cela compte pour moi et j'y reviendrai à 19:30.");
    }

    [Fact]
    public void Checking_a_custom_script_lists_every_problem_with_its_line_and_column()
    {
        #region check-custom
        ScriptTemplateCheck check = CustomScript.Check("""
            Hi {{ name }}.
            {{ for day in days }}{{ day }} {{ end }}{{ date.now }}
            """);

        foreach (ScriptTemplateProblem problem in check.Problems)
        {
            Console.WriteLine(problem);
        }
        // (2,4): Loops are not allowed in a short script. (not-allowed)
        // (2,44): The 'date' builtin is not available in a short script. (not-allowed)
        #endregion

        Output.Should().Contain("(2,4): Loops are not allowed in a short script. (not-allowed)");
        Output.Should().Contain("(2,44): The 'date' builtin is not available in a short script. (not-allowed)");
    }

    [Fact]
    public void A_custom_script_renders_its_placeholders_in_the_persons_words()
    {
        #region render-custom
        const string source = "{{ name | string.capitalize }}, I need {{ pause }} to myself. Let's talk again at {{ time }}.";

        CustomScript script = CustomScript.Parse(source);
        Console.WriteLine(string.Join(", ", script.Placeholders));
        // name, pause, time

        Console.WriteLine(renderer.RenderCustom(script, new Dictionary<string, object?>
        {
            ["name"] = "sam",
            ["pause"] = TimeSpan.FromMinutes(45),
            ["time"] = new TimeOnly(19, 30),
        }, enUS));
        // Sam, I need 45 minutes to myself. Let's talk again at 7:30 PM.
        #endregion

        Output.Should().Contain("name, pause, time");
        Output.Should().Contain("Sam, I need 45 minutes to myself. Let's talk again at 7:30 PM.");
    }

    [Fact]
    public void A_greedy_custom_script_stops_at_the_loop_limit()
    {
        #region limit-exceeded
        CustomScript greedy = CustomScript.Parse("{{ 1..1000000 | array.join ', ' }}");
        try
        {
            renderer.RenderCustom(greedy, new Dictionary<string, object?>(), enUS);
        }
        catch (ScriptRenderException ex)
        {
            Console.WriteLine(ex.Message);
            // (1,5): Range expression exceeds LoopLimit `100`. (limit-exceeded)
        }
        #endregion

        Output.Should().Contain("(1,5): Range expression exceeds LoopLimit `100`. (limit-exceeded)");
    }
}
