using System.Collections.Immutable;
using System.Text.Json;
using CsCheck;
using IntimacyKit.Experiments;

namespace IntimacyKit.Tests.Experiments;

/// <summary>CsCheck generators of plans and experiments, from well-formed to wildly wrong.</summary>
internal static class ExperimentGenerators
{
    private static readonly Gen<string> Text = Gen.OneOf(Gen.String[0, 12], Gen.Const(""), Gen.Const("  "), Gen.Const("one-small-no"), Gen.Const("a"));

    private static readonly Gen<int> AnyInt = Gen.OneOf(Gen.Int[-3, 14], Gen.Int);

    private static readonly Gen<DateOnly> NearDate = Gen.Int[739_000, 739_200].Select(DateOnly.FromDayNumber);

    private static readonly Gen<DateOnly> AnyDate = Gen.OneOf(NearDate, Gen.Int[0, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber));

    private static readonly Gen<Dictionary<string, JsonElement>?> Unknown = Gen.OneOf(
        Gen.Const((Dictionary<string, JsonElement>?)null),
        Gen.Int.Select(i => (Dictionary<string, JsonElement>?)new Dictionary<string, JsonElement> { ["appNote"] = JsonSerializer.SerializeToElement(i), ["tags"] = JsonDocument.Parse("[\"x\",{\"y\":null}]").RootElement }));

    /// <summary>Gets practice logs around the sample dates, with any practice id and number of times.</summary>
    public static Gen<PracticeLog> Logs { get; } = Gen.Select(Gen.OneOf(NearDate, AnyDate), Text, AnyInt, Text.Null(0.5), (d, id, t, n) => new PracticeLog(d, id, t, n));

    /// <summary>Gets plans that pass validation: every value drawn from its allowed range.</summary>
    public static Gen<ExperimentPlan> ValidPlans { get; } = MakeValidPlan();

    /// <summary>Gets plans whose required members are never null, so that they can be written as JSON; half of them valid.</summary>
    public static Gen<ExperimentPlan> Plans { get; } = Gen.OneOf(ValidPlans, Plan(nulls: false));

    /// <summary>Gets plans with nulls anywhere, for validation; a third of them valid.</summary>
    public static Gen<ExperimentPlan> PlansWithNulls { get; } = Gen.OneOf(ValidPlans, Plan(nulls: false), Plan(nulls: true));

    /// <summary>Gets started experiments of valid plans with logs and readings within their dates, which pass validation.</summary>
    public static Gen<Experiment> ValidExperiments { get; } = MakeValidExperiment();

    /// <summary>Gets experiments whose required members are never null.</summary>
    public static Gen<Experiment> Experiments { get; } = Gen.OneOf(ValidExperiments, MakeExperiment(Plans, nulls: false));

    /// <summary>Gets experiments with nulls anywhere, for validation.</summary>
    public static Gen<Experiment> ExperimentsWithNulls { get; } = Gen.OneOf(ValidExperiments, MakeExperiment(Plans, nulls: false), MakeExperiment(PlansWithNulls, nulls: true));

    private static Gen<string> MaybeNull(Gen<string> gen, bool nulls) => nulls ? gen.Null(0.1)! : gen;

    private static Gen<ImmutableArray<T>> Arrays<T>(Gen<T> gen, int max, bool nulls)
        where T : class =>
        (nulls ? gen.Null(0.05)! : gen).Array[0, max].Select(a => a.ToImmutableArray());

    private static Gen<ExperimentPlan> MakeValidPlan()
    {
        var measure = Gen.Enum<MeasureKind>().SelectMany(kind =>
        {
            var (min, max) = kind switch { MeasureKind.YesNo => (0, 1), MeasureKind.Rating => (1, 10), _ => (0, 30) };
            return Gen.Select(Gen.Int[min, max], Gen.Int[min, max], Gen.String[1, 20], (b, t, d) => new GoalMeasure
            {
                Kind = kind, Description = "m" + d, Baseline = b, Target = t == b ? (b == max ? min : max) : t,
            });
        });
        var practices = Gen.Select(Gen.String[0, 10], Gen.Int[1, 7], Gen.OneOf(Gen.Const("one-small-no"), Gen.String[1, 8]).Null(0.5),
            (d, t, p) => (Description: "do " + d, Times: t, PracticeId: p)).Array[1, 4]
            .Select(a => a.Select((x, i) => new MicroPractice { Id = "p" + i, Description = x.Description, TimesPerWeek = x.Times, PracticeId = x.PracticeId }).ToImmutableArray());
        return Gen.Select(Gen.String[1, 30], Gen.String[1, 30], measure, Gen.Int[1, 12], practices, Gen.Int[0, 11], Unknown,
            (title, change, m, weeks, ps, midpoint, unknown) => new ExperimentPlan
            {
                Title = "t" + title,
                Goal = new ExperimentGoal { Change = "c" + change, Measure = m },
                DurationWeeks = weeks,
                Practices = ps,
                MidpointWeek = midpoint > 0 && midpoint < weeks ? midpoint : null,
                AccountabilityPartner = midpoint % 2 == 0 ? new AccountabilityPartner { Name = "Sam" + title } : null,
                AdditionalProperties = unknown,
            });
    }

