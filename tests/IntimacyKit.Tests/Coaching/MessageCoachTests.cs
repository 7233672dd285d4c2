using System.Globalization;
using System.Text.Json;
using IntimacyKit.Coaching;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests.Coaching;

/// <summary>The message coach: findings with exact spans and explainable rules, good practice left alone, and the rewrite.</summary>
public sealed class MessageCoachTests
{
    private static MessageCoach Coach => MessageCoach.Default;

    private static readonly CultureInfo s_enUS = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void A_null_message_throws_and_an_empty_one_has_no_findings()
    {
        var act = () => Coach.Analyze(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("message");

        var report = Coach.Analyze("");
        report.Message.Should().BeEmpty();
        report.HasFindings.Should().BeFalse();
        report.Findings.Should().BeEmpty();
        report.Rewrite.Should().BeNull();
    }

    [Fact]
    public void The_default_coach_is_one_shared_instance()
    {
        MessageCoach.Default.Should().BeSameAs(MessageCoach.Default);
    }

    [Theory]
    [InlineData("You always leave the lights on.", CoachFindingKind.Generalisation, "You always", "you-always")]
    [InlineData("Honestly, you're so selfish.", CoachFindingKind.Labelling, "you're so selfish", "you-are-label")]
    [InlineData("It's your fault we're late.", CoachFindingKind.BlameCausation, "your fault", "your-fault")]
    [InlineData("I feel like you don't care.", CoachFindingKind.ThoughtAsFeeling, "I feel like you", "feel-like-you")]
    [InlineData("I feel abandoned.", CoachFindingKind.FauxFeeling, "I feel abandoned", "faux-feeling")]
    [InlineData("You should call more.", CoachFindingKind.ShouldDemand, "You should", "you-should")]
    [InlineData("Why would you do that!!!", CoachFindingKind.Escalation, "!!!", "stacked-exclamations")]
    public void Each_kind_is_found_with_its_exact_span_and_rule(string message, CoachFindingKind kind, string text, string ruleId)
    {
        var finding = Coach.Analyze(message).Findings.Should().ContainSingle().Subject;

        finding.Kind.Should().Be(kind);
        finding.Text.Should().Be(text);
        message.Substring(finding.Start, finding.Length).Should().Be(text);
        finding.RuleId.Should().Be(ruleId);
        finding.Explanation.Should().NotBeNullOrWhiteSpace();
        finding.Suggestion.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Every_finding_of_the_labelled_set_has_an_exact_span_and_a_rule_of_the_rules_file()
    {
        using var rules = JsonDocument.Parse(RepositoryFiles.ReadAllText("src", "IntimacyKit", "Content", "coach-rules.en.json"));
        var ids = rules.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToHashSet();
        ids.Should().BeEquivalentTo(Coach.RuleIds);

        foreach (var message in CoachQualityTests.LoadSet())
        {
            var report = Coach.Analyze(message.Text);
            report.Message.Should().BeSameAs(message.Text);
            report.Findings.Select(f => f.Start).Should().BeInAscendingOrder();
            foreach (var finding in report.Findings)
            {
                finding.Length.Should().BePositive();
                finding.Text.Should().Be(message.Text.Substring(finding.Start, finding.Length), message.Text);
                ids.Should().Contain(finding.RuleId);
                finding.UnderlyingFeelings.IsEmpty.Should().Be(finding.Kind != CoachFindingKind.FauxFeeling, finding.Text);
            }
        }
    }

    [Fact]
    public void Spans_stay_exact_with_curly_apostrophes_and_repeated_findings()
    {
        const string Message = "You’re always late. You’re so selfish!!! YOU NEVER LISTEN.";

        var report = Coach.Analyze(Message);

        report.Findings.Select(f => f.Kind).Should().Contain([CoachFindingKind.Generalisation, CoachFindingKind.Labelling, CoachFindingKind.Escalation]);
        report.Findings.Should().OnlyContain(f => f.Text == Message.Substring(f.Start, f.Length));
        report.Findings.Should().Contain(f => f.Text == "You’re always");
    }

    [Fact]
    public void A_faux_feeling_comes_with_the_feelings_beneath_it_from_the_vocabulary()
    {
        var finding = Coach.Analyze("Last night I felt so ignored.").Findings.Should().ContainSingle().Subject;

        finding.Kind.Should().Be(CoachFindingKind.FauxFeeling);
        finding.Text.Should().Be("I felt so ignored");
        finding.UnderlyingFeelings.Should().Equal(FeelingsVocabulary.Default.FauxFeelings["ignored"]);
        finding.UnderlyingFeelings.Should().Contain("lonely");
    }

    [Fact]
    public void Every_built_in_script_rendered_with_its_examples_has_no_findings()
    {
        var renderer = ScriptRenderer.Default;
        foreach (var template in IntimacyCatalog.BuiltIn.Scripts)
        {
            var values = template.Parameters.ToDictionary(p => p.Name, p => (object?)Example(p));
            var script = renderer.RenderTemplate(template.Id, values, s_enUS);

            Coach.Analyze(script).Findings.Should().BeEmpty($"'{template.Id}' renders \"{script}\"");
        }
    }

    [Fact]
    public void The_toolbox_wording_with_its_blanks_has_no_findings()
    {
        foreach (var item in IntimacyCatalog.BuiltIn.Toolbox)
        {
            Coach.Analyze(item.Text).Findings.Should().BeEmpty(item.Text);
            foreach (var step in item.Steps)
            {
                Coach.Analyze(step).Findings.Should().BeEmpty(step);
            }
        }
    }

    [Theory]
    [InlineData("I feel hurt when plans change at the last minute; I'd like a heads-up the day before.")]
    [InlineData("Can you pick up milk at 6?")]
    [InlineData("You always make me laugh.")]
    [InlineData("You never fail to cheer me up.")]
    [InlineData("I never thought of that.")]
    [InlineData("I feel hurt when you cancel our plans.")]
    [InlineData("She told me \"you always ruin everything\" and I didn't know what to say.")]
    [InlineData("It's not your fault.")]
    public void Good_practice_is_left_alone(string message)
    {
        var report = Coach.Analyze(message);

        report.Findings.Should().BeEmpty();
        report.HasFindings.Should().BeFalse();
        report.Rewrite.Should().BeNull();
    }

    [Fact]
    public void The_rewrite_fills_the_feeling_beneath_a_faux_feeling_and_the_behaviour_of_a_when_clause()
    {
        var rewrite = Coach.Analyze("I feel abandoned when you go out with your friends every weekend.").Rewrite!;

        rewrite.Feeling.Should().Be("lonely");
        rewrite.Behaviour.Should().Be("you go out with your friends every weekend");
        rewrite.Request.Should().BeNull();
        rewrite.Blanks.Should().Equal("request");
        rewrite.Text.Should().Be("I feel lonely when you go out with your friends every weekend; I'd like [request].");
    }

    [Fact]
    public void The_rewrite_turns_never_into_a_behaviour_and_should_into_a_request()
    {
        var rewrite = Coach.Analyze("You never call when you're late. You should text me.").Rewrite!;

        rewrite.Feeling.Should().BeNull();
        rewrite.Behaviour.Should().Be("you're late");
        rewrite.Request.Should().Be("you to text me");
        rewrite.Text.Should().Be("I feel [feeling] when you're late; I'd like you to text me.");
        rewrite.Blanks.Should().Equal("feeling");
    }

    [Fact]
    public void The_rewrite_of_a_generalisation_states_the_behaviour_without_always_or_never()
    {
        Coach.Analyze("You always leave your shoes in the hall.").Rewrite!.Behaviour.Should().Be("you leave your shoes in the hall");
        Coach.Analyze("You never listen to me.").Rewrite!.Behaviour.Should().Be("you don't listen to me");
        Coach.Analyze("You make me so angry.").Rewrite!.Feeling.Should().Be("angry");
    }

    [Fact]
    public void With_nothing_to_infer_the_rewrite_is_the_formula_with_named_blanks()
    {
        var rewrite = Coach.Analyze("You're pathetic.").Rewrite!;

        rewrite.Text.Should().Be("I feel [feeling] when [behaviour]; I'd like [request].");
        rewrite.Blanks.Should().Equal("feeling", "behaviour", "request");
        rewrite.Feeling.Should().BeNull();
        rewrite.Behaviour.Should().BeNull();
        rewrite.Request.Should().BeNull();
    }

    [Fact]
    public void The_coach_gives_the_same_answers_from_many_threads()
    {
        var messages = CoachQualityTests.LoadSet().Select(m => m.Text).ToArray();
        var expected = messages.Select(m => Coach.Analyze(m).Findings.Select(f => (f.RuleId, f.Start, f.Length)).ToArray()).ToArray();

        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < messages.Length; i++)
            {
                Coach.Analyze(messages[i]).Findings.Select(f => (f.RuleId, f.Start, f.Length)).Should().Equal(expected[i]);
            }
        });
    }

    private static object Example(ScriptParameter parameter) => parameter.Kind switch
    {
        ScriptParameterKind.Duration => TimeSpan.Parse(parameter.Example, CultureInfo.InvariantCulture),
        ScriptParameterKind.ClockTime => TimeOnly.Parse(parameter.Example, CultureInfo.InvariantCulture),
        ScriptParameterKind.Day => Enum.Parse<DayOfWeek>(parameter.Example),
        _ => parameter.Example,
    };
}
