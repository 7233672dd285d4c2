using IntimacyKit.Text;

namespace IntimacyKit.Tests.Text;

/// <summary>
/// The text engine: how a text becomes words (case, apostrophes, contractions, repeated letters), how word classes
/// are inflected, what frames match, how exceptions excuse a match, and how a broken frame is reported.
/// </summary>
public sealed class FrameMatcherTests
{
    private static readonly LexiconDocument s_english = Lexicons.Get("en");

    private static readonly Dictionary<string, WordClassDocument> s_classes = new()
    {
        ["violent"] = new WordClassDocument { Inflect = "verb", Words = ["hit", "slap", "beat", "drag", "bite", "beat up"] },
        ["weapon"] = new WordClassDocument { Inflect = "noun", Words = ["knife", "baseball bat"] },
    };

    [Theory]
    [InlineData("He WON’T stop", "he will not stop")]
    [InlineData("hes hitting me", "he is hitting me")]
    [InlineData("she'll find out", "she will find out")]
    [InlineData("Mum's going", "mum 's going")]
    [InlineData("hiiiit meeee", "hit me")]
    [InlineData("stooop", "stop")]
    [InlineData("I'm not, ok", "i am not , ok")]
    public void A_text_is_read_as_lower_case_words_with_contractions_expanded_and_repeated_letters_collapsed(string text, string words)
    {
        var matcher = Compile(["stop", "@violent me"]);

        string.Join(' ', matcher.Normalise(text).Where(w => w != "|").Select(w => w.TrimStart('?'))).Should().Be(words);
    }

