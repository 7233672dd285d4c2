using System.Text;
using IntimacyKit.Safety;

namespace IntimacyKit.Tests.Safety;

/// <summary>The rules file: it loads, every rule compiles for the non-backtracking engine, and broken rules are named.</summary>
public sealed class SafetyRuleSetTests
{
    [Fact]
    public void The_built_in_rules_load_and_cover_every_category_at_its_level()
    {
        var rules = SafetyRuleSet.English.Rules;

        rules.Should().NotBeEmpty();
        rules.Select(r => r.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z0-9]+(-[a-z0-9]+)*$"));
        rules.Select(r => r.Category).Distinct().Should().BeEquivalentTo(Enum.GetValues<SafetyCategory>());
        rules.Should().OnlyContain(r => r.Level == (r.Category == SafetyCategory.CoerciveControl || r.Category == SafetyCategory.Intimidation ? SafetyLevel.Concern : SafetyLevel.Urgent));
        rules.Should().OnlyContain(r => !string.IsNullOrWhiteSpace(r.Explanation));
    }

    [Fact]
    public void The_rules_share_a_few_expressions_and_every_figurative_pattern_compiles()
    {
        var rules = SafetyRuleSet.English;

        rules.ExpressionCount.Should().BeInRange(1, rules.Rules.Length / 2);
        foreach (var rule in rules.Rules.Where(r => r.Unless is not null))
        {
            rule.Unless!.Value.Options.Should().HaveFlag(System.Text.RegularExpressions.RegexOptions.NonBacktracking);
        }
    }

    [Fact]
    public void A_rule_with_a_lookaround_is_rejected_with_its_id()
    {
        var document = Document(("with-lookahead", @"\bhit(?=\s+me)"));

        FluentActions.Invoking(() => SafetyRuleSet.Compile(document))
            .Should().Throw<InvalidDataException>().WithMessage("*'with-lookahead'*");
    }

    [Fact]
    public void A_rule_with_a_syntax_error_or_an_unknown_term_is_rejected_with_its_id()
    {
        FluentActions.Invoking(() => SafetyRuleSet.Compile(Document(("unbalanced", @"\b(hit"))))
            .Should().Throw<InvalidDataException>().WithMessage("*'unbalanced'*");
        FluentActions.Invoking(() => SafetyRuleSet.Compile(Document(("unknown-term", @"{{nobody}}\s+hit"))))
            .Should().Throw<InvalidDataException>().WithMessage("*'unknown-term'*nobody*");
    }

    [Fact]
    public void Duplicate_ids_and_rules_without_a_level_are_rejected()
    {
        FluentActions.Invoking(() => SafetyRuleSet.Compile(Document(("same", "a"), ("same", "b"))))
            .Should().Throw<InvalidDataException>().WithMessage("*'same'*");
        FluentActions.Invoking(() => SafetyRuleSet.Compile(Document(("no-level", "a")) with
        {
            Rules = [new SafetyRuleDefinition { Id = "no-level", Category = SafetyCategory.Threat, Level = SafetyLevel.None, Pattern = "a" }],
        })).Should().Throw<InvalidDataException>().WithMessage("*'no-level'*");
    }

    [Fact]
    public void A_malformed_rules_document_is_rejected()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{ "language": "en", "rules": [ { "id": "x", "category": "threat", "level": "urgent" } ] }"""));

        FluentActions.Invoking(() => SafetyRuleSet.Load(stream)).Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void Rules_too_large_for_one_expression_are_split_and_still_find_every_rule()
    {
        // Each rule is a long alternation; together they exceed the engine's limit on one expression.
        var words = string.Join("|", Enumerable.Range(0, 400).Select(i => "word" + i));
        var document = Document([.. Enumerable.Range(0, 12).Select(i => ($"rule-{i}", $@"\bmark{i}\s+(?:{words})\b"))]);

        var rules = SafetyRuleSet.Compile(document);
        var found = rules.Find("mark0 word1 and mark11 word399 and mark5 word7");

        rules.ExpressionCount.Should().BeGreaterThan(1);
        found.Select(f => f.Rule.Id).Should().Equal("rule-0", "rule-11", "rule-5");
    }

    [Fact]
    public void A_figurative_pattern_excuses_only_the_match_it_starts_at()
    {
        var document = Document(("beat", @"\bbeat\s+me\b")) with
        {
            Rules = [new SafetyRuleDefinition { Id = "beat", Category = SafetyCategory.PhysicalViolence, Level = SafetyLevel.Urgent, Pattern = @"\bbeat\s+me\b", Unless = [@"beat\s+me\s+at\b"] }],
        };

        const string Text = "He beat me at chess, then he beat me badly.";

        var found = SafetyRuleSet.Compile(document).Find(Text);

        found.Should().ContainSingle().Which.Start.Should().Be(Text.LastIndexOf("beat me", StringComparison.Ordinal));
    }

    internal static SafetyRuleDocument Document(params (string Id, string Pattern)[] rules) => new()
    {
        Language = "en",
        Categories = [.. Enum.GetValues<SafetyCategory>().Select(c => new SafetyCategoryDocument { Category = c, Explanation = "Explained." })],
        Rules = [.. rules.Select(r => new SafetyRuleDefinition { Id = r.Id, Category = SafetyCategory.Threat, Level = SafetyLevel.Urgent, Pattern = r.Pattern })],
    };
}
