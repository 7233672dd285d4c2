using IntimacyKit.Patterns;

namespace IntimacyKit.Tests.Patterns;

/// <summary>The built-in dances: complementary cycles of two partners, and the circuit breakers that interrupt them.</summary>
public sealed class DanceTests
{
    private static IntimacyCatalog Catalog => IntimacyCatalog.BuiltIn;

    public static TheoryData<string> DanceIds => ["pursuer-distancer", "over-under-functioning", "volatile-escalation"];

    [Fact]
    public void The_catalog_has_the_three_dances_in_order()
    {
        Catalog.Dances.Select(d => d.Id).Should().Equal("pursuer-distancer", "over-under-functioning", "volatile-escalation");
    }

    [Theory]
    [MemberData(nameof(DanceIds))]
    public void Each_dance_has_two_roles_and_circuit_breakers(string id)
    {
        var dance = Catalog.Get<Dance>(id);

        dance.Name.Should().NotBeNullOrWhiteSpace();
        dance.Summary.Should().NotBeNullOrWhiteSpace();
        foreach (var role in new[] { dance.First, dance.Second })
        {
            role.Name.Should().NotBeNullOrWhiteSpace();
            role.Move.Should().NotBeNullOrWhiteSpace();
            role.FeedsTheOther.Should().NotBeNullOrWhiteSpace();
        }

        dance.First.Name.Should().NotBe(dance.Second.Name);
        dance.CircuitBreakers.Should().NotBeEmpty().And.OnlyContain(c => !string.IsNullOrWhiteSpace(c.Text));
        dance.ChapterIds.Should().BeSubsetOf(Catalog.Chapters.Select(c => c.Id));
    }

    [Fact]
    public void In_the_pursuer_distancer_dance_one_partner_pursues_and_the_other_withdraws()
    {
        var dance = Catalog.Get<Dance>("pursuer-distancer");

        new[] { dance.First.Response, dance.Second.Response }.Should().BeEquivalentTo(new AnxietyResponse?[] { AnxietyResponse.Pursue, AnxietyResponse.Withdraw });
    }
}
