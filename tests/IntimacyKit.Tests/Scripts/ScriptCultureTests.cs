using System.Globalization;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests.Scripts;

/// <summary>
/// Values are written for the culture (durations in words, clock times in the culture's short format, day names),
/// and the template is chosen by culture, falling back through the parent culture to English.
/// </summary>
public sealed class ScriptCultureTests
{
    private static readonly CultureInfo s_enUs = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo s_enGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo s_esEs = CultureInfo.GetCultureInfo("es-ES");
    private static readonly CultureInfo s_esMx = CultureInfo.GetCultureInfo("es-MX");
    private static readonly CultureInfo s_frFr = CultureInfo.GetCultureInfo("fr-FR");

    private static ScriptRenderer Renderer => ScriptRenderer.Default;

    [Theory]
    [InlineData(20 * 60, "en-US", "20 minutes")]
    [InlineData(60, "en-US", "1 minute")]
    [InlineData(60 * 60, "en-US", "1 hour")]
    [InlineData(2 * 60 * 60, "en-US", "2 hours")]
    [InlineData(90 * 60, "en-US", "1 hour and 30 minutes")]
    [InlineData(61 * 60, "en-US", "1 hour and 1 minute")]
    [InlineData(150 * 60, "en-GB", "2 hours and 30 minutes")]
    [InlineData(90, "en-US", "2 minutes")]
    [InlineData(89, "en-US", "1 minute")]
    [InlineData(30, "en-US", "1 minute")]
    [InlineData(1, "en-US", "1 minute")]
    [InlineData(59 * 60 + 40, "en-US", "1 hour")]
    [InlineData(26 * 60 * 60, "en-US", "26 hours")]
    [InlineData(1000 * 60 * 60, "en-US", "1,000 hours")]
    [InlineData(20 * 60, "es-ES", "20 minutos")]
    [InlineData(60, "es-ES", "1 minuto")]
    [InlineData(60 * 60, "es-ES", "1 hora")]
    [InlineData(3 * 60 * 60, "es-ES", "3 horas")]
    [InlineData(90 * 60, "es-ES", "1 hora y 30 minutos")]
    [InlineData(90 * 60, "es-MX", "1 hora y 30 minutos")]
    [InlineData(90 * 60, "fr-FR", "1 hour and 30 minutes")]
    [InlineData(90 * 60, "", "1 hour and 30 minutes")]
    public void Durations_are_written_in_words_rounded_to_whole_minutes(int seconds, string culture, string expected)
    {
        var script = CustomScript.Parse("{{ length }}");

        var text = Renderer.RenderCustom(script, new Dictionary<string, object?> { ["length"] = TimeSpan.FromSeconds(seconds) }, CultureInfo.GetCultureInfo(culture));

        text.Should().Be(expected);
        ScriptValues.FormatDuration(TimeSpan.FromSeconds(seconds), CultureInfo.GetCultureInfo(culture)).Should().Be(expected);
    }

    [Fact]
    public void A_duration_in_a_built_in_script_reads_about_twenty_minutes()
    {
        Renderer.Render(new BridgeSentenceArguments(TimeSpan.FromMinutes(20), new TimeOnly(19, 30)), s_enUs).Should().Contain(" about 20 minutes ");
        Renderer.Render(new CalmSpaceArguments("flooded", TimeSpan.FromMinutes(20), new TimeOnly(19, 30)), s_enUs).Should().Contain(" of about 20 minutes.");
        Renderer.Render(new BridgeSentenceArguments(TimeSpan.FromMinutes(20), new TimeOnly(19, 30)), s_esEs).Should().Contain(" alrededor de 20 minutos ");
    }

    [Theory]
    [InlineData(19, 30, "en-US", "7:30 PM")]
    [InlineData(9, 5, "en-US", "9:05 AM")]
    [InlineData(0, 0, "en-US", "12:00 AM")]
    [InlineData(12, 0, "en-US", "12:00 PM")]
    [InlineData(19, 30, "en-GB", "19:30")]
    [InlineData(9, 5, "en-GB", "09:05")]
    [InlineData(19, 30, "es-ES", "19:30")]
    [InlineData(9, 5, "es-ES", "9:05")]
    [InlineData(19, 30, "", "19:30")]
    public void Clock_times_use_the_culture_s_short_time_format_with_a_plain_space(int hour, int minute, string culture, string expected)
    {
        var script = CustomScript.Parse("{{ at }}");

        var text = Renderer.RenderCustom(script, new Dictionary<string, object?> { ["at"] = new TimeOnly(hour, minute) }, CultureInfo.GetCultureInfo(culture));

        text.Should().Be(expected);
        text.Should().NotContain("\u202F").And.NotContain("\u00A0");
    }

