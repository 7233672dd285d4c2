using System.Text;
using CsCheck;
using IntimacyKit.Safety;

namespace IntimacyKit.Tests.Safety;

/// <summary>
/// The trigger pre-filter must change nothing but speed: the screen's normal path (find trigger words, read only the
/// segments that hold them) and its reference path (every expression over the whole text) give the same findings, with
/// the same spans, on the labelled set, on long generated texts and on adversarial input.
/// </summary>
public sealed class SafetyPrefilterTests
{
    // Pieces the generated texts are made of: every labelled text, and separators that put them in chat lines,
    // sentences, quotes and runs without spaces.
    private static readonly string[] s_separators =
        [" ", "\n", ". ", "! ", "? ", "", "\n[09:14] Sam: ", "; ", ", ", " - ", "\"", "'", ": ", "...", " (", ") ", "\r\n", "\t", "?!"];

    public static TheoryData<string> Adversarial => new()
    {
        new string('a', 100_000),
        string.Concat(Enumerable.Repeat("hehitmechokedmekillmyselfknife", 3_400)),
        string.Concat(Enumerable.Repeat("he hit ", 15_000)),
        string.Concat(Enumerable.Repeat("he hit me ", 10_000)),
        string.Concat(Enumerable.Repeat("'a", 50_000)),
        string.Concat(Enumerable.Repeat("hit.me!kill?you:gun[", 5_000)),
    };

    [Fact]
    public void Every_labelled_text_gets_the_same_findings_with_and_without_the_prefilter()
    {
        var rules = SafetyRuleSet.English;

        foreach (var labelled in SafetyLabelledSet.All)
        {
            rules.Find(labelled.Text, prefilter: true).Should().Equal(rules.Find(labelled.Text, prefilter: false), because: labelled.Text);
        }
    }

    [Fact]
    public void Long_generated_texts_get_the_same_findings_with_and_without_the_prefilter()
    {
        var rules = SafetyRuleSet.English;
        var texts = SafetyLabelledSet.All.Select(t => t.Text).ToArray();
        var piece = Gen.Select(Gen.Int[0, texts.Length - 1], Gen.Int[0, s_separators.Length - 1], Gen.Bool, (t, s, upper) =>
            s_separators[s] + (upper ? texts[t].ToUpperInvariant() : texts[t]));
        var compared = 0;

        // Up to about 75,000 characters: longer than a block (TriggerPrefilter.BlockLength), so reading block by block is compared too.
        piece.Array[20, 1_500].Sample(pieces =>
        {
            var text = string.Concat(pieces);
            var expected = rules.Find(text, prefilter: false);
            rules.Find(text, prefilter: true).Should().Equal(expected);
            compared += expected.Count;
        }, iter: 60, threads: 1);

        compared.Should().BePositive("the generated texts hold the labelled urgent and concern texts");
    }

    [Fact]
    public void Texts_that_straddle_a_block_boundary_get_the_same_findings_with_and_without_the_prefilter()
    {
        var rules = SafetyRuleSet.English;
        var compared = 0;

        // Each flagged text is placed so that the boundary between the first two blocks falls at every one of its
        // characters in turn: a trigger found near the end of a block opens a segment that reaches into the next.
        foreach (var labelled in SafetyLabelledSet.All.Where(t => t.Level != SafetyLevel.None).Take(12))
        {
            for (var cut = 0; cut <= labelled.Text.Length; cut++)
            {
                var text = new string('x', TriggerPrefilter.BlockLength - cut) + " " + labelled.Text + " and then.";
                var expected = rules.Find(text, prefilter: false);
                rules.Find(text, prefilter: true).Should().Equal(expected, because: $"the boundary falls {cut} characters into \"{labelled.Text}\"");
                compared += expected.Count;
            }
        }

        compared.Should().BePositive("the flagged labelled texts have findings wherever the boundary falls");
    }

    [Theory]
    [MemberData(nameof(Adversarial))]
    public void Adversarial_texts_get_the_same_findings_with_and_without_the_prefilter(string text)
    {
        var rules = SafetyRuleSet.English;

        rules.Find(text, prefilter: true).Should().Equal(rules.Find(text, prefilter: false));
    }

