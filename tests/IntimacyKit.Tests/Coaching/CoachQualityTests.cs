using System.Globalization;
using System.Text;
using System.Text.Json;
using IntimacyKit.Coaching;
using Xunit.Abstractions;

namespace IntimacyKit.Tests.Coaching;

/// <summary>
/// The coach's quality on a labelled set of messages (<c>coach-labelled-messages.jsonl</c>): about half blaming, with
/// every kind well represented, and half clean, including the tricky clean cases (the honesty formula, toolbox scripts,
/// logistics, appreciation, "I never thought of that", real feelings, quoting). The figures are printed.
/// </summary>
public sealed class CoachQualityTests(ITestOutputHelper output)
{
    private const double MinimumPrecision = 0.9;
    private const double MinimumRecall = 0.9;

    internal static IReadOnlyList<LabelledMessage> LoadSet() =>
        [.. RepositoryFiles.ReadAllText("tests", "IntimacyKit.Tests", "Coaching", "coach-labelled-messages.jsonl")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var text = json.RootElement.GetProperty("text").GetString()!;
                var expected = json.RootElement.GetProperty("expected").EnumerateArray().Select(e => KindOf(e.GetString()!)).ToHashSet();
                return new LabelledMessage(text, expected);
            })];

    internal static string NameOf(CoachFindingKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    private static CoachFindingKind KindOf(string name) =>
        Enum.GetValues<CoachFindingKind>().Single(k => NameOf(k) == name);

    [Fact]
    public void The_labelled_set_has_at_least_150_messages_half_of_them_clean_and_every_kind_represented()
    {
        var set = LoadSet();

        set.Should().HaveCountGreaterThanOrEqualTo(150);
        set.Count(m => m.Expected.Count == 0).Should().BeInRange(set.Count * 2 / 5, set.Count * 3 / 5);
        foreach (var kind in Enum.GetValues<CoachFindingKind>())
        {
            set.Count(m => m.Expected.Contains(kind)).Should().BeGreaterThanOrEqualTo(10, $"{NameOf(kind)} should be well represented");
        }

        set.Select(m => m.Text).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_coach_flags_blaming_messages_and_leaves_clean_ones_with_precision_and_recall_of_at_least_0_9()
    {
        var set = LoadSet();
        var coach = MessageCoach.Default;
        var overall = new Confusion();
        var micro = new Confusion();
        var perKind = Enum.GetValues<CoachFindingKind>().ToDictionary(k => k, _ => new Confusion());
        var mistakes = new List<string>();

        foreach (var message in set)
        {
            var found = coach.Analyze(message.Text).Findings.Select(f => f.Kind).ToHashSet();
            overall.Add(message.Expected.Count > 0, found.Count > 0);
            foreach (var kind in perKind.Keys)
            {
                perKind[kind].Add(message.Expected.Contains(kind), found.Contains(kind));
                micro.Add(message.Expected.Contains(kind), found.Contains(kind));
            }

            if (!found.SetEquals(message.Expected))
            {
                mistakes.Add($"  expected [{string.Join(", ", message.Expected.Select(NameOf))}] found [{string.Join(", ", found.Select(NameOf))}]: {message.Text}");
            }
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Message coach on {set.Count} labelled messages ({set.Count(m => m.Expected.Count > 0)} blaming, {set.Count(m => m.Expected.Count == 0)} clean)");
        report.AppendLine(CultureInfo.InvariantCulture, $"{"",-22} {"TP",4} {"FP",4} {"FN",4} {"TN",4}  precision  recall");
        report.AppendLine(overall.Row("has a finding", 22));
        report.AppendLine(micro.Row("micro-average (kinds)", 22));
        foreach (var (kind, confusion) in perKind)
        {
            report.AppendLine(confusion.Row("  " + NameOf(kind), 22));
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"Messages whose kinds differ from the label: {mistakes.Count}");
        mistakes.ForEach(m => report.AppendLine(m));
        output.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());

        overall.Precision.Should().BeGreaterThanOrEqualTo(MinimumPrecision, "clean messages should not be flagged");
        overall.Recall.Should().BeGreaterThanOrEqualTo(MinimumRecall, "blaming messages should be flagged");
        micro.Precision.Should().BeGreaterThanOrEqualTo(MinimumPrecision, "each finding's kind should be right");
        micro.Recall.Should().BeGreaterThanOrEqualTo(MinimumRecall, "each blaming kind in a message should be found");
    }

    internal sealed record LabelledMessage(string Text, HashSet<CoachFindingKind> Expected);
}
