using System.Globalization;
using System.Text;
using IntimacyKit.Safety;
using Xunit.Abstractions;

namespace IntimacyKit.Tests.Safety;

/// <summary>
/// The quality figures of the safety screen on the project's labelled set: a confusion matrix by level, printed in
/// the test output, and the thresholds the screen must meet.
/// </summary>
public sealed class SafetyScreenQualityTests(ITestOutputHelper output)
{
    private static readonly SafetyLevel[] s_levels = [SafetyLevel.Urgent, SafetyLevel.Concern, SafetyLevel.None];

    [Fact]
    public void The_labelled_set_is_large_enough_and_covers_every_category()
    {
        var set = SafetyLabelledSet.All;

        set.Should().HaveCountGreaterThanOrEqualTo(120);
        set.Count(t => t.Level == SafetyLevel.Urgent).Should().BeGreaterThanOrEqualTo(40);
        set.Count(t => t.Level == SafetyLevel.Concern).Should().BeGreaterThanOrEqualTo(30);
        set.Count(t => t.Level == SafetyLevel.None).Should().BeGreaterThanOrEqualTo(50);
        set.SelectMany(t => t.Categories).Distinct().Should().BeEquivalentTo(Enum.GetValues<SafetyCategory>());
        set.Where(t => t.Level == SafetyLevel.None).Should().OnlyContain(t => t.Categories.Count == 0);
        set.Where(t => t.Level != SafetyLevel.None).Should().OnlyContain(t => t.Categories.Count > 0);
        set.Select(t => t.Text).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_urgent_text_is_urgent_concern_texts_are_caught_and_few_harmless_texts_are_flagged()
    {
        var results = SafetyLabelledSet.All.Select(t => (Labelled: t, Result: SafetyScreen.Default.Screen(t.Text))).ToList();
        var matrix = s_levels.ToDictionary(expected => expected, expected => s_levels.ToDictionary(actual => actual, actual =>
            results.Count(r => r.Labelled.Level == expected && r.Result.Level == actual)));

        var urgent = results.Where(r => r.Labelled.Level == SafetyLevel.Urgent).ToList();
        var concern = results.Where(r => r.Labelled.Level == SafetyLevel.Concern).ToList();
        var benign = results.Where(r => r.Labelled.Level == SafetyLevel.None).ToList();
        var urgentRecall = Ratio(urgent.Count(r => r.Result.Level == SafetyLevel.Urgent), urgent.Count);
        var concernRecall = Ratio(concern.Count(r => r.Result.Level >= SafetyLevel.Concern), concern.Count);
        var falseAlarms = Ratio(benign.Count(r => r.Result.Level > SafetyLevel.None), benign.Count);
        var categoryHits = Ratio(
            results.Count(r => r.Labelled.Categories.All(r.Result.Categories.Contains)),
            results.Count);

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Safety screen on {results.Count} labelled texts ({urgent.Count} urgent, {concern.Count} concern, {benign.Count} none)")
            .AppendLine("labelled \\ screened     urgent  concern     none")
            .AppendJoin(Environment.NewLine, s_levels.Select(expected => string.Create(CultureInfo.InvariantCulture,
                $"{expected,-20} {matrix[expected][SafetyLevel.Urgent],9} {matrix[expected][SafetyLevel.Concern],8} {matrix[expected][SafetyLevel.None],8}")))
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"recall on urgent (screened urgent):      {urgentRecall:F3}")
            .AppendLine(CultureInfo.InvariantCulture, $"recall on concern (screened >= concern): {concernRecall:F3}")
            .AppendLine(CultureInfo.InvariantCulture, $"false alarms on none (screened > none):  {falseAlarms:F3}")
            .AppendLine(CultureInfo.InvariantCulture, $"texts whose labelled categories were all found: {categoryHits:F3}");
        foreach (var (labelled, result) in results.Where(r => !Agrees(r.Labelled, r.Result)))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  labelled {labelled.Level}, screened {result.Level}: \"{labelled.Text}\" [{string.Join(", ", result.Findings.Select(f => f.RuleId))}]");
        }

        output.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());

        urgent.Where(r => r.Result.Level != SafetyLevel.Urgent).Select(r => r.Labelled.Text).Should().BeEmpty("every urgent text must be screened urgent");
        urgentRecall.Should().Be(1.0);
        concernRecall.Should().Be(1.0);
        falseAlarms.Should().BeLessThanOrEqualTo(0.01);
    }

    private static bool Agrees(LabelledText labelled, SafetyResult result) =>
        labelled.Level == SafetyLevel.None ? result.IsSafe : result.Level >= labelled.Level;

    private static double Ratio(int count, int total) => total == 0 ? 1.0 : (double)count / total;
}
