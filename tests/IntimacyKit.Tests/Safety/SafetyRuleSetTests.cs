using System.Text;
using CsCheck;
using IntimacyKit.Safety;

namespace IntimacyKit.Tests.Safety;

/// <summary>
/// The rule files: the built-in rules load and cover every category at its level; reading only the sentences that hold
/// trigger words finds exactly what reading every sentence finds; an app's own rule file is checked when it is loaded,
/// with the JSON path of each problem, and its rules screen alongside the built-in ones.
/// </summary>
public sealed class SafetyRuleSetTests
{
    private static readonly string[] s_separators =
        [" ", "\n", ". ", "! ", "? ", "", "\n[09:14] Sam: ", "; ", ", ", " - ", "\"", "'", ": ", "...", " (", ") ", "\r\n", "\t", "?!"];

    private const string AppRules = """
        {
          "language": "en",
          "classes": { "pet": { "inflect": "noun", "words": ["dog", "cat", "rabbit"] } },
          "rules": [
            { "id": "app-pet-threat", "category": "threat", "level": "urgent",
              "frames": ["( hurt | drown | poison ) ( the | my | our ) @pet"],
              "unless": ["hurt ( the | my | our ) @pet 's feelings"] }
          ]
        }
        """;

    [Fact]
    public void The_built_in_rules_load_and_cover_every_category_at_its_level()
    {
        var rules = SafetyRuleSet.English.Rules;

        rules.Should().NotBeEmpty();
        rules.Select(r => r.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z0-9]+(-[a-z0-9]+)*$"));
        rules.Select(r => r.Category).Distinct().Should().BeEquivalentTo(Enum.GetValues<SafetyCategory>());
        SafetyCategory[] concerns = [SafetyCategory.CoerciveControl, SafetyCategory.Intimidation, SafetyCategory.Stalking, SafetyCategory.EconomicAbuse];
        rules.Should().OnlyContain(r => r.Level == (concerns.Contains(r.Category) ? SafetyLevel.Concern : SafetyLevel.Urgent));
        rules.Should().OnlyContain(r => !string.IsNullOrWhiteSpace(r.Explanation));
        SafetyRuleSet.English.Matcher.Triggers.Should().OnlyContain(t => t.Length > 0);
    }

    [Fact]
    public void Every_set_sentence_gets_the_same_findings_when_only_sentences_with_trigger_words_are_searched()
    {
        var rules = SafetyRuleSet.English;
        var texts = SafetyLabelledSet.All.Select(t => t.Text)
            .Concat(SafetySets.Load("tuning-1.en").Select(s => s.Text))
            .Concat(SafetySets.Load("tuning-2.en").Select(s => s.Text));

        foreach (var text in texts)
        {
            rules.Find(text, useTriggers: true).Should().Equal(rules.Find(text, useTriggers: false), because: text);
        }
    }

    [Fact]
    public void Long_generated_texts_get_the_same_findings_when_only_sentences_with_trigger_words_are_searched()
    {
        var rules = SafetyRuleSet.English;
        var texts = SafetyLabelledSet.All.Select(t => t.Text).ToArray();
        var piece = Gen.Select(Gen.Int[0, texts.Length - 1], Gen.Int[0, s_separators.Length - 1], Gen.Bool, (t, s, upper) =>
            s_separators[s] + (upper ? texts[t].ToUpperInvariant() : texts[t]));
        var compared = 0;

        piece.Array[20, 800].Sample(pieces =>
        {
            var text = string.Concat(pieces);
            var expected = rules.Find(text, useTriggers: false);
            rules.Find(text, useTriggers: true).Should().Equal(expected);
            compared += expected.Count;
        }, iter: 40, threads: 1);

        compared.Should().BePositive("the generated texts hold the labelled urgent and concern texts");
    }

    [Fact]
    public void An_app_rule_file_screens_together_with_the_built_in_rules()
    {
        var file = SafetyRuleFile.Parse(AppRules);
        var screen = new SafetyScreen(SafetyResources.Default, [file]);

        file.Language.Should().Be("en");
        file.RuleIds.Should().Equal("app-pet-threat");
        file.Name.Should().Be("(string)");
        var result = screen.Screen("He said he would drown the dog. Then he hit me.");
        result.Findings.Select(f => f.RuleId).Should().Contain("app-pet-threat").And.Contain(id => id.StartsWith("violence", StringComparison.Ordinal));
        result.Findings.Single(f => f.RuleId == "app-pet-threat").Explanation.Should().NotBeNullOrWhiteSpace("a rule without its own explanation takes its category's");
        screen.Screen("I hurt the dog's feelings when I laughed").IsSafe.Should().BeTrue();
        SafetyScreen.Default.Screen("He said he would drown the rabbit.").Findings.Should().NotContain(f => f.RuleId == "app-pet-threat");
    }

