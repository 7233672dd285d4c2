using System.Globalization;
using IntimacyKit.Coaching;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;
using Microsoft.AspNetCore.Http.HttpResults;
using HttpValidationProblem = Microsoft.AspNetCore.Http.HttpResults.ValidationProblem;

namespace IntimacyKit.Web.Endpoints;

internal sealed record ScriptSummary(string Id, string Title, string Purpose, string WhenToUse, IReadOnlyList<ParameterSummary> Parameters);

internal sealed record ParameterSummary(string Name, ScriptParameterKind Kind, string Description, string Example, bool IsOptional);

/// <summary>Values for a template, by parameter name. Durations are written 00:20:00, clock times 18:30, days Monday.</summary>
internal sealed record RenderRequest(Dictionary<string, string>? Values, string? Culture);

internal sealed record HonestyFormulaRequest(string? Feeling, string? Behaviour, string? Request);

internal sealed record WarningResult(string Parameter, string Code, string Message, IReadOnlyList<string> Alternatives);

internal sealed record RenderResult(string Text, IReadOnlyList<WarningResult> Warnings);

internal sealed record ProblemItem(string Path, string Message);

/// <summary>What the script builder shows: the formula (or what is missing), its warnings, the coach and the safety screen.</summary>
internal sealed record ScriptBuilderResult(string? Text, IReadOnlyList<ProblemItem> Missing, IReadOnlyList<WarningResult> Warnings, CoachResult? Coach, SafetyScreenResult Safety);

// The toolbox scripts: the list, any template rendered with values, the honesty formula, and the script builder
// the page calls as the person types.
internal static class ScriptEndpoints
{
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en");

    public static IEndpointRouteBuilder MapScriptEndpoints(this IEndpointRouteBuilder app)
    {
        var scripts = app.MapGroup("/api/scripts").WithTags("Scripts");

        scripts.MapGet("/", (IntimacyCatalog catalog) =>
            TypedResults.Ok(catalog.Scripts.Select(ToSummary).ToList()))
            .WithSummary("The script templates and the values each takes.");

        scripts.MapPost("/{id}/render", Results<Ok<RenderResult>, HttpValidationProblem, ProblemHttpResult> (
            string id, RenderRequest body, IntimacyCatalog catalog, ScriptRenderer renderer, CancellationToken cancellationToken) =>
        {
            if (!catalog.TryGet<ScriptTemplate>(id, out var template))
            {
                return Problems.NotFound("script template", id);
            }

            if (!TryGetCulture(body.Culture, out var culture))
            {
                return Problems.Invalid("culture", $"'{body.Culture}' is not a culture name such as en or es.");
            }

            var (values, problems) = Convert(template, body.Values ?? []);
            if (problems.Count > 0)
            {
                return Problems.Invalid(problems);
            }

            return Render(() => renderer.RenderTemplate(id, values, culture, cancellationToken), () => renderer.CheckTemplate(id, values, culture));
        })
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithSummary("Renders one template with the person's values; every missing or invalid value is listed.");

        scripts.MapPost("/honesty-formula", Results<Ok<RenderResult>, HttpValidationProblem, ProblemHttpResult> (
            HonestyFormulaRequest body, ScriptRenderer renderer, CancellationToken cancellationToken) =>
        {
            var arguments = new HonestyFormulaArguments(body.Feeling ?? "", body.Behaviour ?? "", body.Request ?? "");
            return Render(() => renderer.Render(arguments, s_english, cancellationToken), () => renderer.Check(arguments, s_english));
        })
        .WithSummary("\"I feel [feeling] when [behaviour]; I'd like [request].\" with the feeling checked.");

        app.MapPost("/api/script-builder", (HonestyFormulaRequest body, ScriptRenderer renderer, MessageCoach coach, SafetyScreen screen, CancellationToken cancellationToken) =>
        {
            var feeling = body.Feeling?.Trim() ?? "";
            var behaviour = body.Behaviour?.Trim() ?? "";
            var request = body.Request?.Trim() ?? "";
            var safety = screen.Screen(string.Join('\n', feeling, behaviour, request));
            var arguments = new HonestyFormulaArguments(feeling, behaviour, request);
            var warnings = feeling.Length == 0 ? [] : renderer.Check(arguments, s_english).Select(ToResult).ToList();
            string? text = null;
            List<ProblemItem> missing = [];
            try
            {
                text = renderer.Render(arguments, s_english, cancellationToken);
            }
            catch (ScriptArgumentException ex)
            {
                missing = ex.Problems.Select(p => new ProblemItem(p.Path, p.Message)).ToList();
            }

            var report = text is null || !safety.IsSafe ? null : coach.Analyze(text, safety);
            return TypedResults.Ok(new ScriptBuilderResult(text, missing, warnings, report is null ? null : CoachResult.From(report), SafetyScreenResult.From(safety)));
        })
        .WithTags("Scripts")
        .ProducesValidationProblem()
        .WithSummary("The script builder: the honesty formula as typed so far, its warnings, the coach's findings on it and the safety screen.");

        return app;
    }

    private static Results<Ok<RenderResult>, HttpValidationProblem, ProblemHttpResult> Render(
        Func<string> render, Func<IEnumerable<ScriptWarning>> check)
    {
        try
        {
            var text = render();
            return TypedResults.Ok(new RenderResult(text, check().Select(ToResult).ToList()));
        }
        catch (ScriptArgumentException ex)
        {
            return Problems.Invalid(ex.Problems, $"The values for '{ex.TemplateId}' have problems.");
        }
        catch (ScriptRenderException ex)
        {
            return TypedResults.Problem(title: "The script could not be rendered.", detail: ex.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }

    internal static WarningResult ToResult(ScriptWarning w) => new(w.Parameter, w.Code, w.Message, w.Alternatives);

    private static bool TryGetCulture(string? name, out CultureInfo culture)
    {
        culture = s_english;
        if (string.IsNullOrWhiteSpace(name))
        {
            return true;
        }

        try
        {
            culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    // JSON carries strings; the renderer takes durations, clock times and days as values of their own types.
    private static (Dictionary<string, object?> Values, List<(string Path, string Message)> Problems) Convert(ScriptTemplate template, Dictionary<string, string> raw)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var problems = new List<(string, string)>();
        foreach (var (name, text) in raw)
        {
            var kind = template.Parameters.FirstOrDefault(p => p.Name == name)?.Kind ?? ScriptParameterKind.Text;
            object? value = kind switch
            {
                ScriptParameterKind.Duration => TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : null,
                ScriptParameterKind.ClockTime => TimeOnly.TryParse(text, CultureInfo.InvariantCulture, out var time) ? time : null,
                ScriptParameterKind.Day => EnumText.TryParse<DayOfWeek>(text, out var day) ? day : null,
                _ => text,
            };
            if (value is null)
            {
                problems.Add(($"values.{name}", $"'{text}' is not a {Describe(kind)}."));
            }

            values[name] = value;
        }

        return (values, problems);
    }

    private static string Describe(ScriptParameterKind kind) => kind switch
    {
        ScriptParameterKind.Duration => "duration such as 00:20:00",
        ScriptParameterKind.ClockTime => "clock time such as 18:30",
        _ => "day of the week such as Monday",
    };

    private static ScriptSummary ToSummary(ScriptTemplate t) =>
        new(t.Id, t.Title, t.Purpose, t.WhenToUse, t.Parameters.Select(p => new ParameterSummary(p.Name, p.Kind, p.Description, p.Example, p.IsOptional)).ToList());
}