    [Fact]
    public void Seconds_of_a_clock_time_are_not_written()
    {
        var text = Renderer.Render(new BridgeSentenceArguments(TimeSpan.FromMinutes(20), new TimeOnly(19, 30, 59)), s_enUs);

        text.Should().EndWith(" at 7:30 PM.");
    }

    [Theory]
    [InlineData(DayOfWeek.Saturday, "en-US", "Saturday")]
    [InlineData(DayOfWeek.Sunday, "en-GB", "Sunday")]
    [InlineData(DayOfWeek.Saturday, "es-ES", "sábado")]
    [InlineData(DayOfWeek.Wednesday, "es-MX", "miércoles")]
    public void Days_are_written_as_the_culture_s_day_name(DayOfWeek day, string culture, string expected)
    {
        var script = CustomScript.Parse("{{ day }}");

        Renderer.RenderCustom(script, new Dictionary<string, object?> { ["day"] = day }, CultureInfo.GetCultureInfo(culture)).Should().Be(expected);
    }

    [Fact]
    public void The_default_renderer_has_English_and_Spanish()
    {
        Renderer.Languages.Should().Equal("en", "es");
        new ScriptRenderer(IntimacyCatalog.BuiltIn).Languages.Should().Equal("en");
        new ScriptRenderer(IntimacyCatalog.Empty).Languages.Should().BeEmpty();
    }

    [Fact]
    public void A_culture_without_templates_falls_back_to_English()
    {
        var english = IntimacyCatalog.BuiltIn.Get<ScriptTemplate>("honesty-formula-script");

        Renderer.GetTemplate("honesty-formula-script", s_frFr).Should().BeSameAs(english);
        Renderer.GetTemplate("honesty-formula-script", s_enGb).Should().BeSameAs(english);
        Renderer.GetTemplate("honesty-formula-script", CultureInfo.InvariantCulture).Should().BeSameAs(english);
        Renderer.Render(new HonestyFormulaArguments("blessé", "les plans changent", "être prévenu"), s_frFr)
            .Should().Be("I feel blessé when les plans changent; I'd like être prévenu.");
    }

    [Fact]
    public void A_specific_culture_falls_back_to_its_parent_culture_s_templates()
    {
        var spanish = Renderer.GetTemplate("honesty-formula-script", s_esEs);

        Renderer.GetTemplate("honesty-formula-script", s_esMx).Should().BeSameAs(spanish);
        Renderer.GetTemplate("honesty-formula-script", CultureInfo.GetCultureInfo("es")).Should().BeSameAs(spanish);
        spanish.Source.Should().StartWith("Me siento {{ feeling }}");
        spanish.Should().NotBeSameAs(IntimacyCatalog.BuiltIn.Get<ScriptTemplate>("honesty-formula-script"));
        Renderer.Render(new HonestyFormulaArguments("dolida", "llegas tarde", "un mensaje"), s_esMx)
            .Should().Be("Me siento dolida cuando llegas tarde; me gustaría un mensaje.");
    }

    [Fact]
    public void The_Spanish_template_is_chosen_with_the_Spanish_default_of_an_optional_parameter()
    {
        Renderer.GetTemplate("support-question-script", s_esEs).Parameters.Single().Default.Should().Be("esta semana");
        Renderer.Render(new SupportQuestionArguments(), s_esMx).Should().Be("¿Qué me ayudaría a apoyarte esta semana?");
        Renderer.Render(new SupportQuestionArguments(), s_enGb).Should().Be("What would help me support you this week?");
    }

    [Fact]
    public void Without_a_culture_the_current_culture_is_used()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = s_esEs;
            Renderer.Render(new DeEscalationArguments()).Should().StartWith("Me estoy agobiando.");
            Renderer.GetTemplate("de-escalation-script").Source.Should().StartWith("Me estoy agobiando.");

            CultureInfo.CurrentCulture = s_enGb;
            Renderer.Render(new BridgeSentenceArguments(TimeSpan.FromMinutes(20), new TimeOnly(19, 30))).Should().EndWith("at 19:30.");
            Renderer.RenderCustom(CustomScript.Parse("{{ at }}"), new Dictionary<string, object?> { ["at"] = new TimeOnly(7, 0) }).Should().Be("07:00");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Without_a_culture_the_options_culture_is_used_before_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = s_enUs;
            var renderer = new ScriptRenderer(IntimacyCatalog.BuiltIn, new ScriptRenderOptions { Culture = s_esEs }).WithBuiltInTranslations();

