using System.Globalization;
using IntimacyKit.Assessments;
using static IntimacyKit.Tests.Assessments.AssessmentTestData;

namespace IntimacyKit.Tests.Assessments;

public sealed class ProfileSummaryTests
{
    [Fact]
    public void The_markdown_summary_shows_the_disclaimer_the_default_the_scores_and_every_recommendation()
    {
        var profile = Profile(withdraw: 5, engulf: 2, pursue: 3);

        var markdown = profile.ToMarkdown(CultureInfo.InvariantCulture);

        markdown.Should().StartWith("# Your self-assessment").And.Contain($"> {profile.Disclaimer}")
            .And.Contain(profile.Readings[0].UnderStress)
            .And.Contain("| withdraw | 20 of 20 | 100 % |");
        foreach (var title in profile.Practices.Select(p => p.Title).Concat(profile.Exercises.Select(e => e.Title)).Concat(profile.Scripts.Select(s => s.Title)))
        {
            markdown.Should().Contain(title);
        }
    }

    [Fact]
    public void A_blend_is_explained_and_each_reading_is_given()
    {
        var profile = Profile(withdraw: 4, engulf: 4, pursue: 1);

        var text = profile.ToPlainText(CultureInfo.InvariantCulture);

        text.Should().Contain(profile.BlendReading!).And.Contain(profile.Readings[0].UnderStress).And.Contain(profile.Readings[1].UnderStress);
        text.Should().NotContain("**").And.NotContain("| ---");
    }

    [Fact]
    public void Numbers_follow_the_culture_given()
    {
        var profile = Profile(withdraw: 3, engulf: 2, pursue: 4);
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var expected = profile.GetScore(IntimacyKit.Patterns.AnxietyResponse.Withdraw).Share.ToString("P0", french);

        var text = profile.ToPlainText(french);

        text.Should().Contain(expected);
    }

    [Fact]
    public void Partner_names_cannot_break_the_markdown_table()
    {
        var comparison = SelfAssessment.Default.Compare(Answers(5, 1, 1, "a|b"), Answers(1, 1, 5, "c*d"));

        var markdown = comparison.ToMarkdown(CultureInfo.InvariantCulture);

        markdown.Should().Contain("| Response | a\\|b | c\\*d |");
    }
}
