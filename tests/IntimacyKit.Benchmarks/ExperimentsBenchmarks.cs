using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using IntimacyKit.Experiments;
using IntimacyKit.Serialization;

namespace IntimacyKit.Benchmarks;

/// <summary>
/// A six-week experiment with one daily practice, 42 daily logs, six weekly readings and a mid-point check-in:
/// computing its schedule and its progress, and a JSON round trip (write, then read back) through
/// <see cref="IntimacyKitJson"/> against System.Text.Json's source-generated serializer on plain DTOs of the same
/// shape and the same options. The target: the round trip within 1.2× of the plain DTOs.
/// </summary>
/// <remarks>
/// A short job run in process: the machine is small and shared, and building a separate benchmark executable under
/// load can time out.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(ShortInProcess))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ExperimentsBenchmarks
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    private readonly FixedClock _endOfWeekSix = new(Start.AddDays(41));
    private Experiment _experiment = null!;
    private ExperimentDto _dto = null!;
    private string _json = "";
    private string _dtoJson = "";

    [GlobalSetup]
    public void Setup()
    {
        var plan = new ExperimentPlan
        {
            Title = "Six weeks of 'I' statements",
            Goal = new ExperimentGoal
            {
                Change = "Speak for myself instead of about you",
                Measure = new GoalMeasure { Kind = MeasureKind.Rating, Description = "How heard I felt in our talks this week", Baseline = 3, Target = 7 },
            },
            Practices = [new MicroPractice { Id = "use-i-statements", Description = "Speak in 'I' statements", TimesPerWeek = 7, PracticeId = "use-i-statements" }],
            AccountabilityPartner = new AccountabilityPartner { Name = "Sam", Role = "friend" },
            ChapterId = "chapter-10",
        };
        var experiment = Experiment.Create(plan, Start).Start(new FixedClock(Start)).Experiment;
        experiment = Ok(experiment.AddPracticeLogs(
            Enumerable.Range(0, 42).Select(d => new PracticeLog(Start.AddDays(d), "use-i-statements", 1 + (d % 2), d % 5 == 0 ? "Said it before it built up" : null)),
            _endOfWeekSix));
        experiment = Ok(experiment.AddMeasurements(Enumerable.Range(0, 6).Select(w => new Measurement(Start.AddDays((7 * w) + 6), 3 + (w / 2))), _endOfWeekSix));
        _experiment = Ok(experiment.AddCheckIn(
            new CheckIn { Kind = CheckInKind.Midpoint, Date = Start.AddDays(20), WhatWorked = "Mornings", WhatToAdjust = "Evenings", Decision = CheckInDecision.Change },
            _endOfWeekSix));
        _json = IntimacyKitJson.Serialize(_experiment);
        _dto = ExperimentDto.From(_experiment);
        _dtoJson = JsonSerializer.Serialize(_dto, DtoJsonContext.Default.ExperimentDto);
        if (_dtoJson.Length < _json.Length * 0.9 || _dtoJson.Length > _json.Length * 1.1)
        {
            throw new InvalidOperationException($"The DTO's JSON ({_dtoJson.Length} chars) is not the same shape as the model's ({_json.Length}).");
        }
    }

    [Benchmark]
    [BenchmarkCategory("Compute")]
    public ExperimentSchedule Schedule() => _experiment.GetSchedule();

    [Benchmark]
    [BenchmarkCategory("Compute")]
    public ExperimentProgress Progress() => _experiment.GetProgress(_endOfWeekSix);

    [Benchmark]
    [BenchmarkCategory("Json")]
    public Experiment RoundTripModel() => IntimacyKitJson.Deserialize<Experiment>(IntimacyKitJson.Serialize(_experiment));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Json")]
    public ExperimentDto? RoundTripPlainDto() =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(_dto, DtoJsonContext.Default.ExperimentDto), DtoJsonContext.Default.ExperimentDto);

    [Benchmark]
    [BenchmarkCategory("Json")]
    public string WriteModel() => IntimacyKitJson.Serialize(_experiment);

    [Benchmark]
    [BenchmarkCategory("Json")]
    public Experiment ReadModel() => IntimacyKitJson.Deserialize<Experiment>(_json);

    [Benchmark]
    [BenchmarkCategory("Json")]
    public string WritePlainDto() => JsonSerializer.Serialize(_dto, DtoJsonContext.Default.ExperimentDto);

    [Benchmark]
    [BenchmarkCategory("Json")]
    public ExperimentDto? ReadPlainDto() => JsonSerializer.Deserialize(_dtoJson, DtoJsonContext.Default.ExperimentDto);

    private static Experiment Ok(ExperimentResult result) =>
        result.Succeeded ? result.Experiment : throw new InvalidOperationException(result.ToString());

    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }

    private sealed class FixedClock(DateOnly today) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}

