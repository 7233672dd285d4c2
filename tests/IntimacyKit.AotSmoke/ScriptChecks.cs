using System.Globalization;
using IntimacyKit.Scripts;

namespace IntimacyKit.AotSmoke;

/// <summary>Rendering every built-in script through Scriban, and the sandbox around custom scripts.</summary>
internal static class ScriptChecks
{
    private static readonly CultureInfo s_enUs = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo s_esEs = CultureInfo.GetCultureInfo("es-ES");

    private static readonly TimeOnly s_halfPastSeven = new(19, 30);

    // Each built-in script with the values of its examples, and what it must read in en-US and es-ES.
    private static readonly (ScriptArguments Arguments, string English, ScriptArguments SpanishArguments, string Spanish)[] s_expected =
    [
        (new BridgeSentenceArguments(TimeSpan.FromMinutes(20), s_halfPastSeven),
            "I need about 20 minutes to collect myself; I care about this and I'll come back to it at 7:30 PM.",
            new BridgeSentenceArguments(TimeSpan.FromMinutes(20), s_halfPastSeven),
            "Necesito alrededor de 20 minutos para serenarme; esto me importa y volveré a hablarlo a las 19:30."),
        (new AssertiveBoundaryArguments("the school run", DayOfWeek.Saturday) { AvailableTime = new TimeOnly(10, 0) },
            "I can't do the school run right now. I'm available on Saturday at 10:00 AM.",
            new AssertiveBoundaryArguments("llevar a los niños al colegio", DayOfWeek.Saturday) { AvailableTime = new TimeOnly(10, 0) },
            "No puedo llevar a los niños al colegio ahora mismo. Estoy disponible el sábado a las 10:00."),
        (new DeEscalationArguments(),
            "I'm getting overwhelmed. I want to continue, but I need a short break. Can we pause and return in 30 minutes?",
            new DeEscalationArguments(),
            "Me estoy agobiando. Quiero seguir, pero necesito un breve descanso. ¿Podemos hacer una pausa y retomarlo en 30 minutos?"),
        (new HonestyFormulaArguments("hurt", "plans change at the last minute", "a heads-up the day before"),
            "I feel hurt when plans change at the last minute; I'd like a heads-up the day before.",
            new HonestyFormulaArguments("dolido", "los planes cambian a última hora", "que me avises el día antes"),
            "Me siento dolido cuando los planes cambian a última hora; me gustaría que me avises el día antes."),
        (new RepairStatementArguments("was late again", "keeping you waiting", "leave ten minutes earlier", "make us coffee", "on Friday"),
            "I want to own what happened: I was late again. I'm sorry, and I regret keeping you waiting. From now on, I will leave ten minutes earlier. To start making it right, I'd like to make us coffee. Can we check in on Friday to see how it's going?",
            new RepairStatementArguments("volví a llegar tarde", "haberte hecho esperar", "saldré diez minutos antes", "preparar café para los dos", "el viernes"),
            "Quiero hacerme cargo de lo que pasó: volví a llegar tarde. Lo siento, y lamento haberte hecho esperar. A partir de ahora, saldré diez minutos antes. Para empezar a repararlo, me gustaría preparar café para los dos. ¿Podemos revisarlo juntos el viernes para ver cómo va?"),
        (new CalmSpaceArguments("flooded", TimeSpan.FromMinutes(90), s_halfPastSeven),
            "I'm feeling flooded, and I need a short break of about 1 hour and 30 minutes. I'm not walking away from us; let's reconnect at 7:30 PM.",
            new CalmSpaceArguments("desbordado", TimeSpan.FromMinutes(20), s_halfPastSeven),
            "Me siento desbordado y necesito un breve descanso de alrededor de 20 minutos. No me estoy alejando de lo nuestro; volvamos a hablar a las 19:30."),
        (new DefusingLineArguments(),
            "I'm getting overwhelmed - can we pause and come back to this?",
            new DefusingLineArguments(),
            "Estoy empezando a sentirme al límite: ¿podemos hacer una pausa y retomarlo después?"),
        (new SmallNoArguments("host the family dinner") { Alternative = "bring dessert" },
            "I'm not able to host the family dinner this time. What I can do is bring dessert.",
            new SmallNoArguments("organizar la cena familiar") { Alternative = "llevar el postre" },
            "Esta vez no puedo organizar la cena familiar. Lo que sí puedo hacer es llevar el postre."),
        (new DisclosureCheckInArguments(),
            "I just shared something that matters to me. Can you tell me what you heard, so I know it came across the way I meant it?",
            new DisclosureCheckInArguments { Topic = "mi trabajo" },
            "Acabo de contarte algo que me importa sobre mi trabajo. ¿Me dices qué has entendido, para saber que te ha llegado como yo quería?"),
        (new SupportQuestionArguments(),
            "What would help me support you this week?",
            new SupportQuestionArguments(),
            "¿Qué me ayudaría a apoyarte esta semana?"),
        (new FeelingStatementArguments("lonely", "we eat in front of the TV"),
            "I feel lonely when we eat in front of the TV.",
            new FeelingStatementArguments("sola", "cenamos delante de la tele"),
            "Me siento sola cuando cenamos delante de la tele."),
    ];

