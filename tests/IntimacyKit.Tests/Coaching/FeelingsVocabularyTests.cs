using IntimacyKit.Coaching;

namespace IntimacyKit.Tests.Coaching;

/// <summary>The feelings and needs vocabulary, and the check an app makes before rendering the honesty formula's feeling.</summary>
public sealed class FeelingsVocabularyTests
{
    private static FeelingsVocabulary Vocabulary => FeelingsVocabulary.Default;

    [Fact]
    public void The_vocabulary_has_feeling_families_faux_feelings_and_needs()
    {
        Vocabulary.Should().BeSameAs(FeelingsVocabulary.Default);
        Vocabulary.Families.Select(f => f.Name).Should().Contain(["joyful", "sad", "scared", "angry", "lonely"]);
        Vocabulary.Families.Should().OnlyContain(f => f.Words.Length > 0);
        Vocabulary.Families.SelectMany(f => f.Words).Should().OnlyHaveUniqueItems();
        Vocabulary.FauxFeelings.Keys.Should().Contain(["abandoned", "manipulated", "ignored", "taken for granted"]);
        Vocabulary.Needs.Should().Contain(["appreciation", "closeness", "rest", "respect"]);
    }

    [Fact]
    public void Every_faux_feeling_maps_to_real_feelings_of_the_vocabulary_and_is_not_one_itself()
    {
        var feelings = Vocabulary.Families.SelectMany(f => f.Words).ToHashSet();
        foreach (var (faux, beneath) in Vocabulary.FauxFeelings)
        {
            feelings.Should().NotContain(faux);
            beneath.Should().NotBeEmpty().And.OnlyContain(f => feelings.Contains(f), faux);
        }
    }

    [Fact]
    public void Faux_feelings_are_looked_up_ignoring_case()
    {
        Vocabulary.FauxFeelings["Abandoned"].Should().Equal(Vocabulary.FauxFeelings["abandoned"]);
    }

    [Theory]
    [InlineData("hurt")]
    [InlineData("Lonely")]
    [InlineData("really worried")]
    [InlineData("hurt and lonely")]
    [InlineData("I feel sad")]
    [InlineData("worn out")]
    public void A_feeling_passes_the_check(string feeling)
    {
        Vocabulary.CheckFeeling(feeling).Should().Be(new FeelingCheck(true, null, []) with { Alternatives = Vocabulary.CheckFeeling(feeling).Alternatives });
        Vocabulary.CheckFeeling(feeling).Alternatives.Should().BeEmpty();
    }

    [Theory]
    [InlineData("that you don't care")]
    [InlineData("like you're not listening")]
    [InlineData("as if nobody cares")]
    [InlineData("you don't love me")]
    public void A_thought_gets_a_warning_with_alternatives(string feeling)
    {
        var check = Vocabulary.CheckFeeling(feeling);

        check.IsFeeling.Should().BeFalse();
        check.Warning.Should().Contain("thought").And.Contain(feeling);
        check.Alternatives.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("abandoned", "lonely")]
    [InlineData("so manipulated", "confused")]
    [InlineData("ignored by you", "lonely")]
    [InlineData("taken for granted", "resentful")]
    public void A_faux_feeling_gets_a_warning_with_the_feelings_beneath_it(string feeling, string beneath)
    {
        var check = Vocabulary.CheckFeeling(feeling);

        check.IsFeeling.Should().BeFalse();
        check.Warning.Should().Contain("accusation");
        check.Alternatives.Should().Contain(beneath);
    }

    [Fact]
    public void An_unknown_word_is_not_a_known_feeling_but_gets_no_warning_and_a_blank_gets_one()
    {
        Vocabulary.CheckFeeling("purple").Should().Match<FeelingCheck>(c => !c.IsFeeling && c.Warning == null && c.Alternatives.IsEmpty);
        Vocabulary.CheckFeeling("  ").Should().Match<FeelingCheck>(c => !c.IsFeeling && c.Warning != null && !c.Alternatives.IsEmpty);
        var act = () => Vocabulary.CheckFeeling(null!);
        act.Should().Throw<ArgumentNullException>();
    }
}
