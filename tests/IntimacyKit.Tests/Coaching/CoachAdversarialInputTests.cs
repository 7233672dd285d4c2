using System.Diagnostics;
using IntimacyKit.Coaching;
using Xunit.Abstractions;

namespace IntimacyKit.Tests.Coaching;

/// <summary>
/// Hostile input finishes quickly: the coach's expressions are non-backtracking, so time grows linearly with the text.
/// The 2-second bound is a safety net, not a benchmark.
/// </summary>
public sealed class CoachAdversarialInputTests(ITestOutputHelper output)
{
    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(2);

    public static TheoryData<string, string> Inputs => new()
    {
        { "100 KB of the same lower-case letter", new string('a', 100_000) },
        { "100 KB of the same capital letter", new string('A', 100_000) },
        { "100 KB without spaces", string.Concat(Enumerable.Repeat("youalwaysmakemefeel!", 5_000)) },
        { "100 KB of exclamation marks", new string('!', 100_000) },
        { "100 KB of \"you always \" (a finding every 11 characters)", string.Concat(Enumerable.Repeat("you always ", 100_000 / 11)) },
        { "100 KB of shouting", string.Concat(Enumerable.Repeat("YOU NEVER LISTEN ", 100_000 / 17)) },
        { "100 KB of one open quote", "\"" + new string('x', 100_000) },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Adversarial_input_is_analysed_well_under_a_second(string name, string message)
    {
        MessageCoach.Default.Analyze("warm up");

        var watch = Stopwatch.StartNew();
        var report = MessageCoach.Default.Analyze(message);
        watch.Stop();

        output.WriteLine($"{name}: {message.Length:N0} characters, {report.Findings.Length:N0} findings, {watch.Elapsed.TotalMilliseconds:N0} ms");
        watch.Elapsed.Should().BeLessThan(s_bound);
        report.Findings.Where(f => f.Start < 0 || f.Start + f.Length > message.Length || f.Text != message.Substring(f.Start, f.Length)).Should().BeEmpty();
    }

    [Fact]
    public void A_long_run_of_you_always_yields_one_finding_per_repetition_with_exact_spans()
    {
        var message = string.Concat(Enumerable.Repeat("you always ", 100_000 / 11));

        var report = MessageCoach.Default.Analyze(message);

        report.Findings.Should().HaveCount(100_000 / 11);
        report.Findings.Should().OnlyContain(f => f.Text == "you always" && f.Start % 11 == 0);
        report.Rewrite!.Text.Should().StartWith("I feel ");
    }
}
