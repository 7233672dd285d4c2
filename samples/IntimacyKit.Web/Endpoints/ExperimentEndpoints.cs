using System.Globalization;
using IntimacyKit.Exercises;
using IntimacyKit.Experiments;
using IntimacyKit.Web.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using HttpValidationProblem = Microsoft.AspNetCore.Http.HttpResults.ValidationProblem;

namespace IntimacyKit.Web.Endpoints;

internal sealed record MeasureRequest(MeasureKind Kind, string Description, int Baseline, int Target);

/// <summary>A new experiment: the change wanted, how it is measured, and the catalog practices to try.</summary>
internal sealed record CreateExperimentRequest(string? Change, MeasureRequest? Measure, List<string>? PracticeIds, int? TimesPerWeek, int? DurationWeeks, DateOnly? StartDate);

internal sealed record PracticeLogRequest(string? PracticeId, int? Times, string? Note);

internal sealed record MeasurementRequest(int? Value, string? Note);

internal sealed record MoveRequest(string? Note);

internal sealed record PracticeView(string Id, string Description, int TimesPerWeek);

internal sealed record LogView(DateOnly Date, string PracticeId, int Times, string? Note);

internal sealed record MeasurementView(DateOnly Date, int Value, string? Note);

internal sealed record ExperimentView(
    string Id, long Version, string Title, ExperimentState State, DateOnly StartDate, DateOnly EndDate,
    IReadOnlyList<PracticeView> Practices, IReadOnlyList<LogView> PracticeLogs, IReadOnlyList<MeasurementView> Measurements)
{
    public static ExperimentView From(StoredExperiment stored)
    {
        var e = stored.Experiment;
        return new(
            stored.Id, stored.Version, e.Plan.Title, e.State, e.StartDate, e.EndDate,
            e.Plan.Practices.Select(p => new PracticeView(p.Id, p.Description, p.TimesPerWeek)).ToList(),
            e.PracticeLogs.Select(l => new LogView(l.Date, l.PracticeId, l.Times, l.Note)).ToList(),
            e.Measurements.Select(m => new MeasurementView(m.Date, m.Value, m.Note)).ToList());
    }
}

internal sealed record WeekView(int Number, DateOnly Start, DateOnly End, int TimesDue, int TimesDone, double Adherence, bool IsLapse);

internal sealed record ProgressView(ExperimentState State, DateOnly AsOf, int? CurrentWeek, double? Adherence, int Lapses, int Returns, int? LatestReading, bool TargetReached, IReadOnlyList<WeekView> Weeks, string Description);

