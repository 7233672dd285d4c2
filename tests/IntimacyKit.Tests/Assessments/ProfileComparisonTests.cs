using System.Globalization;
using IntimacyKit.Assessments;
using IntimacyKit.Patterns;
using static IntimacyKit.Tests.Assessments.AssessmentTestData;

namespace IntimacyKit.Tests.Assessments;

public sealed class ProfileComparisonTests
{
    private static Dance DanceOf(AnxietyResponse first, AnxietyResponse? second) =>
        IntimacyCatalog.BuiltIn.Dances.Single(d => d.First.Response == first && d.Second.Response == second);

    [Fact]
    public void A_pursuer_and_a_withdrawer_form_the_pursuer_distancer_dance_with_each_in_their_role()
    {
        var ana = Profile(withdraw: 1, engulf: 2, pursue: 5, "ana");
        var ben = Profile(withdraw: 5, engulf: 2, pursue: 1, "ben");
        var dance = DanceOf(AnxietyResponse.Pursue, AnxietyResponse.Withdraw);

        var comparison = SelfAssessment.Default.Compare(ana, ben);
        var reversed = SelfAssessment.Default.Compare(ben, ana);

        comparison.Dances.Should().ContainSingle().Which.Should().Be(new DancePairing { Dance = dance, FirstPartnerRole = dance.First, SecondPartnerRole = dance.Second });
        reversed.Dances.Should().ContainSingle().Which.Should().Be(new DancePairing { Dance = dance, FirstPartnerRole = dance.Second, SecondPartnerRole = dance.First });
        comparison.SharedDefaults.Should().BeEmpty();
    }

    [Fact]
    public void An_engulfing_default_fits_the_over_functioner_whatever_the_other_does()
    {
        var ana = Profile(withdraw: 5, engulf: 1, pursue: 1, "ana");
        var ben = Profile(withdraw: 1, engulf: 5, pursue: 1, "ben");
        var dance = DanceOf(AnxietyResponse.Engulf, null);

        var pairing = SelfAssessment.Default.Compare(ana, ben).Dances.Should().ContainSingle().Subject;

        pairing.Dance.Should().Be(dance);
        pairing.SecondPartnerRole.Should().Be(dance.First);
    }

    [Fact]
    public void Two_withdrawers_share_a_default_and_form_no_dance_of_the_catalog()
    {
        var comparison = SelfAssessment.Default.Compare(Profile(5, 1, 1, "ana"), Profile(4, 2, 2, "ben"));

        comparison.Dances.Should().BeEmpty();
        comparison.SharedDefaults.Should().Equal(AnxietyResponse.Withdraw);
        comparison.ToPlainText(CultureInfo.InvariantCulture).Should().Contain("do not form one of the catalog's dances");
    }

    [Fact]
    public void The_comparison_summary_sets_the_scores_side_by_side_and_lists_the_circuit_breakers()
    {
        var comparison = SelfAssessment.Default.Compare(Profile(1, 2, 5, "ana"), Profile(5, 2, 1, "ben"));
        var dance = comparison.Dances[0].Dance;

        var markdown = comparison.ToMarkdown(CultureInfo.InvariantCulture);

        markdown.Should().Contain("| Response | ana | ben |")
            .And.Contain("| pursue | 25 of 25 (100 %) | 5 of 25 (0 %) |")
            .And.Contain($"### {dance.Name}")
            .And.Contain(dance.CircuitBreakers[0].Text)
            .And.Contain($"- ana: {dance.First.Name}.");
    }
}
