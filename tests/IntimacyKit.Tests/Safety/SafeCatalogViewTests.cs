using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;
using IntimacyKit.Serialization;

namespace IntimacyKit.Tests.Safety;

public sealed class SafeCatalogViewTests
{
    private static readonly IntimacyCatalog s_catalog = IntimacyCatalog.BuiltIn;

    [Fact]
    public void With_nothing_found_the_whole_catalog_is_offered_and_nothing_is_withheld()
    {
        var view = SafeCatalogView.For(s_catalog, SafetyScreen.Default.Screen("Can you pick up milk on the way home?"));

        view.Exercises.Should().Equal(s_catalog.Exercises);
        view.Practices.Should().Equal(s_catalog.Practices);
        view.Scripts.Should().Equal(s_catalog.Scripts);
        view.Toolbox.Should().Equal(s_catalog.Toolbox);
        view.GetAntidotes(s_catalog.GetPattern(AnxietyResponse.Engulf)).Should().Equal(s_catalog.GetPattern(AnxietyResponse.Engulf).Antidotes);
        view.GetCircuitBreakers(s_catalog.Get<Dance>("over-under-functioning")).Should().Equal(s_catalog.Get<Dance>("over-under-functioning").CircuitBreakers);
        view.Offers(s_catalog.Get<Practice>("one-small-no")).Should().BeTrue();
        view.Withheld.Should().BeEmpty();
        view.Resources.Should().BeNull();
    }

    [Theory]
    [InlineData("He hit me again last night.")]
    [InlineData("He checks my phone every night and won't let me see my friends.")]
    public void With_signs_of_danger_everything_that_involves_the_partner_is_withheld_with_a_reason(string text)
    {
        var safety = SafetyScreen.Default.Screen(text);

        var view = SafeCatalogView.For(s_catalog, safety);

        safety.IsSafe.Should().BeFalse();
        view.Exercises.Should().NotBeEmpty().And.OnlyContain(e => e.PartnerInvolvement == PartnerInvolvement.None);
        view.Scripts.Should().NotBeEmpty().And.OnlyContain(s => s.PartnerInvolvement == PartnerInvolvement.None);
        view.Practices.Should().NotBeEmpty().And.OnlyContain(p => p.PartnerInvolvement == PartnerInvolvement.None);
        view.Toolbox.Should().NotBeEmpty().And.OnlyContain(t => t.PartnerInvolvement == PartnerInvolvement.None);
        view.Withheld.Where(w => w.Kind is WithheldItemKind.Exercise or WithheldItemKind.Script).Select(w => w.Id).Should().BeEquivalentTo(
            s_catalog.Exercises.Where(e => e.PartnerInvolvement != PartnerInvolvement.None).Select(e => e.Id)
                .Concat(s_catalog.Scripts.Where(s => s.PartnerInvolvement != PartnerInvolvement.None).Select(s => s.Id)));
        view.Withheld.Should().OnlyContain(w => !string.IsNullOrWhiteSpace(w.Reason) && w.PartnerInvolvement != PartnerInvolvement.None);
        view.Resources.Should().Be(SafetyResources.Default);
    }

    [Theory]
    [InlineData("repair-plan", PartnerInvolvement.Repair)]
    [InlineData("complaint-to-request", PartnerInvolvement.Confront)]
    [InlineData("task-redistribution", PartnerInvolvement.Renegotiate)]
    [InlineData("support-question", PartnerInvolvement.Accommodate)]
    [InlineData("small-no-week", PartnerInvolvement.Confront)]
    public void Exercises_that_ask_for_repair_confrontation_renegotiation_or_accommodation_are_withheld(string id, PartnerInvolvement involvement)
    {
        var view = SafeCatalogView.For(s_catalog, SafetyScreen.Default.Screen("She said she would kill me."));

        view.Withheld.Should().ContainSingle(w => w.Id == id).Which.PartnerInvolvement.Should().Be(involvement);
        view.Exercises.Should().NotContain(e => e.Id == id);
    }

    [Theory]
    [InlineData("closeness-fears")]
    [InlineData("family-pattern-map")]
    [InlineData("escalation-triggers")]
    [InlineData("calm-space-rehearsal")]
    public void Reflection_and_self_care_exercises_are_kept(string id)
    {
        var view = SafeCatalogView.For(s_catalog, SafetyScreen.Default.Screen("I've been thinking about ending it all."));

        view.Exercises.Should().Contain(e => e.Id == id);
    }