    [Theory]
    [InlineData("hit me")]
    [InlineData("HIT, me")]
    [InlineData("Hiiiit")]
    [InlineData("stooop!")]
    [InlineData("won't")]
    [InlineData("he’s here")]
    [InlineData("hes")]
    [InlineData("café")]
    [InlineData("ZOË’s")]
    [InlineData("abc123 ")]
    [InlineData("3:30")]
    [InlineData("dogs' bowls")]
    [InlineData("naïve")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzab")]
    public void The_fast_word_reader_reads_a_word_as_the_general_one_does(string text)
    {
        var lexicon = Compile(["stop", "@violent me"]).Lexicon;
        var end = 1;
        while (end < text.Length && (Lexicon.IsWordChar(text[end]) || (Lexicon.IsApostrophe(text[end]) && end + 1 < text.Length && Lexicon.IsWordChar(text[end + 1]))))
        {
            end++;
        }

        var general = new List<Token>();
        lexicon.AddTokens(text, 0, end, general);
        var fast = new List<Token>();

        lexicon.ReadWord(text, 0, fast).Should().Be(end);
        fast.Should().Equal(general);
    }

    [Theory]
    [InlineData("he slapped me", true)]
    [InlineData("she slaps me", true)]
    [InlineData("he was slapping me", true)]
    [InlineData("I got bitten", false)]
    [InlineData("she dragged me", true)]
    [InlineData("he beat me up", true)]
    [InlineData("he beats up me", true)]
    [InlineData("he kissed me", false)]
    public void A_class_matches_every_inflected_form_of_its_words_and_phrases(string text, bool matches)
    {
        var matcher = Compile(["@violent me|up"]);

        Find(matcher, text).Should().HaveCount(matches ? 1 : 0, because: text);
    }

    [Theory]
    [InlineData("he pulled a baseball bat on me", true)]
    [InlineData("he keeps two baseball bats by the bed", true)]
    [InlineData("he keeps baseballs bat by the bed", false)]
    public void A_noun_phrase_is_inflected_on_its_last_word(string text, bool matches)
    {
        var matcher = Compile(["@weapon"]);

        Find(matcher, text).Should().HaveCount(matches ? 1 : 0, because: text);
    }

    [Theory]
    [InlineData("be", "is", "was", "been", "being", "bing")]
    [InlineData("forget", "forgets", "forgot", "forgotten", "forgetting", "forgeting")]
    [InlineData("control", "controls", "controlled", "controlled", "controlling", "controling")]
    [InlineData("regret", "regrets", "regretted", "regretted", "regretting", "regreting")]
    public void Verbs_that_double_their_last_letter_or_change_their_stem_get_their_real_forms(string verb, string s, string past, string pp, string ing, string wrong)
    {
        var classes = new Dictionary<string, WordClassDocument> { ["verbs"] = new() { Inflect = "verb", Words = [verb] } };
        var matcher = FrameMatcher.Compile(s_english, classes, null, [Rule("i @verbs:s+past+pp+ing")]);

        foreach (var form in new[] { s, past, pp, ing })
        {
            Find(matcher, $"i {form}").Should().ContainSingle(because: form);
        }

        Find(matcher, $"i {wrong}").Should().BeEmpty("a form the paradigm's rules would make is not the verb's real one");
    }

    [Theory]
    [InlineData("I was bitten", true)]
    [InlineData("I got dragged", true)]
    [InlineData("I got drag", false)]
    [InlineData("I was hitting", false)]
    public void A_class_can_be_limited_to_some_forms(string text, bool matches)
    {
        var matcher = Compile(["@passive-aux @violent:pp"]);

        Find(matcher, text).Should().HaveCount(matches ? 1 : 0, because: text);
    }

    [Theory]
    [InlineData("he held a knife to my throat", "held a knife to my throat")]
    [InlineData("he held up a baseball bat to me", "held up a baseball bat to me")]
    [InlineData("he held the knife", null)]
    [InlineData("he held it. a knife to me", null)]
    public void Gaps_choices_and_optional_parts_match_within_one_sentence(string text, string? span)
    {
        var matcher = Compile(["held ( up )? _{0,2} @weapon ( to | at ) ( me | my _ )"]);

        var found = Find(matcher, text);

        if (span is null)
        {
            found.Should().BeEmpty();
        }
        else
        {
            found.Should().ContainSingle().Which.Should().Be(span);
        }
    }

    [Fact]
    public void A_named_frame_stands_for_its_text()
    {
        var matcher = FrameMatcher.Compile(s_english, s_classes, new Dictionary<string, string> { ["victim"] = "( me | my @kin )" },
            [Rule("@violent %victim")]);

        Find(matcher, "he hit my wife").Should().Equal("hit my wife");
        Find(matcher, "he hit the wall").Should().BeEmpty();
    }

    [Fact]
    public void A_named_frame_may_match_nothing_where_the_frame_it_is_used_in_requires_words()
    {
        var named = new Dictionary<string, string> { ["adverbs"] = "( really | just ){0,2}" };
        var matcher = FrameMatcher.Compile(s_english, s_classes, named, [Rule("@violent %adverbs me")]);

        Find(matcher, "he really just hit me").Should().Equal("hit me");
        Find(matcher, "he hit really just me").Should().Equal("hit really just me");
        FluentActions.Invoking(() => FrameMatcher.Compile(s_english, s_classes, named, [Rule("%adverbs")]))
            .Should().Throw<FrameException>().WithMessage("*can match no word*");
    }

    [Theory]
    [InlineData("she beat me to the last slice", true)]
    [InlineData("she beat me again", false)]
    public void An_exception_that_matches_from_a_word_of_the_match_excuses_it(string text, bool excused)
    {
        var matcher = FrameMatcher.Compile(s_english, s_classes, null, [Rule("@violent me") with { Unless = ["me to"] }]);

        Find(matcher, text).Should().HaveCount(excused ? 0 : 1);
    }

    [Theory]
    [InlineData("he would never hit me", true)]
    [InlineData("he hit me and never said sorry", false)]
    public void An_exception_before_a_match_excuses_it_only_when_it_ends_just_before(string text, bool excused)
    {
        var matcher = FrameMatcher.Compile(s_english, s_classes, null, [Rule("@violent me") with { UnlessBefore = ["never"] }]);

        Find(matcher, text).Should().HaveCount(excused ? 0 : 1);
    }

    [Theory]
    [InlineData("in the film he hit me", true)]
    [InlineData("he hit me. we watched a film", false)]
    public void A_sentence_exception_excuses_matches_in_its_own_sentence_only(string text, bool excused)
    {
        var matcher = FrameMatcher.Compile(s_english, s_classes, null, [Rule("@violent me") with { UnlessSentence = ["film"] }]);

        Find(matcher, text).Should().HaveCount(excused ? 0 : 1);
    }

    [Fact]
    public void A_long_text_without_sentence_ends_is_read_in_parts_and_each_match_is_found_once()
    {
        var matcher = Compile(["@violent me"]);
        var text = string.Concat(Enumerable.Repeat("and then he hit me ", 2_000));

        var found = new List<(int Rule, int Start, int Length)>();
        matcher.Find(text, found);

        found.Should().HaveCount(2_000).And.OnlyHaveUniqueItems();
        found.Should().OnlyContain(f => text.Substring(f.Start, f.Length) == "hit me");
    }

    [Fact]
    public void The_trigger_words_of_a_rule_come_from_its_words_and_classes()
    {
        var matcher = Compile(["( he | she ) @weapon"]);

        matcher.Triggers[0].Should().Contain(["knife", "knives", "baseball"]).And.NotContain("he");
    }

    [Fact]
    public void Searching_only_sentences_with_trigger_words_finds_what_searching_every_sentence_finds()
    {
        var matcher = Compile(["@violent me", "@weapon", "( he | she ) _{0,3} me"]);
        var text = "He hit me. She pointed a knife, then he came at me! Nothing here. she really hurt me";

        var fast = new List<(int, int, int)>();
        var reference = new List<(int, int, int)>();
        matcher.Find(text, fast, useTriggers: true);
        matcher.Find(text, reference, useTriggers: false);

        fast.Should().Equal(reference).And.HaveCountGreaterThan(2);
    }

    [Theory]
    [InlineData("Make sure you go for it.", 3)]
    [InlineData("Sure, make it go for you.", 1)]
    [InlineData("Go and ask for it, make it sure.", 0)]
    public void A_frame_of_common_words_only_is_looked_for_by_its_words_side_by_side_and_finds_what_every_sentence_search_finds(string text, int count)
    {
        // Every word here is one of the language's common words: the frames are looked for by pairs of neighbours.
        var matcher = Compile(["( make sure | go for ) ( you | it )", "( i | you ) ( go | make ) _{0,2} ( sure | for )"]);

        var fast = new List<(int, int, int)>();
        var reference = new List<(int, int, int)>();
        matcher.Find(text, fast, useTriggers: true);
        matcher.Find(text, reference, useTriggers: false);

        fast.Should().Equal(reference).And.HaveCount(count);
    }

    [Theory]
    [InlineData("my sister he hit me", "hit me")]
    [InlineData("then he hit me", "he hit me")]
    [InlineData("my sister hit me", null)]
    public void An_excused_match_does_not_hide_the_rules_other_matches_which_are_judged_on_their_own(string text, string? found)
    {
        var rule = new FrameRule("$.rules[0]", ["he @violent me", "@violent me"], [], ["sister"], []);
        var matcher = FrameMatcher.Compile(s_english, s_classes, null, [rule]);

        Find(matcher, text).Should().Equal(found is null ? [] : [found]);
    }

    [Fact]
    public void An_exception_whose_words_a_sentence_lacks_is_not_run_and_one_whose_words_it_holds_still_excuses()
    {
        var matcher = FrameMatcher.Compile(s_english, s_classes, null, [Rule("@violent me") with { Unless = ["me to the"], UnlessBefore = ["never"] }]);

        Find(matcher, "He hit me to the ground? No: he beat me to the last slice. He never hit me. He hit me.")
            .Should().Equal("hit me");
    }

    [Theory]
    [InlineData("@nothing me", "$.rules[0].frames[0]", "nothing")]
    [InlineData("hit ( me", "$.rules[0].frames[0]", "')'")]
    [InlineData("_ _{0,9}", "$.rules[0].frames[0]", "{m,n}")]
    [InlineData("( me | )", "$.rules[0].frames[0]", "empty")]
    [InlineData("_ _?", "$.rules[0].frames[0]", "trigger")]
    [InlineData("%missing me", "$.rules[0].frames[0]", "missing")]
    public void A_broken_frame_is_reported_with_its_path_and_what_is_wrong(string frame, string path, string problem)
    {
        var act = () => Compile([frame]);

        act.Should().Throw<FrameException>().Where(e => e.Path == path && e.Problem.Contains(problem, StringComparison.Ordinal));
    }

    private static FrameMatcher Compile(string[] frames) =>
        FrameMatcher.Compile(s_english, s_classes, null, [.. frames.Select(f => Rule(f))]);

    private static FrameRule Rule(string frame) => new("$.rules[0]", [frame], [], [], []);

    private static List<string> Find(FrameMatcher matcher, string text)
    {
        var found = new List<(int Rule, int Start, int Length)>();
        matcher.Find(text, found);
        return found.ConvertAll(f => text.Substring(f.Start, f.Length));
    }
}
