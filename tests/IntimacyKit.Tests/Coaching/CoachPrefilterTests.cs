using CsCheck;
using IntimacyKit.Coaching;
using IntimacyKit.Safety;

namespace IntimacyKit.Tests.Coaching;

/// <summary>
/// The coach's trigger pre-filter must change nothing but speed: reading only the segments that hold a trigger word of
/// some rule gives the same findings, spans and rewrite as reading the whole text with every search. The safety screen
/// is bypassed (a clean result is passed in) so that texts describing danger are coached too and compared.
/// </summary>
public sealed class CoachPrefilterTests
{
    private static readonly SafetyResult s_clean = SafetyScreen.Default.Screen("");

    private static readonly string[] s_separators =
        [" ", "\n", ". ", "! ", "? ", "", "\n[09:14] Sam: ", "; ", ", ", " - ", "\"", "'", ": ", "...", " (", ") ", "\r\n", "!!! ", "\u2019"];

    public static TheoryData<string> Adversarial => new()
    {
        new string('a', 100_000),
        new string('A', 100_000),
        string.Concat(Enumerable.Repeat("youalwaysmakemefeel!", 5_000)),
        new string('!', 100_000),
        string.Concat(Enumerable.Repeat("you always ", 9_000)),
        string.Concat(Enumerable.Repeat("YOU NEVER LISTEN ", 6_000)),
        "\"" + new string('x', 100_000),
        string.Concat(Enumerable.Repeat("you.always:make?me\nfeel", 4_000)),
    };

    [Fact]
    public void Every_labelled_message_gets_the_same_report_with_and_without_the_prefilter()
    {
        foreach (var labelled in CoachQualityTests.LoadSet())
        {
            ShouldAgree(labelled.Text);
        }
    }

    [Fact]
    public void Long_generated_texts_get_the_same_report_with_and_without_the_prefilter()
    {
        var texts = CoachQualityTests.LoadSet().Select(m => m.Text).Concat(SafetyScreenTexts()).ToArray();
        var piece = Gen.Select(Gen.Int[0, texts.Length - 1], Gen.Int[0, s_separators.Length - 1], Gen.Int[0, 5], (t, s, shape) =>
            s_separators[s] + shape switch
            {
                0 => texts[t].ToUpperInvariant(),
                1 => texts[t].TrimEnd('.', '!', '?'),
                _ => texts[t],
            });
        var findings = 0;

        // Up to about 75,000 characters: longer than a block (TriggerPrefilter.BlockLength), so reading block by block is compared too.
        piece.Array[20, 1_500].Sample(pieces => findings += ShouldAgree(string.Concat(pieces)), iter: 60, threads: 1);

        findings.Should().BePositive("the generated texts hold the labelled blaming messages");
    }

    [Fact]
    public void Messages_that_straddle_a_block_boundary_get_the_same_report_with_and_without_the_prefilter()
    {
        var findings = 0;

        // Each blaming message is placed so that the boundary between the first two blocks falls at every one of its
        // characters in turn: a trigger found near the end of a block opens a segment that reaches into the next.
        foreach (var labelled in CoachQualityTests.LoadSet().Where(m => m.Expected.Count > 0).Take(8))
        {
            for (var cut = 0; cut <= labelled.Text.Length; cut++)
            {
                findings += ShouldAgree(new string('x', TriggerPrefilter.BlockLength - cut) + " " + labelled.Text + " Thanks.");
            }
        }

        findings.Should().BePositive("the blaming messages have findings wherever the boundary falls");
    }

    [Theory]
    [MemberData(nameof(Adversarial))]
    public void Adversarial_texts_get_the_same_report_with_and_without_the_prefilter(string text) => ShouldAgree(text);

    [Fact]
    public void A_message_already_screened_gets_the_report_of_analysing_it_alone()
    {
        var screen = new SafetyScreen(SafetyResources.Default);
        foreach (var message in new[] { "You always leave the dishes for me.", "You never listen! He said he'd kill me if I left.", "Thanks for dinner." })
        {
            var alone = MessageCoach.Default.Analyze(message);
            var screened = MessageCoach.Default.Analyze(message, screen.Screen(message));

            screened.Findings.Should().BeEquivalentTo(alone.Findings, o => o.WithStrictOrdering());
            screened.Rewrite.Should().BeEquivalentTo(alone.Rewrite);
            screened.Safety.Should().Be(alone.Safety);
        }
    }

    [Fact]
    public void A_safety_result_of_another_text_is_rejected()
    {
        var other = SafetyScreen.Default.Screen("Last night he hit me.");

        FluentActions.Invoking(() => MessageCoach.Default.Analyze("You always leave the dishes for me.", other))
            .Should().Throw<ArgumentException>().WithParameterName("safety").WithMessage("*violence-against-person*");
        FluentActions.Invoking(() => MessageCoach.Default.Analyze("x", null!)).Should().Throw<ArgumentNullException>();
    }

    private static IEnumerable<string> SafetyScreenTexts() =>
        RepositoryFiles.ReadAllText("tests", "IntimacyKit.Tests", "Safety", "safety-labelled.jsonl")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!);

    private static int ShouldAgree(string text)
    {
        var expected = MessageCoach.Default.Analyze(text, s_clean, prefilter: false);
        var actual = MessageCoach.Default.Analyze(text, s_clean, prefilter: true);

        actual.Findings.Should().BeEquivalentTo(expected.Findings, o => o.WithStrictOrdering(), text.Length < 200 ? text : $"a text of {text.Length} characters");
        actual.Rewrite.Should().BeEquivalentTo(expected.Rewrite);
        return expected.Findings.Length;
    }
}