#pragma warning disable CS1591 // The plain DTOs are the benchmark's yardstick: the same JSON shape, no behaviour.
public sealed class ExperimentDto
{
    public int SchemaVersion { get; set; }
    public PlanDto Plan { get; set; } = new();
    public DateOnly StartDate { get; set; }
    public List<EventDto> Events { get; set; } = [];
    public List<LogDto> PracticeLogs { get; set; } = [];
    public List<MeasurementDto> Measurements { get; set; } = [];
    public List<CheckInDto> CheckIns { get; set; } = [];

    public static ExperimentDto From(Experiment e) => new()
    {
        SchemaVersion = e.SchemaVersion,
        Plan = new PlanDto
        {
            SchemaVersion = e.Plan.SchemaVersion,
            Title = e.Plan.Title,
            Goal = new GoalDto
            {
                Change = e.Plan.Goal.Change,
                Measure = new MeasureDto { Kind = e.Plan.Goal.Measure!.Kind.ToString(), Description = e.Plan.Goal.Measure.Description, Baseline = e.Plan.Goal.Measure.Baseline, Target = e.Plan.Goal.Measure.Target },
            },
            DurationWeeks = e.Plan.DurationWeeks,
            Practices = [.. e.Plan.Practices.Select(p => new PracticeDto { Id = p.Id, Description = p.Description, TimesPerWeek = p.TimesPerWeek, PracticeId = p.PracticeId })],
            AccountabilityPartner = e.Plan.AccountabilityPartner is { } a ? new PartnerDto { Name = a.Name, Role = a.Role } : null,
            ChapterId = e.Plan.ChapterId,
        },
        StartDate = e.StartDate,
        Events = [.. e.Events.Select(v => new EventDto { Date = v.Date, Move = v.Move.ToString(), Note = v.Note })],
        PracticeLogs = [.. e.PracticeLogs.Select(l => new LogDto { Date = l.Date, PracticeId = l.PracticeId, Times = l.Times, Note = l.Note })],
        Measurements = [.. e.Measurements.Select(m => new MeasurementDto { Date = m.Date, Value = m.Value, Note = m.Note })],
        CheckIns = [.. e.CheckIns.Select(c => new CheckInDto { Kind = c.Kind.ToString(), Date = c.Date, WhatWorked = c.WhatWorked, WhatToAdjust = c.WhatToAdjust, Decision = c.Decision.ToString() })],
    };
}

public sealed class PlanDto
{
    public int SchemaVersion { get; set; }
    public string Title { get; set; } = "";
    public GoalDto Goal { get; set; } = new();
    public int DurationWeeks { get; set; }
    public List<PracticeDto> Practices { get; set; } = [];
    public int? MidpointWeek { get; set; }
    public PartnerDto? AccountabilityPartner { get; set; }
    public string? OwnerId { get; set; }
    public string? ChapterId { get; set; }
}

public sealed class GoalDto
{
    public string Change { get; set; } = "";
    public MeasureDto? Measure { get; set; }
}

public sealed class MeasureDto
{
    public string Kind { get; set; } = "";
    public string Description { get; set; } = "";
    public int Baseline { get; set; }
    public int Target { get; set; }
}

public sealed class PracticeDto
{
    public string Id { get; set; } = "";
    public string Description { get; set; } = "";
    public int TimesPerWeek { get; set; }
    public string? PracticeId { get; set; }
}

public sealed class PartnerDto
{
    public string Name { get; set; } = "";
    public string? Role { get; set; }
}

public sealed class EventDto
{
    public DateOnly Date { get; set; }
    public string Move { get; set; } = "";
    public string? Note { get; set; }
}

public sealed class LogDto
{
    public DateOnly Date { get; set; }
    public string PracticeId { get; set; } = "";
    public int Times { get; set; }
    public string? Note { get; set; }
}

public sealed class MeasurementDto
{
    public DateOnly Date { get; set; }
    public int Value { get; set; }
    public string? Note { get; set; }
}

public sealed class CheckInDto
{
    public string Kind { get; set; } = "";
    public DateOnly Date { get; set; }
    public string WhatWorked { get; set; } = "";
    public string WhatToAdjust { get; set; } = "";
    public string Decision { get; set; } = "";
}

/// <summary>The DTOs' source-generated context, with the same writer options as IntimacyKit's.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ExperimentDto))]
internal sealed partial class DtoJsonContext : JsonSerializerContext;
#pragma warning restore CS1591
