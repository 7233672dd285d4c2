using IntimacyKit.Safety;
using Xunit.Abstractions;

namespace IntimacyKit.Tests.Safety;

/// <summary>
/// The safety screen's figures on the sets of <c>Safety/Sets</c> (see its README): the tuning sets, read and tuned on,
/// with their misses listed; the held-out set, never tuned on, as figures only, so that no one tunes on its sentences.
/// </summary>
/// <remarks>
/// The held-out floors are the figures recorded in <c>docs/articles/coach-and-safety.md</c> (heldout-3 first measured
/// on 2026-12-04, when it was added), so that a change that loses ground on sentences no one tuned on fails here. They are below the targets (urgent 0.98, concern
/// 0.95, false alarms 3%), which the screen does not yet reach on held-out sentences.
/// </remarks>
public sealed class SafetyHeldOutTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("tuning-1.en")]
    [InlineData("tuning-2.en")]
    public void On_the_tuning_sets_urgent_danger_is_urgent_concern_is_flagged_and_everyday_speech_is_left_alone(string set)
    {
        var figures = SafetySets.Measure(SafetyScreen.Default, SafetySets.Load(set), $"{set} (tuning set: tuned on)", listMisses: true);
        Print(figures.Report);

        figures.UrgentRecall.Should().BeGreaterThanOrEqualTo(0.94);
        figures.ConcernRecall.Should().BeGreaterThanOrEqualTo(0.95);
        figures.FalseAlarms.Should().BeLessThanOrEqualTo(0.01);
    }

    [Theory]
    [InlineData("heldout-2.en", 0.80, 0.73, 0.04)]
    [InlineData("heldout-3.en", 0.71, 0.68, 0.08)]
    public void On_the_held_out_sets_the_screen_keeps_at_least_its_recorded_figures(string set, double urgent, double concern, double falseAlarms)
    {
        var figures = SafetySets.Measure(SafetyScreen.Default, SafetySets.Load(set), $"{set} (held out: never read or tuned on)", listMisses: false);
        Print(figures.Report);

        figures.UrgentRecall.Should().BeGreaterThanOrEqualTo(urgent);
        figures.ConcernRecall.Should().BeGreaterThanOrEqualTo(concern);
        figures.FalseAlarms.Should().BeLessThanOrEqualTo(falseAlarms);
    }

    [Theory]
    [InlineData("tuning-1.en")]
    [InlineData("tuning-2.en")]
    [InlineData("heldout-2.en")]
    [InlineData("heldout-3.en")]
    [InlineData("heldout-4.en")]
    public void Every_set_has_at_least_400_danger_and_150_everyday_sentences_each_once_with_a_kind(string set)
    {
        // Only the set's shape: the reserve set heldout-4 is not screened until it becomes the held-out set.
        var sentences = SafetySets.Load(set);

        sentences.Count(s => s.Level != SafetyLevel.None).Should().BeGreaterThanOrEqualTo(400);
        sentences.Count(s => s.Level == SafetyLevel.None).Should().BeGreaterThanOrEqualTo(150);
        sentences.Select(s => s.Text).Should().OnlyHaveUniqueItems();
        sentences.Should().OnlyContain(s => !string.IsNullOrWhiteSpace(s.Kind) && (s.Level == SafetyLevel.None) == (s.Categories.Count == 0));
    }

    private void Print(string report)
    {
        output.WriteLine(report);
        Console.WriteLine(report);
    }
}
