using IntimacyKit.Coaching;
using IntimacyKit.Safety;

namespace IntimacyKit.Tests.Coaching;

/// <summary>
/// The coach's kinds after Gottman's four horsemen (criticism, contempt, defensiveness, stonewalling), mind-reading and
/// ultimatums: each found with its rule, each naming its antidote and the catalog item that practises it.
/// </summary>
public sealed class CoachHorsemenTests
{
    private static MessageCoach Coach => MessageCoach.Default;

    [Theory]
    [InlineData("You have no respect for my time.", CoachFindingKind.Criticism, "character-attack", "honesty-formula")]
    [InlineData("You keep forgetting to lock the door.", CoachFindingKind.Generalisation, "you-keep", "honesty-formula")]
    [InlineData("Oh great, thanks a lot for telling me now.", CoachFindingKind.Contempt, "sarcasm", "feeling-statement-script")]
    [InlineData("How hard is it to text back?", CoachFindingKind.Contempt, "rhetorical-question", "feeling-statement-script")]
    [InlineData("Says the person who forgot my birthday.", CoachFindingKind.Defensiveness, "counter-blame", "repair-checklist")]
    [InlineData("I can never do anything right for you.", CoachFindingKind.Defensiveness, "innocent-victim", "repair-checklist")]
    [InlineData("I'm done talking.", CoachFindingKind.Stonewalling, "stonewalling", "bridge-sentence")]
    [InlineData("Whatever.", CoachFindingKind.Stonewalling, "stonewalling-reply", "bridge-sentence")]
    [InlineData("You did that on purpose.", CoachFindingKind.MindReading, "mind-reading", "curious-question-swap")]
    [InlineData("One more lie and we're done.", CoachFindingKind.Ultimatum, "ultimatum", "one-boundary-sentence")]
    [InlineData("You brought this on yourself.", CoachFindingKind.BlameCausation, "blame-shifting", "honesty-formula")]
    public void Each_horseman_is_found_with_its_rule_and_its_antidote(string message, CoachFindingKind kind, string ruleId, string antidoteId)
    {
        var report = Coach.Analyze(message);

        report.Findings.Should().NotBeEmpty().And.OnlyContain(f => f.Kind == kind);
        var finding = report.Findings[0];
        finding.RuleId.Should().Be(ruleId);
        message.Substring(finding.Start, finding.Length).Should().Be(finding.Text);
        finding.Antidote.Should().NotBeNullOrWhiteSpace();
        finding.AntidoteId.Should().Be(antidoteId);
        report.Rewrite!.Text.Should().StartWith("I feel ", "the rewrite keeps offering the honesty formula");
    }

    [Theory]
    [InlineData("You don't ever help with the shopping.")]
    [InlineData("You seriously never listen.")]
    [InlineData("You're honestly just fundamentally lazy.")]
    [InlineData("You're kind of a bully.")]
    [InlineData("You don't have a generous bone in your body.")]
    public void Negation_and_intensifiers_are_read_by_word_classes(string message)
    {
        Coach.Analyze(message).HasFindings.Should().BeTrue();
    }

    [Theory]
    [InlineData("You always know how to make me laugh.")]
    [InlineData("You never fail to cheer me up.")]
    [InlineData("You keep me sane.")]
    [InlineData("I feel hurt when plans change; could we check with each other first?")]
    [InlineData("Could you pick up bread on the way home?")]
    [InlineData("Thank you for listening tonight.")]
    [InlineData("I'm sorry I snapped at you this morning.")]
    [InlineData("What kind of cake would you like?")]
    [InlineData("I know you're tired, thanks for cooking.")]
    [InlineData("Either pasta or curry is fine, you pick.")]
    [InlineData("I'm done with work, heading home.")]
    [InlineData("Nice of you to help my mum, she was thrilled.")]
    public void Clean_messages_with_always_never_you_or_the_horsemens_words_are_left_alone(string message)
    {
        Coach.Analyze(message).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Every_kind_has_an_antidote_whose_item_is_in_the_built_in_catalog()
    {
        var messages = CoachQualityTests.LoadSet().Select(m => m.Text);
        var findings = messages.SelectMany(m => Coach.Analyze(m).Findings).ToList();

        findings.Select(f => f.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<CoachFindingKind>());
        foreach (var finding in findings.DistinctBy(f => f.Kind))
        {
            finding.Antidote.Should().NotBeNullOrWhiteSpace();
            IntimacyCatalog.BuiltIn.TryGet<ICatalogItem>(finding.AntidoteId, out _).Should().BeTrue($"the antidote of {finding.Kind} is '{finding.AntidoteId}'");
        }
    }

    [Theory]
    [InlineData("Whatever. Last night you hit me again.")]
    [InlineData("One more lie and we're done, and if you leave I'll kill you.")]
    public void A_horseman_in_a_message_describing_danger_gets_safety_and_no_softer_words(string message)
    {
        var report = Coach.Analyze(message);

        report.Safety!.Level.Should().Be(SafetyLevel.Urgent);
        report.Findings.Should().BeEmpty();
        report.Rewrite.Should().BeNull();
    }
}
