using IntimacyKit.Exercises;
using IntimacyKit.Scripts;

namespace IntimacyKit.Web.Tests;

/// <summary>
/// Everything the API returns that asks something of the partner says what it asks and carries its safety note, so
/// a client can show the note next to it; the volatile dance's plain words about fear come through whole.
/// </summary>
public sealed class SafetyNoteApiTests : WebAppTests
{
    private static readonly IntimacyCatalog Catalog = IntimacyCatalog.BuiltIn;

    [Fact]
    public async Task Each_antidote_comes_with_its_partner_involvement_and_safety_note()
    {
        var patterns = (await ReadJsonAsync(await Client.GetAsync("/api/catalog/patterns"))).AsArray();

        var antidotes = patterns.SelectMany(p => p!["antidotes"]!.AsArray()).ToList();
        var expected = Catalog.Patterns.SelectMany(p => p.Antidotes).ToList();
        expected.Should().Contain(a => a.PartnerInvolvement != PartnerInvolvement.None);
        ShouldCarry(antidotes, expected.Select(a => (a.Text, a.PartnerInvolvement, a.SafetyNote)), "text");
    }

    [Fact]
    public async Task The_dances_come_with_their_circuit_breakers_notes_and_the_volatile_dance_says_fear_is_not_a_dance()
    {
        var dances = (await ReadJsonAsync(await Client.GetAsync("/api/catalog/dances"))).AsArray();

        dances.Select(d => d!["id"]!.GetValue<string>()).Should().Equal(Catalog.Dances.Select(d => d.Id));
        var volatileDance = dances.Single(d => d!["id"]!.GetValue<string>() == "volatile-escalation")!;
        volatileDance["summary"]!.GetValue<string>().Should().Contain("this is not a dance to de-escalate together");
        ShouldCarry(
            dances.SelectMany(d => d!["circuitBreakers"]!.AsArray()).ToList(),
            Catalog.Dances.SelectMany(d => d.CircuitBreakers).Select(c => (c.Text, c.PartnerInvolvement, c.SafetyNote)),
            "text");
    }

    [Fact]
    public async Task Exercises_practices_and_scripts_say_what_they_ask_of_the_partner_with_their_safety_notes()
    {
        var exercises = (await ReadJsonAsync(await Client.GetAsync("/api/catalog/exercises"))).AsArray().ToList();
        var practices = (await ReadJsonAsync(await Client.GetAsync("/api/catalog/practices"))).AsArray().ToList();
        var scripts = (await ReadJsonAsync(await Client.GetAsync("/api/scripts"))).AsArray().ToList();

        ShouldCarry(exercises, Catalog.Exercises.Select(e => (e.Id, e.PartnerInvolvement, e.SafetyNote)), "id");
        ShouldCarry(practices, Catalog.Practices.Select(p => (p.Id, p.PartnerInvolvement, p.SafetyNote)), "id");
        ShouldCarry(scripts, Catalog.Scripts.Select(s => (s.Id, s.PartnerInvolvement, s.SafetyNote)), "id");
        practices.Should().Contain(p => p!["partnerInvolvement"]!.GetValue<string>() == "confront")
            .And.Contain(p => p!["partnerInvolvement"]!.GetValue<string>() == "none");
    }

    [Fact]
    public async Task A_rendered_script_and_the_coachs_rewrite_carry_the_templates_safety_note()
    {
        var formula = Catalog.Get<ScriptTemplate>(HonestyFormulaArguments.Id);
        var calm = Catalog.Scripts.First(s => s.PartnerInvolvement == PartnerInvolvement.None && s.Parameters.All(p => p.IsOptional));
        formula.SafetyNote.Should().NotBeNullOrWhiteSpace();

        var rendered = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/scripts/honesty-formula",
            new { feeling = "hurt", behaviour = "plans change at the last minute", request = "a heads-up the day before" }));
        var alone = await ReadJsonAsync(await Client.PostAsJsonAsync($"/api/scripts/{calm.Id}/render", new { values = new Dictionary<string, string>() }));
        var coached = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/coach", new { message = "You ALWAYS leave the dishes for me!!!" }));

        rendered["safetyNote"]!.GetValue<string>().Should().Be(formula.SafetyNote);
        alone["safetyNote"].Should().BeNull("a script a person says to calm down asks nothing of the partner");
        coached["rewrite"]!["safetyNote"]!.GetValue<string>().Should().Be(formula.SafetyNote);
    }

    [Fact]
    public async Task The_script_builder_sends_the_formulas_safety_note_only_while_the_screen_finds_nothing()
    {
        var formula = Catalog.Get<ScriptTemplate>(HonestyFormulaArguments.Id);

        var safe = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/script-builder", new { feeling = "hurt", behaviour = "plans change", request = "a heads-up" }));
        var empty = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/script-builder", new { }));
        var dangerous = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/script-builder", new { feeling = "scared", behaviour = "he hit me last night", request = "help" }));

        safe["safetyNote"]!.GetValue<string>().Should().Be(formula.SafetyNote);
        empty["safetyNote"]!.GetValue<string>().Should().Be(formula.SafetyNote, "the page shows the note before anything is typed");
        dangerous["safety"]!["isSafe"]!.GetValue<bool>().Should().BeFalse();
        dangerous["safetyNote"].Should().BeNull("the safety message shows instead");
    }

    // Each returned item, found by its key member, has the catalog item's partner involvement (kebab case) and note.
    private static void ShouldCarry(IReadOnlyList<JsonNode?> returned, IEnumerable<(string Key, PartnerInvolvement Involvement, string? Note)> expected, string key)
    {
        var items = expected.ToList();
        returned.Should().HaveCount(items.Count);
        foreach (var (k, involvement, note) in items)
        {
            var item = returned.Single(r => r![key]!.GetValue<string>() == k)!;
            item["partnerInvolvement"]!.GetValue<string>().Should().Be(involvement.ToString().ToLowerInvariant(), k);
            if (note is null)
            {
                item["safetyNote"].Should().BeNull(k);
            }
            else
            {
                item["safetyNote"]!.GetValue<string>().Should().Be(note, k);
            }

            if (involvement != PartnerInvolvement.None)
            {
                note.Should().NotBeNullOrWhiteSpace($"{k} asks something of the partner");
            }
        }
    }
}
