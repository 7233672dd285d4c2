using IntimacyKit.Repair;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests.Repair;

public sealed class ApologyReviewerTests
{
    private static ApologyReview Review(string draft) => ApologyReviewer.Default.Review(draft);

    [Fact]
    public void A_rendered_repair_plan_has_all_five_steps_in_order_and_nothing_to_fix()
    {
        var words = ScriptRenderer.Default.Render(RepairTestData.Plan.ToScriptArguments(System.Globalization.CultureInfo.InvariantCulture));

        var review = Review(words);

        review.IsComplete.Should().BeTrue(string.Join("; ", review.Findings.Select(f => f.RuleId)));
        review.MissingSteps.Should().BeEmpty();
        review.Steps.Select(s => s.Step).Distinct().Should().Equal(RepairChecklist.Steps);
    }

    [Fact]
    public void Each_step_span_is_the_text_at_its_position_and_names_its_rule()
    {
        const string draft = "I'm sorry I snapped at you. Starting tonight I'll take ten minutes before we talk.";

        var review = Review(draft);

        review.Steps.Should().NotBeEmpty();
        review.Steps.Should().AllSatisfy(s =>
        {
            draft.Substring(s.Start, s.Length).Should().Be(s.Text);
            ApologyReviewer.Default.RuleIds.Should().Contain(s.RuleId);
        });
        review.Steps.Should().Contain(s => s.Step == RepairStep.ExpressRemorse && s.Text == "sorry");
        review.Steps.Should().Contain(s => s.Step == RepairStep.Acknowledge && s.Text.EndsWith("I snapped", StringComparison.Ordinal));
        review.MissingSteps.Should().Equal(RepairStep.OfferReparativeAct, RepairStep.AgreeOnFollowUp);
    }

    [Fact]
    public void A_missing_step_is_a_finding_without_a_span_that_explains_what_is_missing()
    {
        var review = Review("I'm sorry.");

        var missing = review.Findings.Where(f => f.Kind == ApologyFindingKind.MissingStep).ToList();
        missing.Select(f => f.Step).Should().Equal(RepairStep.Acknowledge, RepairStep.StateChange, RepairStep.OfferReparativeAct, RepairStep.AgreeOnFollowUp);
        missing.Should().AllSatisfy(f =>
        {
            (f.Start, f.Length, f.Text).Should().Be((0, 0, ""));
            f.RuleId.Should().StartWith("missing-");
            f.Explanation.Should().NotBeNullOrWhiteSpace();
        });
        missing[1].RuleId.Should().Be("missing-state-change");
    }

