using IntimacyKit.Safety;

namespace IntimacyKit.Tests.Safety;

/// <summary>
/// Inputs written to make a matcher backtrack or blow up: long runs of one letter, long text without spaces, and a
/// megabyte of a phrase that almost matches. The engine reads words with an automaton over tokens, in time linear in
/// the length of the text; how fast is measured by <c>SafetyScreenBenchmarks</c> (docs/benchmarks.md), not here.
/// </summary>
public sealed class SafetyAdversarialTests
{
    public static TheoryData<string, int> Inputs => new()
    {
        { "100 KB of one letter", 100_000 },
        { "100 KB without spaces", 100_000 },
        { "1 MB of 'he hit ' repeated", 1_000_000 },
        { "100 KB of apostrophes and letters", 100_000 },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Adversarial_input_is_screened_and_every_span_is_the_text_it_names(string name, int length)
    {
        var text = Make(name, length);
        SafetyScreen.Default.Screen("warm up: he hit me");

        var result = SafetyScreen.Default.Screen(text);

        result.Findings.Should().BeInAscendingOrder(f => f.Start, because: name);
        foreach (var finding in result.Findings)
        {
            finding.Text.Should().Be(text.Substring(finding.Start, finding.Length));
        }
    }

    [Fact]
    public void A_repeated_phrase_that_never_names_a_victim_is_not_flagged()
    {
        SafetyScreen.Default.Screen(Make("1 MB of 'he hit ' repeated", 1_000_000)).IsSafe.Should().BeTrue();
    }

    [Fact]
    public void Every_repetition_of_a_dangerous_phrase_is_found()
    {
        var text = Make("'he hit me ' repeated", 100_000);

        var findings = SafetyScreen.Default.Screen(text).Findings;

        findings.Should().HaveCount(10_000).And.OnlyContain(f => f.Text == "hit me" && f.RuleId == "violence-against-person");
    }

    private static string Make(string name, int length)
    {
        var unit = name switch
        {
            "100 KB of one letter" => "a",
            "100 KB without spaces" => "hehitmechokedmekillmyselfknife",
            "1 MB of 'he hit ' repeated" => "he hit ",
            "'he hit me ' repeated" => "he hit me ",
            _ => "'a",
        };
        return string.Concat(Enumerable.Repeat(unit, (length + unit.Length - 1) / unit.Length))[..length];
    }
}
