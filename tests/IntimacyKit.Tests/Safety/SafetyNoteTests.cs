using IntimacyKit.Assessments;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests.Safety;

public sealed class SafetyNoteTests
{
    public static TheoryData<string> Languages => ["en", "es"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_built_in_item_that_involves_the_partner_has_a_safety_note_in_every_language(string language)
    {
        var catalog = Catalog(language);

        var involving = Items(catalog).Where(i => i.Item.PartnerInvolvement != PartnerInvolvement.None).ToList();

        involving.Should().HaveCountGreaterThan(30);
        involving.Should().OnlyContain(i => !string.IsNullOrWhiteSpace(i.Item.SafetyNote),
            "every item that asks something of a person with their partner says how to keep safe; missing: {0}",
            string.Join(", ", involving.Where(i => string.IsNullOrWhiteSpace(i.Item.SafetyNote)).Select(i => i.Name)));
    }

    [Fact]
    public void The_Spanish_scripts_carry_their_safety_notes_in_Spanish()
    {
        var english = IntimacyCatalog.BuiltIn;
        var spanish = Catalog("es");

        var translated = spanish.Scripts.Where(s => s.PartnerInvolvement != PartnerInvolvement.None).ToList();

        translated.Should().NotBeEmpty();
        foreach (var script in translated)
        {
            var original = english.Get<ScriptTemplate>(script.Id);
            script.SafetyNote.Should().NotBe(original.SafetyNote, $"{script.Id} is translated").And.Contain("seguridad");
        }
    }

    [Fact]
    public void Reflection_and_self_care_carry_no_partner_involvement()
    {
        var catalog = IntimacyCatalog.BuiltIn;

        catalog.Get<Practice>("name-your-default-response").PartnerInvolvement.Should().Be(PartnerInvolvement.None);
        catalog.Get<Practice>("map-a-family-pattern").PartnerInvolvement.Should().Be(PartnerInvolvement.None);
        catalog.Get<Practice>("find-an-accountability-partner").PartnerInvolvement.Should().Be(PartnerInvolvement.None);
        catalog.Get<ToolboxItem>("bridge-sentence").PartnerInvolvement.Should().Be(PartnerInvolvement.None);
        catalog.Get<ToolboxItem>("de-escalation").PartnerInvolvement.Should().Be(PartnerInvolvement.None);
        catalog.GetPattern(AnxietyResponse.Withdraw).Antidotes[0].PartnerInvolvement.Should().Be(PartnerInvolvement.None);
    }

    [Theory]
    [InlineData("one-small-no", PartnerInvolvement.Confront)]
    [InlineData("reclaim-an-interest", PartnerInvolvement.Confront)]
    [InlineData("talk-about-fairness", PartnerInvolvement.Renegotiate)]
    [InlineData("apologise-with-a-plan", PartnerInvolvement.Repair)]
    [InlineData("ask-how-to-support", PartnerInvolvement.Accommodate)]
    [InlineData("shared-crisis-plan", PartnerInvolvement.Joint)]
    public void Practices_that_ask_something_of_the_partner_say_what(string id, PartnerInvolvement involvement) =>
        IntimacyCatalog.BuiltIn.Get<Practice>(id).PartnerInvolvement.Should().Be(involvement);

    [Fact]
    public void Staying_with_a_partners_discomfort_is_marked_as_holding_a_boundary()
    {
        var catalog = IntimacyCatalog.BuiltIn;

        catalog.GetPattern(AnxietyResponse.Engulf).Antidotes.Should().ContainSingle(a => a.Text.Contains("uncomfortable", StringComparison.Ordinal))
            .Which.PartnerInvolvement.Should().Be(PartnerInvolvement.Confront);
        catalog.Get<Dance>("over-under-functioning").CircuitBreakers.Should().ContainSingle(c => c.Text.Contains("discomfort", StringComparison.Ordinal))
            .Which.PartnerInvolvement.Should().Be(PartnerInvolvement.Confront);
    }

    [Fact]
    public void A_toolbox_item_asks_of_the_partner_what_its_script_asks()
    {
        var catalog = IntimacyCatalog.BuiltIn;

        foreach (var item in catalog.Toolbox.Where(t => t.ScriptId is not null))
        {
            item.PartnerInvolvement.Should().Be(catalog.Get<ScriptTemplate>(item.ScriptId!).PartnerInvolvement, item.Id);
        }
    }

    [Fact]
    public void The_volatile_dance_says_that_fear_threats_or_violence_are_not_a_dance_to_de_escalate_and_points_to_help()
    {
        var dance = IntimacyCatalog.BuiltIn.Get<Dance>("volatile-escalation");

        dance.Summary.Should().Contain("afraid").And.Contain("threats or violence").And.Contain("not a dance to de-escalate together")
            .And.Contain("helpline").And.Contain("emergency services");
    }

    [Fact]
    public void Under_danger_the_volatile_dance_keeps_only_the_moves_that_slow_down_or_step_away()
    {
        var view = IntimacyKit.Safety.SafeCatalogView.For(IntimacyCatalog.BuiltIn, IntimacyKit.Safety.SafetyScreen.Default.Screen("He hit me again last night."));

        var kept = view.GetCircuitBreakers(IntimacyCatalog.BuiltIn.Get<Dance>("volatile-escalation"));

        kept.Select(c => c.Text).Should().Contain(["Slow the interaction down.", "Pause and breathe before you answer."])
            .And.NotContain(t => t.Contains("curiosity", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reading_for_adapting_says_that_adapting_out_of_fear_is_not_the_habit_and_points_to_help()
    {
        var reading = Questionnaire.BuiltIn.GetReading(AnxietyResponse.Engulf)!;

        reading.UnderStress.Should().Contain("afraid").And.Contain("is not this habit")
            .And.Contain("your safety comes first").And.Contain("helpline").And.NotContain("caring about the bond");
    }

    internal static IntimacyCatalog Catalog(string language)
    {
        if (language == "en")
        {
            return IntimacyCatalog.BuiltIn;
        }

        using var stream = typeof(IntimacyCatalog).Assembly.GetManifestResourceStream($"IntimacyKit.Content.builtin.{language}.json")
            ?? throw new InvalidOperationException($"No built-in {language} content.");
        return IntimacyCatalog.BuiltIn.WithContentPack(ContentPack.Load(stream));
    }

    internal static IEnumerable<(string Name, IPartnerInvolving Item)> Items(IntimacyCatalog catalog) =>
        catalog.Exercises.Select(e => (e.Id, (IPartnerInvolving)e))
            .Concat(catalog.Practices.Select(p => (p.Id, (IPartnerInvolving)p)))
            .Concat(catalog.Scripts.Select(s => (s.Id, (IPartnerInvolving)s)))
            .Concat(catalog.Toolbox.Select(t => (t.Id, (IPartnerInvolving)t)))
            .Concat(catalog.Patterns.SelectMany(p => p.Antidotes.Select((a, i) => ($"{p.Id} antidote {i}", (IPartnerInvolving)a))))
            .Concat(catalog.Dances.SelectMany(d => d.CircuitBreakers.Select((c, i) => ($"{d.Id} circuit breaker {i}", (IPartnerInvolving)c))));
}