    private static Gen<Experiment> MakeValidExperiment() =>
        Gen.Select(ValidPlans, NearDate, Gen.Int[0, 83].Array[0, 50], Gen.Int[0, 83].Array[0, 12], Gen.Int).Select((plan, start, logDays, readingDays, seed) =>
        {
            var days = 7 * plan.DurationWeeks;
            var measure = plan.Goal.Measure!;
            var logs = logDays.Where(d => d < days)
                .Select((d, i) => new PracticeLog(start.AddDays(d), plan.Practices[i % plan.Practices.Length].Id, 1 + ((seed + i) & 3), i % 3 == 0 ? "note " + i : null))
                .DistinctBy(l => (l.Date, l.PracticeId)).OrderBy(l => l.Date);
            var readings = readingDays.Where(d => d < days).Distinct().Order()
                .Select((d, i) => new Measurement(start.AddDays(d), measure.IsOnScale(measure.Baseline + i) ? measure.Baseline + i : measure.Target));
            return new Experiment
            {
                Plan = plan,
                StartDate = start,
                Events = [new ExperimentEvent(start, ExperimentMove.Start), .. (seed % 3 == 0 ? [new ExperimentEvent(start.AddDays(3), ExperimentMove.ReturnToPractice, "back")] : Array.Empty<ExperimentEvent>())],
                PracticeLogs = [.. logs],
                Measurements = [.. readings],
            };
        });

    private static Gen<ExperimentPlan> Plan(bool nulls)
    {
        var measure = Gen.Select(nulls ? Gen.Int[0, 5].Select(i => (MeasureKind)i) : Gen.Enum<MeasureKind>(), MaybeNull(Text, nulls), AnyInt, AnyInt,
            (k, d, b, t) => new GoalMeasure { Kind = k, Description = d, Baseline = b, Target = t });
        var goal = Gen.Select(MaybeNull(Text, nulls), measure.Null(0.2), (c, m) => new ExperimentGoal { Change = c, Measure = m });
        var practice = Gen.Select(MaybeNull(Text, nulls), MaybeNull(Text, nulls), AnyInt, Text.Null(0.6),
            (id, d, t, p) => new MicroPractice { Id = id, Description = d, TimesPerWeek = t, PracticeId = p });
        var partner = Gen.Select(MaybeNull(Text, nulls), Text.Null(0.5), (n, r) => new AccountabilityPartner { Name = n, Role = r });
        return Gen.Select(
            Gen.Select(Gen.OneOf(Gen.Const(0), Gen.Const(1), Gen.Int[-1, 3]), MaybeNull(Text, nulls), nulls ? goal.Null(0.1)! : goal, AnyInt),
            Gen.Select(Arrays(practice, 4, nulls), AnyInt.Nullable(0.6), partner.Null(0.5), Text.Null(0.5), Text.Null(0.5), Unknown),
            (a, b) => new ExperimentPlan
            {
                SchemaVersion = a.Item1,
                Title = a.Item2,
                Goal = a.Item3,
                DurationWeeks = a.Item4,
                Practices = b.Item1,
                MidpointWeek = b.Item2,
                AccountabilityPartner = b.Item3,
                OwnerId = b.Item4,
                ChapterId = b.Item5,
                AdditionalProperties = b.Item6,
            });
    }

    private static Gen<Experiment> MakeExperiment(Gen<ExperimentPlan> plans, bool nulls)
    {
        var anyMove = nulls ? Gen.Int[0, 7].Select(i => (ExperimentMove)i) : Gen.Enum<ExperimentMove>();
        var ev = Gen.Select(Gen.OneOf(NearDate, AnyDate), anyMove, Text.Null(0.5), (d, m, n) => new ExperimentEvent(d, m, n));
        var reading = Gen.Select(Gen.OneOf(NearDate, AnyDate), AnyInt, Text.Null(0.5), (d, v, n) => new Measurement(d, v, n));
        var checkIn = Gen.Select(nulls ? Gen.Int[0, 3].Select(i => (CheckInKind)i) : Gen.Enum<CheckInKind>(), Gen.OneOf(NearDate, AnyDate), Text, Text, nulls ? Gen.Int[0, 4].Select(i => (CheckInDecision)i) : Gen.Enum<CheckInDecision>(),
            (k, d, w, a, c) => new CheckIn { Kind = k, Date = d, WhatWorked = w, WhatToAdjust = a, Decision = c });
        return Gen.Select(
            Gen.Select(Gen.OneOf(Gen.Const(0), Gen.Int[-1, 3]), nulls ? plans.Null(0.05)! : plans, Gen.OneOf(NearDate, AnyDate), Unknown),
            Gen.Select(Arrays(ev, 5, nulls), Arrays(Logs, 8, nulls), Arrays(reading, 5, nulls), Arrays(checkIn, 3, nulls)),
            (a, b) => new IntimacyKit.Experiments.Experiment
            {
                SchemaVersion = a.Item1,
                Plan = a.Item2,
                StartDate = a.Item3,
                AdditionalProperties = a.Item4,
                Events = b.Item1,
                PracticeLogs = b.Item2,
                Measurements = b.Item3,
                CheckIns = b.Item4,
            });
    }
}
