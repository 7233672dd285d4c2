using System.Globalization;
using IntimacyKit.Coaching;
using IntimacyKit.Exercises;
using IntimacyKit.Extensions.DependencyInjection;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using HttpValidationProblem = Microsoft.AspNetCore.Http.HttpResults.ValidationProblem;

namespace IntimacyKit.Web.Endpoints;

internal sealed record ScriptSummary(string Id, string Title, string Purpose, string WhenToUse, PartnerInvolvement PartnerInvolvement, string? SafetyNote, IReadOnlyList<ParameterSummary> Parameters);

internal sealed record ParameterSummary(string Name, ScriptParameterKind Kind, string Description, string Example, bool IsOptional);

/// <summary>Values for a template, by parameter name. Durations are written 00:20:00, clock times 18:30, days Monday.</summary>
internal sealed record RenderRequest(Dictionary<string, string>? Values, string? Culture);

internal sealed record HonestyFormulaRequest(string? Feeling, string? Behaviour, string? Request);

internal sealed record WarningResult(string Parameter, string Code, string Message, IReadOnlyList<string> Alternatives);

/// <summary>The rendered words, their warnings and, for a script said to the partner, the safety note to show with it.</summary>
internal sealed record RenderResult(string Text, IReadOnlyList<WarningResult> Warnings, string? SafetyNote);

internal sealed record ProblemItem(string Path, string Message);

/// <summary>
/// What the script builder shows: the formula (or what is missing), its warnings, the coach, the safety screen and the
/// honesty formula's safety note, shown with the formula whenever the screen finds nothing.
/// </summary>
internal sealed record ScriptBuilderResult(string? Text, IReadOnlyList<ProblemItem> Missing, IReadOnlyList<WarningResult> Warnings, CoachResult? Coach, SafetyScreenResult Safety, string? SafetyNote);

// The toolbox scripts: the list, any template rendered with values, the honesty formula, and the script builder
// the page calls as the person types.
internal static class ScriptEndpoints
{
    public static IEndpointRouteBuilder MapScriptEndpoints(this IEndpointRouteBuilder app)
    {
        var scripts = app.MapGroup("/api/scripts").WithTags("Scripts");

        scripts.MapGet("/", (IntimacyCatalog catalog) =>
            TypedResults.Ok(catalog.Scripts.Select(ToSummary).ToList()))
            .WithSummary("The script templates and the values each takes.");

        scripts.MapPost("/{id}/render", Results<Ok<RenderResult>, HttpValidationProblem, ProblemHttpResult> (
            string id, RenderRequest body, IntimacyCatalog catalog, ScriptRenderer renderer, IOptions<IntimacyKitOptions> options, CancellationToken cancellationToken) =>
        {
            if (!catalog.TryGet<ScriptTemplate>(id, out var template))
            {
                return Problems.NotFound("script template", id);
            }

            if (!TryGetCulture(body.Culture, out var culture))
            {
                return Problems.Invalid("culture", $"'{body.Culture}' is not a culture name such as en or es.");
            }

            if (TooLong(options, (body.Values ?? []).Select(v => ($"values.{v.Key}", (string?)v.Value))) is { } tooLong)
            {
                return tooLong;
            }

            var (values, problems) = Convert(template, body.Values ?? []);
            if (problems.Count > 0)
            {
                return Problems.Invalid(problems);
            }

            return Render(() => renderer.RenderTemplate(id, values, culture, cancellationToken), () => renderer.CheckTemplate(id, values, culture), template.SafetyNote);
        })
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithSummary("Renders one template with the person's values; every missing or invalid value is listed.");

        scripts.MapPost("/honesty-formula", Results<Ok<RenderResult>, HttpValidationProblem, ProblemHttpResult> (
            HonestyFormulaRequest body, IntimacyCatalog catalog, ScriptRenderer renderer, IOptions<IntimacyKitOptions> options, CancellationToken cancellationToken) =>
        {
            if (TooLong(options, Fields(body)) is { } tooLong)
            {
                return tooLong;
            }

            var arguments = new HonestyFormulaArguments(body.Feeling ?? "", body.Behaviour ?? "", body.Request ?? "");
            return Render(() => renderer.Render(arguments, null, cancellationToken), () => renderer.Check(arguments), HonestyFormulaNote(catalog));
        })
        .WithSummary("\"I feel [feeling] when [behaviour]; I'd like [request].\" with the feeling checked.");

        app.MapPost("/api/script-builder", Results<Ok<ScriptBuilderResult>, HttpValidationProblem, ProblemHttpResult> (
            HonestyFormulaRequest body, IntimacyCatalog catalog, ScriptRenderer renderer, MessageCoach coach, SafetyScreen screen, IOptions<IntimacyKitOptions> options, CancellationToken cancellationToken) =>
        {
            // Checked before anything reads the text: the screen and the renderer are not handed more than a blank may hold.
            if (TooLong(options, Fields(body)) is { } tooLong)
            {
                return tooLong;
            }

            var feeling = body.Feeling?.Trim() ?? "";
            var behaviour = body.Behaviour?.Trim() ?? "";
            var request = body.Request?.Trim() ?? "";
            var safety = screen.Screen(string.Join('\n', feeling, behaviour, request));
            var arguments = new HonestyFormulaArguments(feeling, behaviour, request);
            var warnings = feeling.Length == 0 ? [] : renderer.Check(arguments).Select(ToResult).ToList();
            string? text = null;
            List<ProblemItem> missing = [];
            try
            {
                text = renderer.Render(arguments, null, cancellationToken);
            }
            catch (ScriptArgumentException ex)
            {
                missing = ex.Problems.Select(p => new ProblemItem(p.Path, p.Message)).ToList();
            }
            catch (ScriptRenderException ex)
            {
                return NotRendered(ex);
            }

            var report = text is null || !safety.IsSafe ? null : coach.Analyze(text, safety);
            var note = HonestyFormulaNote(catalog);
            return TypedResults.Ok(new ScriptBuilderResult(
                text, missing, warnings, report is null ? null : CoachResult.From(report, note), SafetyScreenResult.From(safety), safety.IsSafe ? note : null));
        })
        .WithTags("Scripts")
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithSummary("The script builder: the honesty formula as typed so far, its warnings, the coach's findings on it, the safety screen and the formula's safety note.");

        return app;
    }