    [Theory]
    [InlineData("I'm sorry if you felt hurt.", "non-apology-if", "sorry if")]
    [InlineData("Well, sorry you feel that way.", "non-apology-you-feel", "sorry you feel")]
    [InlineData("I'm sorry, but you started it.", "non-apology-but", "sorry, but")]
    [InlineData("Mistakes were made.", "non-apology-passive", "Mistakes were made")]
    public void Each_non_apology_form_is_found_with_its_span_rule_and_explanation(string draft, string ruleId, string text)
    {
        var review = Review(draft);

        review.IsNonApology.Should().BeTrue();
        var finding = review.Findings.First();
        finding.Kind.Should().Be(ApologyFindingKind.NonApology);
        finding.RuleId.Should().Be(ruleId);
        finding.Text.Should().Be(text);
        draft.Substring(finding.Start, finding.Length).Should().Be(text);
        finding.Explanation.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Sorry_in_a_non_apology_sentence_does_not_count_as_remorse()
    {
        var review = Review("I'm sorry if you felt hurt by what I said.");

        review.Steps.Should().BeEmpty();
        review.MissingSteps.Should().Equal(RepairChecklist.Steps);
    }

    [Theory]
    [InlineData("I'm sorry I yelled. I'll do better.", "vague-effort", "do better")]
    [InlineData("I'm sorry I forgot again. I'll try to change.", "vague-effort", "try to change")]
    [InlineData("I'm sorry I was late. I'll be more careful.", "vague-be-more", "be more careful")]
    public void A_change_without_a_concrete_action_is_vague(string draft, string ruleId, string text)
    {
        var finding = Review(draft).Findings.Single(f => f.Kind == ApologyFindingKind.VagueChange);

        (finding.RuleId, finding.Text, finding.Step).Should().Be((ruleId, text, RepairStep.StateChange));
    }

    [Fact]
    public void A_concrete_change_without_a_time_is_vague_and_the_span_is_the_promise()
    {
        const string draft = "I was wrong to ignore your texts. I'm sorry. I'll text you back sooner.";

        var finding = Review(draft).Findings.Single(f => f.Kind == ApologyFindingKind.VagueChange);

        finding.RuleId.Should().Be("change-without-time");
        finding.Text.Should().Be("I'll text you back sooner.");
        finding.Explanation.Should().Contain("from when");
    }

    [Fact]
    public void A_concrete_change_with_a_time_is_not_vague()
    {
        var review = Review("I'm sorry I was late. I will call if I'm later than 7, starting tonight.");

        review.HasVagueChange.Should().BeFalse();
        review.Steps.Should().Contain(s => s.Step == RepairStep.StateChange);
    }

    [Fact]
    public void A_bare_I_will_that_offers_a_reparative_act_is_not_counted_as_the_change()
    {
        var review = Review("I was harsh with you this morning and I regret it. I'll make it up to you tonight.");

        review.Steps.Select(s => s.Step).Should().NotContain(RepairStep.StateChange);
        review.Steps.Select(s => s.Step).Should().Contain(RepairStep.OfferReparativeAct);
    }

    [Fact]
    public void Words_in_quotation_marks_are_not_read_as_the_writer_s_own()
    {
        var review = Review("You said \"sorry if you felt hurt\" is not an apology, and I agree.");

        review.IsNonApology.Should().BeFalse();
    }

    [Fact]
    public void A_draft_that_describes_violence_gets_the_safety_result_and_no_review()
    {
        var review = Review("I'm sorry I got upset, he hit me again last night and I took it out on you.");

        review.Safety.Should().BeOfType<SafetyResult>().Which.Level.Should().Be(SafetyLevel.Urgent);
        review.Steps.Should().BeEmpty();
        review.Findings.Should().BeEmpty();
        review.MissingSteps.Should().BeEmpty();
        review.IsComplete.Should().BeFalse();
    }

    [Theory]
    [InlineData("I'm sorry I hit you. It won't happen again.")]
    [InlineData("I'm so sorry for shoving you, I promise I will never push you again.")]
    public void An_apology_for_violence_one_did_gets_the_safety_result_and_no_polishing(string draft)
    {
        var review = Review(draft);

        review.Safety.Should().BeOfType<SafetyResult>().Which.Level.Should().Be(SafetyLevel.Urgent);
        review.Safety.Findings.Should().Contain(f => f.Category == SafetyCategory.PhysicalViolence);
        review.Findings.Should().BeEmpty();
    }

    [Fact]
    public void An_empty_draft_has_every_step_missing()
    {
        var review = Review("");

        review.MissingSteps.Should().Equal(RepairChecklist.Steps);
        review.IsComplete.Should().BeFalse();
    }

    [Fact]
    public void A_null_draft_is_an_argument_error()
    {
        var act = () => ApologyReviewer.Default.Review(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("draft");
    }

    [Fact]
    public void Curly_apostrophes_read_like_straight_ones_and_spans_stay_on_the_original_text()
    {
        const string draft = "I\u2019m sorry you\u2019re upset.";

        var finding = Review(draft).Findings.First();

        finding.RuleId.Should().Be("non-apology-you-feel");
        finding.Text.Should().Be("sorry you\u2019re upset");
    }

    [Fact]
    public void A_long_draft_without_punctuation_is_reviewed_without_error()
    {
        var draft = string.Concat(Enumerable.Repeat("I'm sorry I forgot and I will call you every night ", 2_000));

        var review = Review(draft);

        review.Steps.Should().Contain(s => s.Step == RepairStep.StateChange);
        review.HasVagueChange.Should().BeFalse();
    }

    [Fact]
    public void The_checklist_lists_the_five_steps_in_order_and_describes_each()
    {
        RepairChecklist.Steps.Should().Equal(Enum.GetValues<RepairStep>());
        RepairChecklist.Steps.Select(RepairChecklist.Describe).Should().OnlyHaveUniqueItems().And.AllSatisfy(d => d.Should().NotBeNullOrWhiteSpace());
        var act = () => RepairChecklist.Describe((RepairStep)0);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