    [Fact]
    public void The_scripts_that_speak_to_the_partner_are_withheld_and_those_that_ask_for_space_are_kept()
    {
        var view = SafeCatalogView.For(s_catalog, SafetyScreen.Default.Screen("He punched the wall next to my head."));

        view.Scripts.Select(s => s.Id).Should().Contain(["bridge-sentence-script", "calm-space-script", "de-escalation-script", "defusing-line-script"]);
        view.Withheld.Select(w => w.Id).Should().Contain(["honesty-formula-script", "repair-statement-script", "assertive-boundary-script", "small-no-script"]);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        var safe = SafetyScreen.Default.Screen("hello");

        FluentActions.Invoking(() => SafeCatalogView.For(null!, safe)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SafeCatalogView.For(s_catalog, null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_partner_involvement_of_a_script_round_trips_through_json()
    {
        var script = s_catalog.Get<ScriptTemplate>("repair-statement-script");

        var json = IntimacyKitJson.Serialize(script);

        json.Should().Contain("\"partnerInvolvement\": \"repair\"");
        IntimacyKitJson.Deserialize<ScriptTemplate>(json).PartnerInvolvement.Should().Be(PartnerInvolvement.Repair);
    }

    [Fact]
    public void With_signs_of_danger_practices_and_toolbox_items_that_involve_the_partner_are_withheld_with_their_kind()
    {
        var view = SafeCatalogView.For(s_catalog, SafetyScreen.Default.Screen("He hit me again last night."));

        view.Practices.Select(p => p.Id).Should().Contain(["name-your-default-response", "map-a-family-pattern", "bridge-sentence-practice"])
            .And.NotContain(["one-small-no", "talk-about-fairness", "apologise-with-a-plan"]);
        view.Toolbox.Select(t => t.Id).Should().Equal("bridge-sentence", "de-escalation");
        view.Withheld.Should().ContainSingle(w => w.Id == "one-small-no").Which.Kind.Should().Be(WithheldItemKind.Practice);
        view.Withheld.Should().ContainSingle(w => w.Id == "repair-checklist").Which
            .Should().Match<WithheldItem>(w => w.Kind == WithheldItemKind.ToolboxItem && w.Title == "Repair checklist" && w.PartnerInvolvement == PartnerInvolvement.Repair);
        view.Withheld.Select(w => w.Kind).Should().Contain(Enum.GetValues<WithheldItemKind>());
    }

    [Fact]
    public void With_signs_of_danger_a_patterns_antidotes_and_a_dances_circuit_breakers_are_filtered_and_the_rest_listed_as_withheld()
    {
        var view = SafeCatalogView.For(s_catalog, SafetyScreen.Default.Screen("She said she would kill me."));
        var engulf = s_catalog.GetPattern(AnxietyResponse.Engulf);
        var dance = s_catalog.Get<Dance>("over-under-functioning");

        var antidotes = view.GetAntidotes(engulf);
        var breakers = view.GetCircuitBreakers(dance);

        antidotes.Should().NotBeEmpty().And.OnlyContain(a => a.PartnerInvolvement == PartnerInvolvement.None)
            .And.Equal(engulf.Antidotes.Where(a => a.PartnerInvolvement == PartnerInvolvement.None));
        breakers.Should().NotContain(c => c.PartnerInvolvement != PartnerInvolvement.None, "every move out of over-functioning asks something of the partner");
        view.Withheld.Where(w => w.Kind == WithheldItemKind.Antidote && w.Id == engulf.Id).Select(w => w.Title)
            .Should().Equal(engulf.Antidotes.Where(a => a.PartnerInvolvement != PartnerInvolvement.None).Select(a => a.Text));
        view.Withheld.Where(w => w.Kind == WithheldItemKind.CircuitBreaker && w.Id == dance.Id).Should().HaveCount(dance.CircuitBreakers.Length - breakers.Length)
            .And.OnlyContain(w => !string.IsNullOrWhiteSpace(w.Reason));
    }

    [Fact]
    public void Offers_tells_whether_an_apps_own_item_may_be_offered()
    {
        var danger = SafeCatalogView.For(s_catalog, SafetyScreen.Default.Screen("He punched the wall next to my head."));
        var own = new Antidote { Text = "Ask for a hug.", PartnerInvolvement = PartnerInvolvement.Joint, SafetyNote = "Only if you feel safe." };

        danger.Offers(own).Should().BeFalse();
        danger.Offers(own with { PartnerInvolvement = PartnerInvolvement.None }).Should().BeTrue();
    }

    [Fact]
    public void The_view_rejects_null_patterns_dances_and_items()
    {
        var view = SafeCatalogView.For(s_catalog, SafetyScreen.Default.Screen("hello"));

        FluentActions.Invoking(() => view.GetAntidotes(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => view.GetCircuitBreakers(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => view.Offers(null!)).Should().Throw<ArgumentNullException>();
    }
}
