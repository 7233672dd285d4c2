using IntimacyKit.Text;

namespace IntimacyKit.Tests.Text;

/// <summary>
/// The readers' layer over the engine (the coach and the apology review run on it): quoted text, sentence and clause
/// bounds, words written in capitals, stacked punctuation, and the exceptions that look at where a match stands.
/// </summary>
public sealed class TextRuleSetTests
{
    private static readonly LexiconDocument s_english = Lexicons.Get("en");

    private static readonly Dictionary<string, WordClassDocument> s_classes = new()
    {
        ["acronyms"] = new WordClassDocument { Words = ["tv", "asap", "gp", "ok"] },
    };

    [Theory]
    [InlineData("She said \"you always\" and left.", "\"you always\"")]
    [InlineData("She said \u201Cyou always\u201D and left.", "\u201Cyou always\u201D")]
    [InlineData("He wrote 'you never listen' to me.", "'you never listen'")]
    [InlineData("He wrote \u2018you never listen\u2019 to me.", "\u2018you never listen\u2019")]
    public void Quoted_passages_are_found_with_straight_and_curly_marks(string text, string quoted)
    {
        var range = TextRegions.QuotedRanges(text).Should().ContainSingle().Subject;

        text[range.Start..(range.End + 1)].Should().Be(quoted);
    }

    [Theory]
    [InlineData("I don't know.")]
    [InlineData("The kids' room is a mess.")]
    [InlineData("It\u2019s fine, isn\u2019t it?")]
    public void Apostrophes_inside_and_after_words_are_not_quotes(string text) =>
        TextRegions.QuotedRanges(text).Should().BeEmpty();