            renderer.Render(new DeEscalationArguments()).Should().StartWith("Me estoy agobiando.");
            renderer.GetTemplate("de-escalation-script").Source.Should().StartWith("Me estoy agobiando.");
            renderer.RenderCustom(CustomScript.Parse("{{ at }}"), new Dictionary<string, object?> { ["at"] = new TimeOnly(19, 30) }).Should().Be("19:30");
            renderer.Render(new DeEscalationArguments(), s_enGb).Should().StartWith("I'm getting overwhelmed.", "a culture passed to the call wins");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void The_FormatDuration_option_overrides_how_durations_are_written()
    {
        var options = new ScriptRenderOptions
        {
            FormatDuration = (duration, culture) => string.Create(culture, $"{duration.TotalMinutes:N1} min ({culture.Name})"),
        };
        var renderer = new ScriptRenderer(IntimacyCatalog.BuiltIn, options).WithBuiltInTranslations();

        renderer.Render(new BridgeSentenceArguments(TimeSpan.FromMinutes(20), new TimeOnly(19, 30)), s_enGb)
            .Should().Be("I need about 20.0 min (en-GB) to collect myself; I care about this and I'll come back to it at 19:30.");
        renderer.Render(new BridgeSentenceArguments(TimeSpan.FromMinutes(20), new TimeOnly(19, 30)), s_esEs)
            .Should().Be("Necesito alrededor de 20,0 min (es-ES) para serenarme; esto me importa y volveré a hablarlo a las 19:30.");
        renderer.Render(new DeEscalationArguments(), s_enUs).Should().EndWith("return in 30.0 min (en-US)?", "defaults are formatted by the option too");
        renderer.RenderCustom(CustomScript.Parse("{{ d }}"), new Dictionary<string, object?> { ["d"] = TimeSpan.FromSeconds(90) }, s_enUs)
            .Should().Be("1.5 min (en-US)");
    }

    [Fact]
    public void A_FormatDuration_option_that_returns_null_falls_back_to_the_built_in_words()
    {
        var options = new ScriptRenderOptions { FormatDuration = (duration, culture) => culture.Name == "en-GB" ? "a wee while" : null };
        var renderer = new ScriptRenderer(IntimacyCatalog.BuiltIn, options);

        renderer.Render(new DeEscalationArguments(), s_enGb).Should().EndWith("return in a wee while?");
        renderer.Render(new DeEscalationArguments(), s_enUs).Should().EndWith("return in 30 minutes?");
    }

    [Fact]
    public void A_template_that_falls_back_to_English_writes_its_values_in_English_so_a_script_never_mixes_languages()
    {
        var formattedIn = new List<string>();
        var renderer = new ScriptRenderer(IntimacyCatalog.BuiltIn, new ScriptRenderOptions
        {
            FormatDuration = (duration, culture) =>
            {
                lock (formattedIn)
                {
                    formattedIn.Add(culture.Name);
                }

                return null;
            },
        });

        renderer.Render(new AssertiveBoundaryArguments("the school run", DayOfWeek.Saturday) { AvailableTime = new TimeOnly(19, 30) }, s_frFr)
            .Should().Be("I can't do the school run right now. I'm available on Saturday at 7:30 PM.");
        renderer.Render(new CalmSpaceArguments("flooded", TimeSpan.FromMinutes(90), new TimeOnly(9, 5)), CultureInfo.GetCultureInfo("de-DE"))
            .Should().Be("I'm feeling flooded, and I need a short break of about 1 hour and 30 minutes. I'm not walking away from us; let's reconnect at 9:05 AM.");
        formattedIn.Should().Equal("en");
    }

    [Fact]
    public void The_renderer_keeps_a_copy_of_its_options()
    {
        var options = new ScriptRenderOptions { FormatDuration = (_, _) => "a while" };
        var renderer = new ScriptRenderer(IntimacyCatalog.BuiltIn, options);

        options.FormatDuration = (_, _) => "changed";
        options.MaxValueLength = 1;

        renderer.Render(new DeEscalationArguments(), s_enUs).Should().EndWith("return in a while?");
        renderer.Render(new FeelingStatementArguments("calm", "we talk"), s_enUs).Should().Be("I feel calm when we talk.");
    }

    [Fact]
    public void A_culture_s_formats_do_not_leak_into_another_render()
    {
        var english = Renderer.Render(new CalmSpaceArguments("flooded", TimeSpan.FromMinutes(90), new TimeOnly(21, 15)), s_enUs);
        _ = Renderer.Render(new CalmSpaceArguments("desbordado", TimeSpan.FromMinutes(90), new TimeOnly(21, 15)), s_esEs);

        Renderer.Render(new CalmSpaceArguments("flooded", TimeSpan.FromMinutes(90), new TimeOnly(21, 15)), s_enUs).Should().Be(english)
            .And.Be("I'm feeling flooded, and I need a short break of about 1 hour and 30 minutes. I'm not walking away from us; let's reconnect at 9:15 PM.");
    }
}