    [Fact]
    public void The_whole_benchmark_style_history_gets_the_same_findings()
    {
        var rules = SafetyRuleSet.English;
        var builder = new StringBuilder();
        var minute = 0;
        foreach (var labelled in SafetyLabelledSet.All.Concat(SafetyLabelledSet.All.Reverse()))
        {
            builder.Append('[').Append(minute / 60 % 24).Append(':').Append(minute % 60).Append("] Alex: ").Append(labelled.Text).Append('\n');
            minute += 3;
        }

        var text = builder.ToString();
        var expected = rules.Find(text, prefilter: false);

        expected.Should().NotBeEmpty();
        rules.Find(text, prefilter: true).Should().Equal(expected);
    }

    [Theory]
    [InlineData("He said he would \u212Aill me.")]
    [InlineData("He \u017Fhoved me against the wall.")]
    [InlineData("HE HIT ME \u0130N THE FACE. He hit me.")]
    public void Letters_that_only_the_expressions_fold_to_ascii_get_the_same_findings(string text)
    {
        // The Kelvin sign is a 'k' to the expressions ignoring case but not to an ordinal comparison: such a text is
        // read whole.
        var rules = SafetyRuleSet.English;

        rules.Find(text, prefilter: true).Should().Equal(rules.Find(text, prefilter: false));
    }

    [Fact]
    public void An_end_of_text_anchor_sees_the_same_text_in_a_segment()
    {
        // '$' must not match at the end of a segment that is not the end of the text.
        var document = SafetyRuleSetTests.Document(("anchored", @"\bhit\s+me$"));
        var rules = SafetyRuleSet.Compile(document);

        foreach (var text in new[] { "he hit me", "he hit me: then left", "he hit me\n", "he hit me? no. he hit me" })
        {
            rules.Find(text, prefilter: true).Should().Equal(rules.Find(text, prefilter: false), because: text);
        }

        rules.Find("he hit me: then left").Should().BeEmpty();
        rules.Find("he hit me? no. he hit me").Should().ContainSingle().Which.Start.Should().Be(18);
    }

    [Fact]
    public void A_rule_without_a_trigger_word_is_rejected_with_its_id()
    {
        var document = SafetyRuleSetTests.Document(("has-trigger", @"\bhit\s+me\b"), ("no-trigger", @"\b[a-z]{2,}\s+me\b"));

        FluentActions.Invoking(() => SafetyRuleSet.Compile(document))
            .Should().Throw<InvalidDataException>().WithMessage("*'no-trigger'*trigger*");
    }

    [Theory]
    [InlineData(@"\b(?:hit|hits|hitting)\s+(?:me|us)\b", "hit")]
    [InlineData(@"\bchok(?:e|ed|es|ing)\s+me", "choke|choking")]
    [InlineData(@"\bhead-?butt(?:s|ed)?\b", "headbutt|head-butt")]
    [InlineData(@"(?:\b[\w']+\s+)?\b(?:kill|murder)\s+(?:you|him)\b|\bdeath\s+threats?\b", "kill|murder|threat")]
    [InlineData(@"\bthrew\s+(?:a|the)\s+(?:plate|glass)", "threw")]
    public void Triggers_are_derived_from_the_pattern(string pattern, string expected)
    {
        PatternTriggers.Analyze(pattern).Triggers.Should().BeEquivalentTo(expected.Split('|'));
    }

    [Theory]
    [InlineData(@"\b[A-Z]{2,}\b")]
    [InlineData(@"\b(?:me|us)\b")]
    [InlineData(@"(?:kill)?\s+me")]
    public void A_pattern_without_a_required_word_of_three_letters_gives_no_trigger(string pattern)
    {
        PatternTriggers.Analyze(pattern).Triggers.Should().BeNull();
    }

    [Fact]
    public void Only_characters_no_match_can_hold_are_stop_characters()
    {
        var matchable = PatternTriggers.Analyze(@"\bhit\s+me[^.!?\n]{0,4}(?:[,;]|\s*$)").Matchable;

        matchable['\n'].Should().BeTrue("\\s matches it");
        matchable[','].Should().BeTrue();
        matchable['%'].Should().BeTrue("a negated class matches it");
        matchable['.'].Should().BeFalse();
        matchable['?'].Should().BeFalse();
        PatternTriggers.Analyze(@"\bhit\s+me").Matchable[':'].Should().BeFalse();
    }
}
