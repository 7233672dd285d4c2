using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using Microsoft.AspNetCore.Http.HttpResults;
using HttpValidationProblem = Microsoft.AspNetCore.Http.HttpResults.ValidationProblem;

namespace IntimacyKit.Web.Endpoints;

internal sealed record ChapterSummary(string Id, int? Number, string Title, string Theme);

/// <summary>An antidote or a circuit breaker: what to do, what it asks of the partner and, when it asks something, the safety note to show with it.</summary>
internal sealed record MoveSummary(string Text, PartnerInvolvement PartnerInvolvement, string? SafetyNote)
{
    public static MoveSummary From(Antidote a) => new(a.Text, a.PartnerInvolvement, a.SafetyNote);

    public static MoveSummary From(CircuitBreaker c) => new(c.Text, c.PartnerInvolvement, c.SafetyNote);
}

internal sealed record PatternSummary(string Id, AnxietyResponse Response, string Name, string Summary, IReadOnlyList<string> Signs, IReadOnlyList<MoveSummary> Antidotes);

/// <summary>A dance; its summary is shown whole, since the volatile dance's says what is not a dance at all (fear, threats, violence).</summary>
internal sealed record DanceSummary(string Id, string Name, string Summary, IReadOnlyList<MoveSummary> CircuitBreakers);

internal sealed record ExerciseSummary(string Id, string Title, ExerciseKind Kind, int EstimatedMinutes, string ChapterId, string Instructions, PartnerInvolvement PartnerInvolvement, string? SafetyNote);

internal sealed record PracticeSummary(string Id, string Title, string Description, string ChapterId, PartnerInvolvement PartnerInvolvement, string? SafetyNote);

// The built-in catalog, read-only: chapters, patterns, dances, exercises and practices. Everything that asks something
// of the partner comes with what it asks (partnerInvolvement) and its safety note, for the app to show next to it.
internal static class CatalogEndpoints
{
    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var catalog = app.MapGroup("/api/catalog").WithTags("Catalog");

        catalog.MapGet("/chapters", (IntimacyCatalog c) =>
            TypedResults.Ok(c.Chapters.Select(ch => new ChapterSummary(ch.Id, ch.Number, ch.Title, ch.Theme)).ToList()))
            .WithSummary("The book's chapters, in order.");

        catalog.MapGet("/patterns", (IntimacyCatalog c) =>
            TypedResults.Ok(c.Patterns.Select(ToSummary).ToList()))
            .WithSummary("The three intimacy-anxiety patterns: withdraw, engulf and pursue, each antidote with its safety note.");

        catalog.MapGet("/dances", (IntimacyCatalog c) =>
            TypedResults.Ok(c.Dances.Select(d => new DanceSummary(d.Id, d.Name, d.Summary, d.CircuitBreakers.Select(MoveSummary.From).ToList())).ToList()))
            .WithSummary("The dances two partners' patterns form, each circuit breaker with its safety note.");

        catalog.MapGet("/exercises", Results<Ok<List<ExerciseSummary>>, HttpValidationProblem> (IntimacyCatalog c, string? pattern) =>
        {
            if (pattern is null)
            {
                return TypedResults.Ok(c.Exercises.Select(ToSummary).ToList());
            }

            return EnumText.TryParse<AnxietyResponse>(pattern, out var response)
                ? TypedResults.Ok(c.GetExercisesForPattern(response).Select(ToSummary).ToList())
                : Problems.Invalid("pattern", $"'{pattern}' is not a pattern. Use one of: {PatternNames}.");
        })
        .WithSummary("The exercises, all or those for one pattern (?pattern=withdraw).");

        catalog.MapGet("/exercises/{id}", Results<Ok<ExerciseSummary>, ProblemHttpResult> (IntimacyCatalog c, string id) =>
            c.TryGet<Exercise>(id, out var exercise) && exercise is not null
                ? TypedResults.Ok(ToSummary(exercise))
                : Problems.NotFound("exercise", id))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One exercise by id.");

        catalog.MapGet("/practices", (IntimacyCatalog c) =>
            TypedResults.Ok(c.Practices.Select(p => new PracticeSummary(p.Id, p.Title, p.Description, p.ChapterId, p.PartnerInvolvement, p.SafetyNote)).ToList()))
            .WithSummary("The practices an experiment can be planned from.");

        return app;
    }

    private static string PatternNames => string.Join(", ", Enum.GetNames<AnxietyResponse>().Select(n => n.ToLowerInvariant()));

    private static PatternSummary ToSummary(PatternDescription p) =>
        new(p.Id, p.Response, p.Name, p.Summary, p.Signs, p.Antidotes.Select(MoveSummary.From).ToList());

    private static ExerciseSummary ToSummary(Exercise e) =>
        new(e.Id, e.Title, e.Kind, e.EstimatedMinutes, e.ChapterId, e.Instructions, e.PartnerInvolvement, e.SafetyNote);
}
