using IntimacyKit.Patterns;

namespace IntimacyKit.Tests.Patterns;

/// <summary>The built-in descriptions of the three intimacy-anxiety patterns.</summary>
public sealed class PatternDescriptionTests
{
    private static IntimacyCatalog Catalog => IntimacyCatalog.BuiltIn;

    public static TheoryData<AnxietyResponse, string> Patterns => new()
    {
        { AnxietyResponse.Withdraw, "withdraw" },
        { AnxietyResponse.Engulf, "engulf" },
        { AnxietyResponse.Pursue, "pursue" },
    };

    [Fact]
    public void The_catalog_describes_the_three_patterns_in_order()
    {
        Catalog.Patterns.Select(p => (p.Id, p.Response)).Should().Equal(
            ("withdraw", AnxietyResponse.Withdraw), ("engulf", AnxietyResponse.Engulf), ("pursue", AnxietyResponse.Pursue));
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Each_pattern_has_signs_fear_effect_feedback_and_antidotes(AnxietyResponse response, string id)
    {
        var pattern = Catalog.GetPattern(response);

        pattern.Should().BeSameAs(Catalog.Get<PatternDescription>(id));
        pattern.Name.Should().NotBeNullOrWhiteSpace();
        pattern.Summary.Should().NotBeNullOrWhiteSpace();
        pattern.Signs.Should().NotBeEmpty().And.OnlyContain(s => !string.IsNullOrWhiteSpace(s));
        pattern.UnderlyingFear.Should().NotBeNullOrWhiteSpace();
        pattern.EffectOnPartner.Should().NotBeNullOrWhiteSpace();
        pattern.HowItFeedsThePartner.Should().NotBeNullOrWhiteSpace();
        pattern.Antidotes.Should().NotBeEmpty().And.OnlyContain(a => !string.IsNullOrWhiteSpace(a.Text));
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Each_pattern_names_practices_and_chapters_that_exist(AnxietyResponse response, string id)
    {
        var pattern = Catalog.GetPattern(response);

        pattern.Id.Should().Be(id);
        pattern.PracticeIds.Should().NotBeEmpty().And.BeSubsetOf(Catalog.Practices.Select(p => p.Id));
        pattern.ChapterIds.Should().NotBeEmpty().And.BeSubsetOf(Catalog.Chapters.Select(c => c.Id));
    }

    [Fact]
    public void Withdrawal_looks_like_silence_and_stonewalling()
    {
        var signs = Catalog.GetPattern(AnxietyResponse.Withdraw).Signs;

        signs.Should().Contain(s => s.Contains("silence", StringComparison.OrdinalIgnoreCase));
        signs.Should().Contain(s => s.Contains("stonewall", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Engulfing_looks_like_over_helping()
    {
        Catalog.GetPattern(AnxietyResponse.Engulf).Signs.Should().Contain(s =>
            s.Contains("over-help", StringComparison.OrdinalIgnoreCase) || s.Contains("overhelp", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Pursuit_looks_like_chasing()
    {
        Catalog.GetPattern(AnxietyResponse.Pursue).Signs.Should().Contain(s => s.Contains("chas", StringComparison.OrdinalIgnoreCase));
    }
}
