using CsCheck;
using IntimacyKit.Coaching;
using IntimacyKit.Safety;
using IntimacyKit.Text;

namespace IntimacyKit.Tests.Coaching;

/// <summary>
/// The coach runs on the text engine, whose trigger words must change nothing but speed: searching a sentence only for
/// the rules whose required words it holds gives the same findings, spans and rewrite as searching every sentence for
/// every rule. The safety screen is bypassed (a clean result is passed in) so that texts describing danger are coached
/// too and compared.
/// </summary>
public sealed class CoachTriggerTests
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
    public void Every_labelled_message_gets_the_same_report_with_and_without_trigger_words()
    {
        foreach (var labelled in CoachQualityTests.LoadSet())
        {
            ShouldAgree(labelled.Text);
        }
    }

    [Fact]
    public void Long_generated_texts_get_the_same_report_with_and_without_trigger_words()
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

        // Up to about 75,000 characters, with runs of more words than the engine reads as one sentence, so reading a long
        // sentence in overlapping parts is compared too.
        piece.Array[20, 1_500].Sample(pieces => findings += ShouldAgree(string.Concat(pieces)), iter: 60, threads: 1);

        findings.Should().BePositive("the generated texts hold the labelled blaming messages");
    }

    [Fact]
    public void Messages_that_straddle_the_cut_of_a_long_sentence_get_the_same_report_with_and_without_trigger_words()
    {
        var findings = 0;

        // A text with no end of sentence is read in parts of FrameMatcher.MaxSentenceTokens words that overlap; each
        // blaming message is placed so that the cut falls at every one of its words in turn.
        foreach (var labelled in CoachQualityTests.LoadSet().Where(m => m.Expected.Count > 0).Take(8))
        {
            var words = labelled.Text.Split(' ').Length;
            for (var cut = 0; cut <= words; cut++)
            {
                var text = string.Concat(Enumerable.Repeat("x ", FrameMatcher.MaxSentenceTokens - cut)) + labelled.Text.TrimEnd('.', '!', '?') + " thanks";
                findings += ShouldAgree(text);
            }
        }

        findings.Should().BePositive("the blaming messages have findings wherever the cut falls");
    }

    [Theory]
    [MemberData(nameof(Adversarial))]
    public void Adversarial_texts_get_the_same_report_with_and_without_trigger_words(string text) => ShouldAgree(text);

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
        var expected = MessageCoach.Default.Analyze(text, s_clean, useTriggers: false);
        var actual = MessageCoach.Default.Analyze(text, s_clean, useTriggers: true);

        actual.Findings.Should().BeEquivalentTo(expected.Findings, o => o.WithStrictOrdering(), text.Length < 200 ? text : $"a text of {text.Length} characters");
        actual.Rewrite.Should().BeEquivalentTo(expected.Rewrite);
        return expected.Findings.Length;
    }
}