    [Fact]
    public async Task A_rule_file_loads_from_a_stream_and_from_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"safety-rules-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, AppRules);
        try
        {
            SafetyRuleFile.LoadFile(path).Name.Should().Be(path);
            await using var stream = File.OpenRead(path);
            (await SafetyRuleFile.LoadAsync(stream)).RuleIds.Should().Equal("app-pet-threat");
            using var again = new MemoryStream(Encoding.UTF8.GetBytes(AppRules));
            SafetyRuleFile.Load(again).Name.Should().Be("(stream)");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{ "language": "en", "rules": [ { "id": "x", "category": "threat", "level": "urgent", "frames": ["@nothing me"] } ] }""", "$.rules[0].frames[0]", "invalid-frame")]
    [InlineData("""{ "language": "en", "rules": [ { "id": "x", "category": "threat", "level": "urgent", "frames": ["hit ( me"] } ] }""", "$.rules[0].frames[0]", "invalid-frame")]
    [InlineData("""{ "language": "en", "rules": [ { "id": "violence-passive", "category": "threat", "level": "urgent", "frames": ["hit me"] } ] }""", "$.rules[0].id", "duplicate-id")]
    [InlineData("""{ "language": "en", "rules": [ { "id": "Not Kebab", "category": "threat", "level": "urgent", "frames": ["hit me"] } ] }""", "$.rules[0].id", "invalid-id")]
    [InlineData("""{ "language": "en", "rules": [ { "id": "x", "category": "threat", "level": "none", "frames": ["hit me"] } ] }""", "$.rules[0].level", "invalid-value")]
    [InlineData("""{ "language": "en", "rules": [ { "id": "x", "category": "threat", "level": "urgent" } ] }""", "$.rules[0].frames", "required")]
    [InlineData("""{ "language": "en", "rules": [] }""", "$.rules", "required")]
    [InlineData("""{ "language": "en", "rules": [ { "id": "x", "category": "bad-luck", "level": "urgent", "frames": ["hit me"] } ] }""", "$.rules[0].category", "wrong-type")]
    [InlineData("""{ "language": "en", "rules": [ { "id": "x", "category": "threat", "level": "urgent", "frames": ["hit me"], "pattern": "hit" } ] }""", "$.rules[0].pattern", "unknown-member")]
    [InlineData("""{ "language": "xx", "rules": [ { "id": "x", "category": "threat", "level": "urgent", "frames": ["hit me"] } ] }""", "$.language", "unknown-language")]
    [InlineData("""{ "language": "en", "classes": { "strike": { "words": ["poke"] } }, "rules": [ { "id": "x", "category": "threat", "level": "urgent", "frames": ["@strike me"] } ] }""", "$.classes.strike", "duplicate-id")]
    [InlineData("""{ "language": "en", "rules": [ { "id": "x", "category": "threat", "level": "urgent", "frames": [null] } ] }""", "$.rules[0].frames[0]", "required")]
    [InlineData("""{ "language": "en", "rules": [ { "id": "x", "category": "threat", "level": "urgent", "frames": ["hit me"], "unless": [" "] } ] }""", "$.rules[0].unless[0]", "required")]
    [InlineData("""{ "language": "en", "classes": { "pests": { "words": ["wasp", null] } }, "rules": [ { "id": "x", "category": "threat", "level": "urgent", "frames": ["@pests me"] } ] }""", "$.classes.pests.words[1]", "required")]
    [InlineData("""{ "language": "en", "frames": { "gap": null }, "rules": [ { "id": "x", "category": "threat", "level": "urgent", "frames": ["hit me"] } ] }""", "$.frames.gap", "required")]
    public void A_broken_rule_file_is_refused_with_the_path_and_code_of_its_problem(string json, string path, string code)
    {
        var act = () => SafetyRuleFile.Parse(json);

        var problem = act.Should().Throw<SafetyRulesException>().Which.Problems.Should().ContainSingle().Which;
        problem.Path.Should().Be(path);
        problem.Code.Should().Be(code);
        problem.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Every_broken_frame_of_a_file_is_listed_at_once_with_its_path()
    {
        const string json = """
            { "language": "en", "rules": [
              { "id": "a", "category": "threat", "level": "urgent", "frames": ["@nothing me"] },
              { "id": "b", "category": "threat", "level": "urgent", "frames": ["hit me"] },
              { "id": "c", "category": "threat", "level": "urgent", "frames": ["hit ( me"] } ] }
            """;

        var act = () => SafetyRuleFile.Parse(json);

        act.Should().Throw<SafetyRulesException>().Which.Problems.Select(p => (p.Path, p.Code))
            .Should().Equal(("$.rules[0].frames[0]", "invalid-frame"), ("$.rules[2].frames[0]", "invalid-frame"));
    }

    [Fact]
    public void A_rule_file_of_a_regional_culture_is_read_with_its_language()
    {
        var file = SafetyRuleFile.Parse(AppRules.Replace("\"language\": \"en\"", "\"language\": \"en-GB\"", StringComparison.Ordinal));

        file.Language.Should().Be("en-GB");
        new SafetyScreen(SafetyResources.Default, [file]).Screen("He said he would drown the rabbit.").Findings
            .Should().Contain(f => f.RuleId == "app-pet-threat");
    }

    [Fact]
    public void Rule_files_of_different_languages_or_with_the_same_rule_ids_are_refused_together()
    {
        var file = SafetyRuleFile.Parse(AppRules);

        var act = () => new SafetyScreen(SafetyResources.Default, [file, file]);

        act.Should().Throw<SafetyRulesException>().Which.Problems.Should().Contain(p => p.Code == "duplicate-id" && p.Path == "$.rules[0].id");
        FluentActions.Invoking(() => new SafetyScreen(SafetyResources.Default, [file, null!])).Should().Throw<ArgumentNullException>();
        new SafetyScreen(SafetyResources.Default, []).Language.Should().Be("en");
    }
}
