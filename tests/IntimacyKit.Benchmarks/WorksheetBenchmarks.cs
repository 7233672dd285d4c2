using System.Globalization;
using BenchmarkDotNet.Attributes;
using IntimacyKit.Experiments;
using IntimacyKit.Serialization;
using IntimacyKit.Worksheets;

namespace IntimacyKit.Benchmarks;

/// <summary>
/// What the worksheets cost on a large but plausible task-fairness ledger: 30 tasks (ten of each kind, carriers in a
/// fixed rotation, a few names with Markdown characters that must be escaped) and a trial of three moves with a rating
/// measure. Rows: <see cref="Worksheet.Validate"/>, <see cref="TaskFairnessLedger.GetShare"/> of everything,
/// <see cref="Worksheet.ToMarkdown"/> and <see cref="Worksheet.ToPlainText"/> in en-US (tables, 16 share cells, the
/// trial), writing and reading the JSON, and <see cref="TaskFairnessLedger.ToExperimentPlan"/>.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class WorksheetBenchmarks
{
    private static readonly CultureInfo s_culture = CultureInfo.GetCultureInfo("en-US");

    private TaskFairnessLedger _ledger = null!;
    private string _json = "";

    [GlobalSetup]
    public void Setup()
    {
        var carriers = Enum.GetValues<Carrier>();
        var kinds = Enum.GetValues<TaskKind>();
        _ledger = new TaskFairnessLedger
        {
            FirstPartnerName = "Sam",
            SecondPartnerName = "Alex",
            Tasks = [.. Enumerable.Range(0, 30).Select(i => new FairnessTask
            {
                Name = i % 7 == 0 ? $"Task {i} | *urgent* #{i}" : $"Task {i}: the weekly {kinds[i % 3].ToString().ToLowerInvariant()} round",
                Kind = kinds[i % 3],
                Conception = carriers[i % 3],
                Planning = carriers[(i + 1) % 3],
                Doing = carriers[(i / 3) % 3],
            })],
            Trial = new()
            {
                Moves =
                [
                    new() { Task = "Task 1: the weekly emotional round", Role = TaskRole.Conception, To = Carrier.FirstPartner, TimesPerWeek = 3 },
                    new() { Task = "Task 2: the weekly decisionmaking round", Role = TaskRole.Planning, To = Carrier.SecondPartner },
                    new() { Task = "Task 4: the weekly emotional round", Role = TaskRole.Doing, To = Carrier.FirstPartner, TimesPerWeek = 7 },
                ],
                StartsOn = new DateOnly(2026, 3, 2),
                Measure = new() { Kind = MeasureKind.Rating, Description = "How fair the week felt", Baseline = 4, Target = 7 },
            },
        };
        _json = IntimacyKitJson.Serialize(_ledger);
        if (!_ledger.Validate().IsValid || !_ledger.ToExperimentPlan().Validate().IsValid)
        {
            throw new InvalidOperationException("The benchmark ledger must be valid:\n" + _ledger.Validate() + "\n" + _ledger.ToExperimentPlan().Validate());
        }
    }

    [Benchmark]
    public ValidationResult Validate() => _ledger.Validate();

    [Benchmark]
    public FairnessShare Shares() => _ledger.GetShare();

    [Benchmark(Baseline = true)]
    public string ToMarkdown() => _ledger.ToMarkdown(s_culture);

    [Benchmark]
    public string ToPlainText() => _ledger.ToPlainText(s_culture);

    [Benchmark]
    public string Serialize() => IntimacyKitJson.Serialize(_ledger);

    [Benchmark]
    public TaskFairnessLedger Deserialize() => IntimacyKitJson.Deserialize<TaskFairnessLedger>(_json);

    [Benchmark]
    public ExperimentPlan ToExperimentPlan() => _ledger.ToExperimentPlan();
}
