using IntimacyKit.Safety;
using Xunit.Abstractions;

namespace IntimacyKit.Tests.Safety;

/// <summary>
/// The safety screen's figures on the sets of <c>Safety/Sets</c> (see its README): the tuning sets, read and tuned on,
/// with their misses listed; the held-out set, never tuned on, as figures only, so that no one tunes on its sentences.
/// </summary>
/// <remarks>
/// The floors are the figures recorded in <c>docs/articles/coach-and-safety.md</c>, so that a change that loses ground
/// fails here. tuning-3, tuning-4 and tuning-5 were written and first measured as held-out sets (heldout-2, heldout-3,
/// heldout-4); their figures were seen while rules changed, so they are tuning sets now, as are tuning-6 to tuning-8,
/// each measured once fresh and then tuned on, and tuning-9 and tuning-10 (heldout-5 and heldout-6, never read but
/// measured after several changes). The held-out floors are below the targets (urgent 0.98, concern
/// 0.95, false alarms 3%).
/// </remarks>
public sealed class SafetyHeldOutTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("tuning-1.en", 0.99, 0.99, 0.01)]
    [InlineData("tuning-2.en", 0.96, 0.98, 0.01)]
    [InlineData("tuning-3.en", 0.98, 0.97, 0.01)]
    [InlineData("tuning-4.en", 0.94, 0.97, 0.01)]
    [InlineData("tuning-5.en", 0.90, 0.94, 0.01)]
    [InlineData("tuning-6.en", 0.91, 0.84, 0.01)]
    [InlineData("tuning-7.en", 0.89, 0.84, 0.01)]
    [InlineData("tuning-8.en", 0.98, 0.94, 0.01)]
    [InlineData("tuning-9.en", 0.78, 0.60, 0.04)]
    [InlineData("tuning-10.en", 0.75, 0.66, 0.05)]
    public void On_the_tuning_sets_the_screen_keeps_at_least_its_recorded_figures(string set, double urgent, double concern, double falseAlarms)
    {
        var figures = SafetySets.Measure(SafetyScreen.Default, SafetySets.Load(set), $"{set} (tuning set: tuned on)", listMisses: true);
        Print(figures.Report);

        figures.UrgentRecall.Should().BeGreaterThanOrEqualTo(urgent);
        figures.ConcernRecall.Should().BeGreaterThanOrEqualTo(concern);
        figures.FalseAlarms.Should().BeLessThanOrEqualTo(falseAlarms);
    }

    // heldout-7, written during the tuning on tuning-8 by a writer who never saw the rules, never read, measured once at
    // the end of that tuning: urgent 0.846, concern 0.698, false alarms 5.1%. (tuning-9 and tuning-10 were written as
    // heldout-5 and heldout-6, never read, but measured after several rule changes, so they count as tuning sets.)
    [Theory]
    [InlineData("heldout-7.en", 0.84, 0.69, 0.06)]
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
    [InlineData("tuning-3.en")]
    [InlineData("tuning-4.en")]
    [InlineData("tuning-5.en")]
    [InlineData("tuning-6.en")]
    [InlineData("tuning-7.en")]
    [InlineData("tuning-9.en")]
    [InlineData("tuning-10.en")]
    [InlineData("heldout-7.en")]
    public void Every_set_has_at_least_400_danger_and_150_everyday_sentences_each_once_with_a_kind(string set)
    {
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