    [Fact]
    public void Sentences_end_where_the_engine_ends_them()
    {
        const string Text = "One. Two! Three? Four\u2026 Five\nSix";

        var starts = TextRegions.SentenceStarts(Text);

        starts.Select(s => Text[s..].TrimStart().Split(' ', '.', '!', '?', '\u2026', '\n')[0]).Distinct().Should().Equal("One", "Two", "Three", "Four", "Five", "Six");
        TextRegions.SentenceEnd(starts, Text.Length, Text.IndexOf("Two", StringComparison.Ordinal)).Should().Be(Text.IndexOf(" Three", StringComparison.Ordinal));
        TextRegions.SentenceOf(starts, Text.IndexOf("Six", StringComparison.Ordinal)).Should().Be(Text.IndexOf("Six", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I SAID NO.", "SAID NO")]
    [InlineData("WHY DIDN'T YOU CALL ME", "WHY DIDN'T YOU CALL ME")]
    [InlineData("This is NOT OKAY.", "NOT OKAY")]
    [InlineData("YOU ARE A LIAR", "YOU ARE A LIAR")]
    [InlineData("STOP. TEXTING. HIM.", "STOP|TEXTING|HIM")]
    [InlineData("I love you", "")]
    [InlineData("Call the GP, ASAP", "GP, ASAP")]
    [InlineData("A B C", "")]
    [InlineData("4PM", "")]
    public void Runs_of_words_in_capitals_are_found(string text, string runs)
    {
        var found = TextRuleSet.CapitalRuns(text).Select(r => text[r.Start..r.End]);

        string.Join('|', found).Should().Be(runs);
    }

    [Theory]
    [InlineData("Why would you do that!!!", "!!!")]
    [InlineData("Really?!", "?!")]
    [InlineData("No! ! !", "! ! !")]
    [InlineData("What??!!", "??!!")]
    [InlineData("Stop!! Please.", "")]
    [InlineData("Why???", "")]
    public void Stacked_punctuation_is_found(string text, string runs)
    {
        var found = TextRuleSet.StackedMarks(text).Select(r => text[r.Start..r.End]);

        string.Join('|', found).Should().Be(runs);
    }

    [Theory]
    [InlineData("You always forget.", true)]
    [InlineData("Why do you always forget?", true)]
    [InlineData("Do you always forget?", false)]
    [InlineData("So, do you always forget?", true)]
    [InlineData("She said \"you always forget\".", false)]
    public void An_opening_exception_holds_all_the_words_before_the_match_and_quoted_matches_are_skipped(string text, bool found)
    {
        var rules = Compile(new TextRule("$.rules[0]") { Frames = ["you always"], UnlessOpening = ["do | did | have"] });

        Find(rules, text).Should().HaveCount(found ? 1 : 0, text);
    }

    [Theory]
    [InlineData("You shouldn't have!", false)]
    [InlineData("You shouldn't have, really.", false)]
    [InlineData("You shouldn't have said that.", true)]
    [InlineData("You should call.", true)]
    public void A_closing_exception_starts_at_the_match_and_ends_its_clause(string text, bool found)
    {
        var rules = Compile(new TextRule("$.rules[0]") { Frames = ["you ( should | should not )"], UnlessClosing = ["you should not have"] });

        Find(rules, text).Should().HaveCount(found ? 1 : 0, text);
    }

    [Theory]
    [InlineData("Grow up.", true)]
    [InlineData("Fine, grow up.", true)]
    [InlineData("When you grow up you will see.", false)]
    public void An_opening_rule_matches_only_at_the_start_of_a_sentence_or_clause(string text, bool found)
    {
        var rules = Compile(new TextRule("$.rules[0]") { Frames = ["grow up"], Opening = true });

        Find(rules, text).Should().HaveCount(found ? 1 : 0, text);
    }

    [Theory]
    [InlineData("I'll change.", true)]
    [InlineData("I'll change, I promise.", true)]
    [InlineData("I'll change the sheets.", false)]
    public void A_closing_rule_matches_only_at_the_end_of_a_clause(string text, bool found)
    {
        var rules = Compile(new TextRule("$.rules[0]") { Frames = ["i will change"], Closing = true });

        Find(rules, text).Should().HaveCount(found ? 1 : 0, text);
    }

    [Theory]
    [InlineData("YOU NEVER LISTEN", "YOU NEVER LISTEN")]
    [InlineData("STOP", "STOP")]
    [InlineData("NO", "")]
    [InlineData("Call the GP ASAP", "")]
    [InlineData("I LOVE YOU SO MUCH", "")]
    [InlineData("STOP IT. I love you.", "STOP IT")]
    public void A_capitals_rule_needs_enough_letters_more_than_acronyms_and_its_exceptions_after_it_in_its_sentence(string text, string found)
    {
        var rules = Compile(new TextRule("$.rules[0]") { Form = TextRuleForm.Capitals, MinLetters = 4, Acronyms = "acronyms", Unless = ["love"] });

        string.Join('|', Find(rules, text)).Should().Be(found);
    }

    [Theory]
    [InlineData("Why would you do that!!!", "!!!")]
    [InlineData("I love you!!!", "")]
    [InlineData("I love you. Why!!!", "!!!")]
    public void A_stacked_marks_rule_is_excused_by_words_before_it_in_its_sentence(string text, string found)
    {
        var rules = Compile(new TextRule("$.rules[0]") { Form = TextRuleForm.StackedMarks, UnlessBefore = ["love"] });

        string.Join('|', Find(rules, text)).Should().Be(found);
    }

    [Fact]
    public void A_broken_exception_frame_is_reported_at_its_own_path()
    {
        var act = () => Compile(new TextRule("$.rules[0]") { Frames = ["you always"], UnlessOpening = ["do", "@nope"] });

        act.Should().Throw<FrameException>().Which.Path.Should().Be("$.rules[0].unlessOpening[1]");
    }

    [Fact]
    public void A_written_rule_has_no_frames_and_acronyms_belong_to_capitals()
    {
        FluentActions.Invoking(() => Compile(new TextRule("$.rules[0]") { Form = TextRuleForm.StackedMarks, Frames = ["you"] }))
            .Should().Throw<FrameException>().Which.Path.Should().Be("$.rules[0].frames");
        FluentActions.Invoking(() => Compile(new TextRule("$.rules[0]") { Frames = ["you"], Acronyms = "acronyms" }))
            .Should().Throw<FrameException>().Which.Path.Should().Be("$.rules[0].acronyms");
        FluentActions.Invoking(() => Compile(new TextRule("$.rules[0]") { Form = TextRuleForm.Capitals, Acronyms = "nope" }))
            .Should().Throw<FrameException>().Which.Path.Should().Be("$.rules[0].acronyms");
    }

    private static TextRuleSet Compile(params TextRule[] rules) => TextRuleSet.Compile(s_english, s_classes, null, rules);

    private static List<string> Find(TextRuleSet rules, string text)
    {
        var found = new List<(int Rule, int Start, int Length)>();
        rules.Find(text, found);
        return found.ConvertAll(f => text.Substring(f.Start, f.Length));
    }
}