// Experiments kept in SQLite: plan one from catalog practices, start (or pause, return, complete, abandon) it,
// log practice days and readings of the goal's measure, and read the progress. Dates come from the injected TimeProvider.
internal static class ExperimentEndpoints
{
    public static IEndpointRouteBuilder MapExperimentEndpoints(this IEndpointRouteBuilder app)
    {
        var experiments = app.MapGroup("/api/experiments").WithTags("Experiments");

        experiments.MapPost("/", async Task<Results<Created<ExperimentView>, HttpValidationProblem>> (
            CreateExperimentRequest body, IntimacyCatalog catalog, ExperimentStore store, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var ids = body.PracticeIds ?? [];
            var problems = Problems.OverLimits(
                [("change", body.Change, DocumentLimits.MaxNameLength), ("measure.description", body.Measure?.Description, DocumentLimits.MaxTextLength),
                 .. ids.Select((p, i) => ($"practiceIds[{i}]", p, DocumentLimits.MaxIdLength))]);
            if (ids.Count > DocumentLimits.MaxItems)
            {
                problems.Add(("practiceIds", $"Choose at most {DocumentLimits.MaxItems} practices."));
            }

            if (problems.Count > 0)
            {
                return Problems.Invalid(problems);
            }

            if (string.IsNullOrWhiteSpace(body.Change))
            {
                problems.Add(("change", "Say what you want to change; it is empty."));
            }

            if (ids.Count == 0)
            {
                problems.Add(("practiceIds", "Choose at least one practice from /api/catalog/practices."));
            }

            var practices = new List<Practice>();
            for (var i = 0; i < ids.Count; i++)
            {
                if (catalog.TryGet<Practice>(ids[i] ?? "", out var practice))
                {
                    practices.Add(practice);
                }
                else
                {
                    problems.Add(($"practiceIds[{i}]", $"The catalog has no practice with id '{ids[i]}'."));
                }
            }

            if (problems.Count > 0)
            {
                return Problems.Invalid(problems);
            }

            var goal = new ExperimentGoal
            {
                Change = body.Change!.Trim(),
                Measure = body.Measure is { } m ? new GoalMeasure { Kind = m.Kind, Description = m.Description ?? "", Baseline = m.Baseline, Target = m.Target } : null,
            };
            var plan = ExperimentPlan.FromPractices(goal, practices, body.TimesPerWeek ?? 1, body.DurationWeeks ?? ExperimentPlan.DefaultDurationWeeks);
            var experiment = Experiment.Create(plan, body.StartDate ?? Today(time));

            // The whole experiment, not just the plan: the start date has rules of its own (not too late for the calendar).
            var validation = experiment.Validate();
            if (!validation.IsValid)
            {
                return Problems.Invalid(validation.Problems.Select(p => p with { Path = RequestPath(p.Path) }).Distinct(), "The experiment has problems.");
            }

            var stored = await store.AddAsync(experiment, cancellationToken);
            return TypedResults.Created($"/api/experiments/{stored.Id}", ExperimentView.From(stored));
        })
        .WithSummary("Plans an experiment from catalog practices; it starts when /start is called.");

        experiments.MapGet("/{id}", async Task<Results<Ok<ExperimentView>, ProblemHttpResult>> (string id, ExperimentStore store, CancellationToken cancellationToken) =>
            await store.FindAsync(id, cancellationToken) is { } stored ? TypedResults.Ok(ExperimentView.From(stored)) : Problems.NotFound("experiment", id))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One experiment with its practice logs and readings.");

        experiments.MapGet("/{id}/progress", async Task<Results<Ok<ProgressView>, ProblemHttpResult>> (string id, ExperimentStore store, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (await store.FindAsync(id, cancellationToken) is not { } stored)
            {
                return Problems.NotFound("experiment", id);
            }

            ExperimentProgress p;
            try
            {
                p = stored.Experiment.GetProgress(time);
            }
            catch (InvalidOperationException e)
            {
                // GetProgress documents this for an experiment that does not pass Validate(); creation checks that, but
                // a row written by an older version of the sample may not, and the answer must not be a 500.
                return TypedResults.Problem(title: "The experiment's progress cannot be computed.", detail: e.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
            }

            return TypedResults.Ok(new ProgressView(
                p.State, p.AsOf, p.CurrentWeek, p.Adherence, p.Lapses, p.Returns, p.Trend.Latest, p.Trend.TargetReached,
                p.Weeks.Select(w => new WeekView(w.Number, w.Start, w.End, w.TimesDue, w.TimesDone, w.Adherence, w.IsLapse)).ToList(),
                p.Describe(CultureInfo.GetCultureInfo("en"))));
        })
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithSummary("Progress so far: adherence by week, lapses and returns, and the trend of the readings.");

        MapMove(experiments, "start", (e, time, note) => e.Start(time, note), "Starts a planned experiment today.");
        MapMove(experiments, "pause", (e, time, note) => e.Pause(time, note), "Pauses an active experiment.");
        MapMove(experiments, "return", (e, time, note) => e.ReturnToPractice(time, note), "Returns to practice after a pause or a lapse.");
        MapMove(experiments, "complete", (e, time, note) => e.Complete(time, note), "Completes the experiment.");
        MapMove(experiments, "abandon", (e, time, note) => e.Abandon(time, note), "Abandons the experiment.");

        experiments.MapPost("/{id}/practice-logs", async Task<Results<Ok<ExperimentView>, ProblemHttpResult, HttpValidationProblem>> (string id, PracticeLogRequest body, ExperimentStore store, TimeProvider time, CancellationToken cancellationToken) =>
            string.IsNullOrWhiteSpace(body.PracticeId)
                ? Problems.Invalid("practiceId", "Say which practice you did: the id of one of the experiment's practices.")
                : Problems.OverLimits(("practiceId", body.PracticeId, DocumentLimits.MaxIdLength), ("note", body.Note, DocumentLimits.MaxTextLength)) is [_, ..] tooLong
                ? Problems.Invalid(tooLong)
                : await UpdateAsync(store, id, e => e.LogPractice(body.PracticeId, time, body.Times ?? 1, body.Note), StatusCodes.Status422UnprocessableEntity, "The practice log was not kept.", cancellationToken))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Logs a practice done today.");

        experiments.MapPost("/{id}/measurements", async Task<Results<Ok<ExperimentView>, ProblemHttpResult, HttpValidationProblem>> (string id, MeasurementRequest body, ExperimentStore store, TimeProvider time, CancellationToken cancellationToken) =>
            body.Value is not { } value
                ? Problems.Invalid("value", "The reading is missing; send today's value of the goal's measure.")
                : Problems.OverLimits(("note", body.Note, DocumentLimits.MaxTextLength)) is [_, ..] tooLong
                ? Problems.Invalid(tooLong)
                : await UpdateAsync(store, id, e => e.RecordMeasurement(value, time, body.Note), StatusCodes.Status422UnprocessableEntity, "The reading was not kept.", cancellationToken))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Records today's reading of the goal's measure.");

        return app;
    }

    private static void MapMove(RouteGroupBuilder group, string name, Func<Experiment, TimeProvider, string?, ExperimentResult> move, string summary) =>
        group.MapPost($"/{{id}}/{name}", async Task<Results<Ok<ExperimentView>, ProblemHttpResult, HttpValidationProblem>> (string id, MoveRequest? body, ExperimentStore store, TimeProvider time, CancellationToken cancellationToken) =>
            Problems.OverLimits(("note", body?.Note, DocumentLimits.MaxTextLength)) is [_, ..] tooLong
                ? Problems.Invalid(tooLong)
                : await UpdateAsync(store, id, e => move(e, time, body?.Note), StatusCodes.Status409Conflict, $"The experiment cannot {name} now.", cancellationToken))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(summary);

    // Reads the experiment, applies the change and writes it back naming the version read. The library's problems
    // come back with their paths (the experiment is unchanged); a write that lost a race is a 409.
    private static async Task<Results<Ok<ExperimentView>, ProblemHttpResult, HttpValidationProblem>> UpdateAsync(
        ExperimentStore store, string id, Func<Experiment, ExperimentResult> change, int rejectedStatus, string rejectedTitle, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } stored)
        {
            return Problems.NotFound("experiment", id);
        }

