using IntimacyKit.Coaching;
using IntimacyKit.Safety;
using HttpValidationProblem = Microsoft.AspNetCore.Http.HttpResults.ValidationProblem;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntimacyKit.Web.Endpoints;

internal sealed record MessageRequest(string? Message);

internal sealed record FindingResult(CoachFindingKind Kind, string RuleId, int Start, int Length, string Text, string Explanation, string Suggestion, string Antidote, string AntidoteId);

/// <summary>The honesty-formula rewrite, with the formula's safety note to show with it: it is said to the partner.</summary>
internal sealed record RewriteResult(string Text, IReadOnlyList<string> Blanks, string? SafetyNote);

internal sealed record CoachResult(IReadOnlyList<FindingResult> Findings, RewriteResult? Rewrite)
{
    public static CoachResult From(CoachReport report, string? rewriteNote) => new(
        report.Findings.Select(f => new FindingResult(f.Kind, f.RuleId, f.Start, f.Length, f.Text, f.Explanation, f.Suggestion, f.Antidote, f.AntidoteId)).ToList(),
        report.Rewrite is { } r ? new RewriteResult(r.Text, r.Blanks, rewriteNote) : null);
}

internal sealed record SafetyFindingResult(SafetyCategory Category, SafetyLevel Level, int Start, int Length, string Text, string Explanation);

internal sealed record ResourceResult(string Name, string Contact, string? Description);

/// <summary>The safety screen's answer; when the text is not safe, Message and Resources say where to get help.</summary>
internal sealed record SafetyScreenResult(bool IsSafe, SafetyLevel Level, IReadOnlyList<SafetyFindingResult> Findings, string? Message, IReadOnlyList<ResourceResult> Resources)
{
    public static SafetyScreenResult From(SafetyResult result) => new(
        result.IsSafe,
        result.Level,
        result.Findings.Select(f => new SafetyFindingResult(f.Category, f.Level, f.Start, f.Length, f.Text, f.Explanation)).ToList(),
        result.Resources?.Message,
        result.Resources is { } r ? r.Resources.Select(x => new ResourceResult(x.Name, x.Contact, x.Description)).ToList() : []);
}

/// <summary>A coached message: the findings, or no coaching and the safety screen's answer when the text is not safe.</summary>
internal sealed record CoachMessageResult(string Message, IReadOnlyList<FindingResult> Findings, RewriteResult? Rewrite, SafetyScreenResult Safety);

// The message coach and the safety screen.
internal static class CoachEndpoints
{
    // Longer than any message a person would send; keeps one request from holding the server.
    internal const int MaxMessageLength = 10_000;

    public static IEndpointRouteBuilder MapCoachEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/coach", Results<Ok<CoachMessageResult>, HttpValidationProblem> (MessageRequest body, IntimacyCatalog catalog, MessageCoach coach, SafetyScreen screen) =>
        {
            if (Check(body.Message) is { } problem)
            {
                return problem;
            }

            var safety = screen.Screen(body.Message!);
            var report = coach.Analyze(body.Message!, safety);
            var coached = CoachResult.From(report, ScriptEndpoints.HonestyFormulaNote(catalog));
            return TypedResults.Ok(new CoachMessageResult(report.Message, coached.Findings, coached.Rewrite, SafetyScreenResult.From(safety)));
        })
        .WithTags("Coach")
        .WithSummary("Coaches a message: generalisations, labels, blame and faux feelings, with suggestions and an honesty-formula rewrite.");

        app.MapPost("/api/safety/screen", Results<Ok<SafetyScreenResult>, HttpValidationProblem> (MessageRequest body, SafetyScreen screen) =>
            Check(body.Message) ?? (Results<Ok<SafetyScreenResult>, HttpValidationProblem>)TypedResults.Ok(SafetyScreenResult.From(screen.Screen(body.Message!))))
        .WithTags("Safety")
        .WithSummary("Screens a text for signs of violence, threats, coercion or self-harm, with where to get help.");

        return app;
    }

    private static HttpValidationProblem? Check(string? message) => message switch
    {
        null or "" => Problems.Invalid("message", "Give the message to read; it is empty."),
        { Length: > MaxMessageLength } => Problems.Invalid("message", $"The message is {message.Length} characters long; at most {MaxMessageLength} are read."),
        _ => null,
    };
}
