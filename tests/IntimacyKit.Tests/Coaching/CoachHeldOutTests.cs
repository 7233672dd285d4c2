using System.Globalization;
using System.Text;
using System.Text.Json;
using IntimacyKit.Coaching;
using Xunit.Abstractions;

namespace IntimacyKit.Tests.Coaching;

/// <summary>
/// The message coach's figures on the sets of <c>Coaching/Sets</c> (see its README): precision and recall of "this
/// message has a finding" over all messages and recall within each family of blaming phrasing. Figures only: no
/// message is printed, so that no one tunes on the held-out set.
/// </summary>
/// <remarks>
/// The floors are the figures recorded in <c>docs/articles/coach-and-safety.md</c>, so a change that loses ground
/// fails here. The tuning sets' figures were tuned for and say little; the held-out set's say how the coach reads
/// messages it has never seen, and are below issue 12's targets (precision 0.95, recall 0.90, each family 0.80) on
/// recall.
/// </remarks>
public sealed class CoachHeldOutTests(ITestOutputHelper output)
{

    // coach-heldout-4, written on 2026-12-04 after issue 12's rules by a writer who never saw them, measured once at the
    // end of that session (figures only): precision 0.965, recall 0.598.
    private const double HeldOutPrecision = 0.96;
    private const double HeldOutRecall = 0.59;

    private static readonly string[] s_blamingFamilies =
        ["generalising", "character-attack", "sarcasm", "contempt-disgust", "rhetorical-question", "mind-reading",
         "blame-shifting", "ultimatum", "counter-blame", "innocent-victim", "stonewalling"];

    [Theory]
    [InlineData("coach-tuning-1.en")]
    [InlineData("coach-tuning-2.en")]
    [InlineData("coach-tuning-3.en")]
    [InlineData("coach-heldout-4.en")]
    public void Each_set_has_at_least_300_blaming_and_200_clean_messages_in_every_family(string name)
    {
        var set = Load(name);

        set.Count(m => m.Blaming).Should().BeGreaterThanOrEqualTo(300);
        set.Count(m => !m.Blaming).Should().BeGreaterThanOrEqualTo(200);
        set.Where(m => m.Blaming).Select(m => m.Family).Distinct().Should().BeEquivalentTo(s_blamingFamilies);
        set.Select(m => m.Text).Should().OnlyHaveUniqueItems();
    }

    // The tuning sets, each written as a held-out set and renamed once its figures had been seen while rules changed:
    // coach-tuning-1 (was coach-heldout-1: precision 0.891 then 0.904, recall 0.128 then 0.147 before issue 12),
    // coach-tuning-2 (was coach-heldout-3: 0.800 / 0.100, then tuned on) and coach-tuning-3 (was coach-heldout-2:
    // measured at the end of issue 12's work, 0.954 / 0.516, and again after the safety rules changed, so it is a
    // tuning set now). The floors are their recorded figures.
    [Theory]
    [InlineData("coach-tuning-1.en", 0.99, 0.94)]
    [InlineData("coach-tuning-2.en", 0.99, 0.94)]
    [InlineData("coach-tuning-3.en", 0.95, 0.51)]
    public void On_the_tuning_sets_the_coach_keeps_at_least_its_recorded_figures(string set, double minimumPrecision, double minimumRecall)
    {
        var (precision, recall) = Measure(set, "tuning set: its figures were seen");

        precision.Should().BeGreaterThanOrEqualTo(minimumPrecision);
        recall.Should().BeGreaterThanOrEqualTo(minimumRecall);
    }

    [Fact]
    public void On_the_held_out_set_the_coach_keeps_at_least_its_recorded_figures()
    {
        var (precision, recall) = Measure("coach-heldout-4.en", "held out: never read or tuned on");

        precision.Should().BeGreaterThanOrEqualTo(HeldOutPrecision);
        recall.Should().BeGreaterThanOrEqualTo(HeldOutRecall);
    }

    // Precision and recall of "the message has a finding", printed with the recall of each family; no message is printed.
    private (double Precision, double Recall) Measure(string name, string kind)
    {
        var set = Load(name);
        var flagged = set.Select(m => (Message: m, Flagged: MessageCoach.Default.Analyze(m.Text).HasFindings)).ToList();
        var truePositives = flagged.Count(f => f.Flagged && f.Message.Blaming);
        var precision = Ratio(truePositives, flagged.Count(f => f.Flagged));
        var recall = Ratio(truePositives, set.Count(m => m.Blaming));

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{name} ({kind}), {set.Count} messages");
        report.AppendLine(CultureInfo.InvariantCulture, $"  precision {precision:F3}, recall {recall:F3}");
        foreach (var family in s_blamingFamilies)
        {
            var members = flagged.Where(f => f.Message.Family == family).ToList();
            report.AppendLine(CultureInfo.InvariantCulture, $"  {family,-20} recall {Ratio(members.Count(f => f.Flagged), members.Count):F3} of {members.Count}");
        }

        output.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());
        return (precision, recall);
    }

    private static double Ratio(int count, int total) => total == 0 ? 1.0 : (double)count / total;

    private static List<SetMessage> Load(string name) =>
        [.. RepositoryFiles.ReadAllText("tests", "IntimacyKit.Tests", "Coaching", "Sets", name + ".jsonl")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<SetMessage>(line, JsonSerializerOptions.Web)
                ?? throw new InvalidDataException($"{name}: a line is null."))];

    private sealed record SetMessage(string Text, bool Blaming, string Horseman, string Family);
}