        var result = change(stored.Experiment);
        if (!result.Succeeded)
        {
            return Problems.Rejected(result.Problems, rejectedStatus, rejectedTitle);
        }

        return await store.TryUpdateAsync(id, stored.Version, result.Experiment, cancellationToken) is { } updated
            ? TypedResults.Ok(ExperimentView.From(updated))
            : TypedResults.Problem(title: "The experiment changed while this request was made; read it again and retry.", statusCode: StatusCodes.Status409Conflict);
    }

    // The library names problems by their place in the Experiment (plan.goal.measure.baseline, plan.practices[0].timesPerWeek);
    // the client sent a CreateExperimentRequest, so each is reported at the request field it came from.
    private static string RequestPath(string path) => path switch
    {
        "plan.title" or "plan.goal" or "plan.goal.change" => "change",
        "plan.goal.measure" => "measure",
        _ when path.StartsWith("plan.goal.measure.", StringComparison.Ordinal) => path["plan.goal.".Length..],
        "plan.practices" => "practiceIds",
        _ when path.StartsWith("plan.practices[", StringComparison.Ordinal) && path.EndsWith("].timesPerWeek", StringComparison.Ordinal) => "timesPerWeek",
        _ when path.StartsWith("plan.practices[", StringComparison.Ordinal) => "practiceIds" + path["plan.practices".Length..(path.IndexOf(']', StringComparison.Ordinal) + 1)],
        "plan.durationWeeks" or "plan.midpointWeek" => "durationWeeks",
        _ => path,
    };

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().Date);
}