    /// <summary>The safety note of the honesty formula's template, which every rewrite and the script builder render through.</summary>
    internal static string? HonestyFormulaNote(IntimacyCatalog catalog) =>
        catalog.TryGet<ScriptTemplate>(HonestyFormulaArguments.Id, out var formula) ? formula.SafetyNote : null;

    private static Results<Ok<RenderResult>, HttpValidationProblem, ProblemHttpResult> Render(
        Func<string> render, Func<IEnumerable<ScriptWarning>> check, string? safetyNote)
    {
        try
        {
            var text = render();
            return TypedResults.Ok(new RenderResult(text, check().Select(ToResult).ToList(), safetyNote));
        }
        catch (ScriptArgumentException ex)
        {
            return Problems.Invalid(ex.Problems, $"The values for '{ex.TemplateId}' have problems.");
        }
        catch (ScriptRenderException ex)
        {
            return NotRendered(ex);
        }
    }

    private static ProblemHttpResult NotRendered(ScriptRenderException ex) =>
        TypedResults.Problem(title: "The script could not be rendered.", detail: ex.Message, statusCode: StatusCodes.Status422UnprocessableEntity);

    private static IEnumerable<(string Path, string? Text)> Fields(HonestyFormulaRequest body) =>
        [("feeling", body.Feeling), ("behaviour", body.Behaviour), ("request", body.Request)];

    // The renderer refuses a value longer than its limit anyway; checking first names the field and keeps an
    // oversized text away from the safety screen and the coach.
    private static HttpValidationProblem? TooLong(IOptions<IntimacyKitOptions> options, IEnumerable<(string Path, string? Text)> fields)
    {
        var rendering = options.Value.Rendering;
        var max = Math.Min(rendering.MaxValueLength, rendering.MaxStringLength);
        var problems = fields
            .Where(f => f.Text?.Length > max)
            .Select(f => (f.Path, $"This text is {f.Text!.Length} characters long; at most {max} fit in a script."))
            .ToList();
        return problems.Count > 0 ? Problems.Invalid(problems) : null;
    }

    internal static WarningResult ToResult(ScriptWarning w) => new(w.Parameter, w.Code, w.Message, w.Alternatives);

    // No culture: null, so the renderer uses ScriptRenderOptions.Culture (options.Rendering.Culture in AddIntimacyKit).
    private static bool TryGetCulture(string? name, out CultureInfo? culture)
    {
        culture = null;
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
        new(t.Id, t.Title, t.Purpose, t.WhenToUse, t.PartnerInvolvement, t.SafetyNote, t.Parameters.Select(p => new ParameterSummary(p.Name, p.Kind, p.Description, p.Example, p.IsOptional)).ToList());
}
