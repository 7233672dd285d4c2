using System.Globalization;
using System.Text;
using System.Text.Json;
using IntimacyKit.Repair;
using Xunit.Abstractions;

namespace IntimacyKit.Tests.Repair;

/// <summary>
/// The apology review's quality on two labelled sets of apologies written for this project: <c>apology-labelled.jsonl</c>,
/// which the rules were tuned on, and <c>apology-heldout.jsonl</c>, written at the same time but never used to tune the
/// rules (so its figures are the fairer estimate). Each apology is labelled with the steps it holds, whether its change is
/// vague, and whether it is a non-apology. Per label, the figures are printed.
/// </summary>
public sealed class ApologyQualityTests(ITestOutputHelper output)
{
    private const double TuningFloor = 0.9;
    private const double HeldOutFloor = 0.8;

    internal static IReadOnlyList<LabelledApology> LoadSet(string file) =>
        [.. RepositoryFiles.ReadAllText("tests", "IntimacyKit.Tests", "Repair", file)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                return new LabelledApology(
                    root.GetProperty("text").GetString()!,
                    [.. root.GetProperty("steps").EnumerateArray().Select(e => StepOf(e.GetString()!))],
                    root.GetProperty("vague").GetBoolean(),
                    root.GetProperty("nonApology").GetBoolean());
            })];

    private static string NameOf(RepairStep step) => JsonNamingPolicy.KebabCaseLower.ConvertName(step.ToString());

    private static RepairStep StepOf(string name) => RepairChecklist.Steps.Single(s => NameOf(s) == name);

    [Fact]
    public void The_tuning_set_has_at_least_60_apologies_with_every_step_missing_somewhere_and_every_non_apology_form()
    {
        var set = LoadSet("apology-labelled.jsonl");

        set.Should().HaveCountGreaterThanOrEqualTo(60);
        set.Select(a => a.Text).Concat(LoadSet("apology-heldout.jsonl").Select(a => a.Text)).Should().OnlyHaveUniqueItems();
        set.Count(a => a.Steps.Count == 5 && !a.Vague && !a.NonApology).Should().BeGreaterThanOrEqualTo(8, "good apologies should be well represented");
        foreach (var step in RepairChecklist.Steps)
        {
            set.Count(a => !a.NonApology && !a.Steps.Contains(step)).Should().BeGreaterThanOrEqualTo(5, $"{NameOf(step)} should be missing in several apologies");
        }

        set.Count(a => a.Vague).Should().BeGreaterThanOrEqualTo(10);
        set.Count(a => a.Steps.Contains(RepairStep.StateChange) && !a.Vague).Should().BeGreaterThanOrEqualTo(10, "concrete changes should be well represented");
        set.Count(a => a.NonApology).Should().BeGreaterThanOrEqualTo(10);
        foreach (var form in new[] { "sorry if", "sorry you feel", "but you", "mistakes were made" })
        {
            set.Should().Contain(a => a.NonApology && a.Text.Contains(form, StringComparison.OrdinalIgnoreCase), $"the non-apology form \"{form}\" should be in the set");
        }
    }

    [Fact]
    public void On_the_tuning_set_every_label_is_right_for_at_least_nine_in_ten_apologies()
    {
        var figures = Evaluate("apology-labelled.jsonl", "tuning set (the rules were tuned on it)");

        figures.Should().AllSatisfy(f => f.Value.Accuracy.Should().BeGreaterThanOrEqualTo(TuningFloor, f.Key));
    }

    [Fact]
    public void On_the_held_out_set_every_label_is_right_for_at_least_eight_in_ten_apologies()
    {
        var figures = Evaluate("apology-heldout.jsonl", "held-out set (never used for tuning)");

        figures.Should().AllSatisfy(f => f.Value.Accuracy.Should().BeGreaterThanOrEqualTo(HeldOutFloor, f.Key));
    }

    private Dictionary<string, Confusion> Evaluate(string file, string description)
    {
        var set = LoadSet(file);
        var figures = RepairChecklist.Steps.ToDictionary(s => "step " + NameOf(s), _ => new Confusion());
        figures["vague change"] = new Confusion();
        figures["non-apology"] = new Confusion();
        var exact = 0;
        var mistakes = new List<string>();
        foreach (var apology in set)
        {
            var review = ApologyReviewer.Default.Review(apology.Text);
            review.Safety.Should().BeNull($"no labelled apology should trip the safety screen: {apology.Text}");
            var found = review.Steps.Select(s => s.Step).ToHashSet();
            foreach (var step in RepairChecklist.Steps)
            {
                figures["step " + NameOf(step)].Add(apology.Steps.Contains(step), found.Contains(step));
            }

            figures["vague change"].Add(apology.Vague, review.HasVagueChange);
            figures["non-apology"].Add(apology.NonApology, review.IsNonApology);
            if (found.SetEquals(apology.Steps) && review.HasVagueChange == apology.Vague && review.IsNonApology == apology.NonApology)
            {
                exact++;
            }
            else
            {
                mistakes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"  expected [{string.Join(", ", apology.Steps.Select(NameOf))}]{(apology.Vague ? " vague" : "")}{(apology.NonApology ? " non-apology" : "")}; found [{string.Join(", ", found.Order().Select(NameOf))}]{(review.HasVagueChange ? " vague" : "")}{(review.IsNonApology ? " non-apology" : "")}: {apology.Text}"));
            }
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Apology review on the {description}: {set.Count} apologies, {set.Count(a => a.NonApology)} non-apologies, {set.Count(a => a.Vague)} with a vague change");
        report.AppendLine(CultureInfo.InvariantCulture, $"{"label",-28} {"TP",4} {"FP",4} {"FN",4} {"TN",4}  accuracy  precision  recall");
        foreach (var (label, confusion) in figures)
        {
            report.AppendLine(confusion.Row(label, 28, withAccuracy: true));
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"All labels right: {exact} of {set.Count} ({(double)exact / set.Count:0.000})");
        mistakes.ForEach(m => report.AppendLine(m));
        output.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());
        return figures;
    }

    internal sealed record LabelledApology(string Text, HashSet<RepairStep> Steps, bool Vague, bool NonApology);
}
