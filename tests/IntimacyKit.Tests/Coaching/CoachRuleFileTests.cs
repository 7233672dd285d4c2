using IntimacyKit.Coaching;
using IntimacyKit.Safety;

namespace IntimacyKit.Tests.Coaching;

/// <summary>An app's own coach rules: read through <see cref="CoachRuleFile"/>, checked with JSON paths, added with <see cref="MessageCoach.WithRules"/>.</summary>
public sealed class CoachRuleFileTests
{
    private const string PutDown = """
        {
          "language": "en",
          "classes": { "app-insults": { "words": ["muppet", "numpty", "plonker"] } },
          "rules": [
            {
              "id": "app-put-down",
              "kind": "contempt",
              "frames": ["you %adv? @app-insults"],
              "unlessBefore": ["( called | calls ) ( me | him | her )"],
              "explanation": "A put-down tells the other person you look down on them.",
              "suggestion": "Say what upset you, plainly."
            }
          ]
        }
        """;

    [Fact]
    public void An_apps_rule_is_found_with_its_id_and_its_kinds_antidote_and_the_built_in_rules_still_read()
    {
        var file = CoachRuleFile.Parse(PutDown);
        var coach = MessageCoach.Default.WithRules([file]);

        file.Name.Should().Be("(string)");
        file.Language.Should().Be("en");
        file.RuleIds.Should().Equal("app-put-down");
        var finding = coach.Analyze("Honestly, you plonker.").Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be("app-put-down");
        finding.Kind.Should().Be(CoachFindingKind.Contempt);
        finding.Text.Should().Be("you plonker");
        finding.AntidoteId.Should().Be("feeling-statement-script");
        coach.Analyze("He called me a muppet, you plonker.").Findings.Should().ContainSingle().Which.Text.Should().Be("you plonker");
        coach.Analyze("You always leave the lights on.").Findings.Should().ContainSingle().Which.RuleId.Should().Be("you-always");
        MessageCoach.Default.Analyze("you plonker").HasFindings.Should().BeFalse("the default coach is not changed");
    }

    [Fact]
    public void A_coach_with_rules_screens_with_the_same_safety_screen()
    {
        var coach = MessageCoach.Default.WithRules([CoachRuleFile.Parse(PutDown)]);

        var report = coach.Analyze("You plonker, last night you hit me.");

        report.Safety!.Level.Should().Be(SafetyLevel.Urgent);
        report.Safety.Categories.Should().Contain(SafetyCategory.PhysicalViolence);
        report.Findings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{ "language": "en", "rules": [ { "id": "a", "kind": "sneer", "frames": ["you numpty"], "explanation": "x", "suggestion": "y" } ] }""", "$.rules[0].kind")]
    [InlineData("""{ "language": "en", "rules": [ { "id": "a", "kind": "contempt", "frames": ["you ( numpty"], "explanation": "x", "suggestion": "y" } ] }""", "$.rules[0].frames[0]", "invalid-frame")]
    [InlineData("""{ "language": "en", "rules": [ { "id": "a", "kind": "contempt", "frames": ["you @nothing"], "explanation": "x", "suggestion": "y" } ] }""", "$.rules[0].frames[0]", "invalid-frame")]
    [InlineData("""{ "language": "en", "rules": [ { "id": "sarcasm", "kind": "contempt", "frames": ["you numpty"], "explanation": "x", "suggestion": "y" } ] }""", "$.rules[0].id", "duplicate-id")]
    [InlineData("""{ "language": "en", "rules": [ { "id": "a", "kind": "contempt", "frames": [], "explanation": "x", "suggestion": "y" } ] }""", "$.rules[0].frames", "required")]
    [InlineData("""{ "language": "en", "classes": { "labels": { "words": ["numpty"] } }, "rules": [ { "id": "a", "kind": "contempt", "frames": ["you numpty"], "explanation": "x", "suggestion": "y" } ] }""", "$.classes.labels", "duplicate-id")]
    [InlineData("""{ "language": "en", "antidotes": { "contempt": { "antidote": "x", "itemId": "y" } }, "rules": [ { "id": "a", "kind": "contempt", "frames": ["you numpty"], "explanation": "x", "suggestion": "y" } ] }""", "$.antidotes", "invalid-value")]
    [InlineData("""{ "language": "es", "rules": [ { "id": "a", "kind": "contempt", "frames": ["you numpty"], "explanation": "x", "suggestion": "y" } ] }""", "$.language", "language-mismatch")]
    [InlineData("""{ "language": "en", "rules": [ { "id": "a", "kind": "contempt", "frames": ["you numpty"], "suggestion": "y" } ] }""", "$.rules[0]")]
    [InlineData("""{ "language": "en", "rules": [ ], }""", "$")]
    public void A_file_with_a_mistake_is_refused_with_the_path_of_the_problem(string json, string path, string? code = null)
    {
        var error = FluentActions.Invoking(() => CoachRuleFile.Parse(json)).Should().Throw<CoachRulesException>().Which;

        error.RuleFileName.Should().Be("(string)");
        var problem = error.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().StartWith(path);
        if (code is not null)
        {
            problem.Code.Should().Be(code);
        }

        error.Message.Should().Contain(problem.Path);
    }

    [Fact]
    public void Two_files_that_define_one_rule_id_are_refused_naming_the_later_file()
    {
        var file = CoachRuleFile.Parse(PutDown);

        var error = FluentActions.Invoking(() => MessageCoach.Default.WithRules([file, file])).Should().Throw<CoachRulesException>().Which;

        error.Problems.Should().ContainSingle().Which.Path.Should().Be("$.classes.app-insults");
        FluentActions.Invoking(() => MessageCoach.Default.WithRules(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MessageCoach.Default.WithRules([null!])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CoachRuleFile.Parse(null!)).Should().Throw<ArgumentNullException>();
    }
}