    public static void Run(SmokeRun run)
    {
        var renderer = ScriptRenderer.Default;

        run.Check("the built-in catalog has 11 script templates, each with typed arguments here", () =>
            Expect.Equal(IntimacyCatalog.BuiltIn.Scripts.Length, s_expected.Length, "script templates"));

        foreach (var (arguments, english, spanishArguments, spanish) in s_expected)
        {
            run.Check($"{arguments.TemplateId} renders in en-US", () => Expect.Equal(renderer.Render(arguments, s_enUs), english, "text"));
            run.Check($"{arguments.TemplateId} renders in es-ES", () => Expect.Equal(renderer.Render(spanishArguments, s_esEs), spanish, "text"));
        }

        run.Check("a template rendered from a name-to-value map reads the same as from typed arguments", () =>
            Expect.Equal(
                renderer.RenderTemplate("bridge-sentence-script", new Dictionary<string, object?>
                {
                    ["break_length"] = TimeSpan.FromMinutes(20),
                    ["return_time"] = s_halfPastSeven,
                }, CultureInfo.GetCultureInfo("en-GB")),
                "I need about 20 minutes to collect myself; I care about this and I'll come back to it at 19:30.",
                "text"));

        run.Check("a culture without templates of its own gets the English script, written wholly in English", () =>
            Expect.Equal(
                renderer.Render(new AssertiveBoundaryArguments("the school run", DayOfWeek.Saturday), CultureInfo.GetCultureInfo("de-DE")),
                "I can't do the school run right now. I'm available on Saturday.",
                "text"));

        run.Check("a misspelt builtin function is caught when the script is checked", () =>
            Expect.Equal(CustomScript.Check("{{ name | string.repeat 3 }}").Problems.Single().Code, "unknown-function", "code"));

        run.Check("wrong values are reported together", () =>
        {
            var error = Expect.Throws<ScriptArgumentException>(() => renderer.RenderTemplate("honesty-formula-script",
                new Dictionary<string, object?> { ["feeling"] = 3, ["mood"] = "x" }, s_enUs));
            return Expect.Equal(string.Join(",", error.Problems.Select(p => p.Code)), "wrong-type,required,required,unknown-parameter", "codes");
        });

        run.Check("a custom script renders with string functions", () =>
            Expect.Equal(
                renderer.RenderCustom(CustomScript.Parse("{{ name | string.capitalize }}, back at {{ time }}."),
                    new Dictionary<string, object?> { ["name"] = "sam", ["time"] = new TimeOnly(7, 5) }, s_enUs),
                "Sam, back at 7:05 AM.",
                "text"));

        run.Check("a custom script with a loop and an include is rejected with line and column", () =>
        {
            var check = CustomScript.Check("{{ for i in 1..9 }}x{{ end }}\n{{ include '/etc/passwd' }}");
            return Expect.Equal(string.Join(" ", check.Problems.Select(p => $"{p.Line}:{p.Column}:{p.Code}")), "1:4:not-allowed 2:4:not-allowed", "problems");
        });

        run.Check("a custom script that builds a huge string stops at the limit with our error", () =>
        {
            var error = Expect.Throws<ScriptRenderException>(() =>
                renderer.RenderCustom(CustomScript.Parse("{{ 'ab' * 100000000 }}"), new Dictionary<string, object?>(), s_enUs));
            return Expect.Equal(error.Code, "limit-exceeded", "code");
        });
    }
}
