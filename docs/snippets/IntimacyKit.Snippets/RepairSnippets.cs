#region usings
using IntimacyKit.Repair;
using IntimacyKit.Scripts;
#endregion

namespace DocsSnippets;

public sealed class RepairSnippets : SnippetTest
{
    [Fact]
    public void A_complete_plan_renders_as_a_statement_the_review_finds_complete_and_becomes_overdue_unheld()
    {
        #region draft-and-review
        var plan = new RepairPlan
        {
            Acknowledgement = "cancelled our plans at the last minute again",
            Remorse = "how let down you must have felt",
            Change = "tell you by Thursday evening if my weekend plans change",
            ChangeStartsOn = new DateOnly(2026, 12, 7),
            ReparativeAct = "cook dinner for us on Saturday",
            FollowUpOn = new DateOnly(2026, 12, 20),
        };

        Console.WriteLine(plan.Validate());                          // valid
        string words = ScriptRenderer.Default.Render(plan.ToScriptArguments());
        ApologyReview review = ApologyReviewer.Default.Review(words);
        Console.WriteLine(words);
        // I want to own what happened: I cancelled our plans at the last minute again. I'm sorry, and I regret
        // how let down you must have felt. From now on, I will tell you by Thursday evening if my weekend plans
        // change. To start making it right, I'd like to cook dinner for us on Saturday. Can we check in on
        // Sunday, December 20, 2026 to see how it's going?
        Console.WriteLine(review.IsComplete);                        // True
        #endregion

        Output.Should().Be($"""
            {plan.Validate()}
            I want to own what happened: I cancelled our plans at the last minute again. I'm sorry, and I regret how let down you must have felt. From now on, I will tell you by Thursday evening if my weekend plans change. To start making it right, I'd like to cook dinner for us on Saturday. Can we check in on Sunday, December 20, 2026 to see how it's going?
            True

            """);
        plan.Validate().IsValid.Should().BeTrue();

        TimeProvider timeProvider = FixedTime.At(2026, 12, 21);

        #region follow-through
        plan = plan.WithFollowThrough(new FollowThroughRecord { Date = new DateOnly(2026, 12, 10), Kept = true });
        bool overdue = plan.IsFollowUpOverdue(timeProvider);  // TimeProvider.System in an app; true after Dec 20 with no FollowUpHeldOn
        #endregion

        plan.FollowThrough.Should().ContainSingle(r => r.Kept);
        overdue.Should().BeTrue();
        plan.IsFollowUpOverdue(FixedTime.At(2026, 12, 19)).Should().BeFalse();
    }

    [Fact]
    public void A_conditional_vague_apology_gets_a_non_apology_a_vague_change_and_every_missing_step()
    {
        #region review-findings
        var review = ApologyReviewer.Default.Review("I'm sorry if you felt hurt. I'll do better.");
        foreach (var finding in review.Findings)
        {
            Console.WriteLine($"{finding.Kind} [{finding.RuleId}] '{finding.Text}': {finding.Explanation}");
        }
        // NonApology [non-apology-if] 'sorry if': "Sorry if…" makes the hurt hypothetical, …
        // VagueChange [vague-effort] 'do better': This promise names no concrete action: …
        // MissingStep [missing-acknowledge] '': The draft does not say what you did. …
        // … and the other missing steps, in checklist order.
        #endregion

        var lines = Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("NonApology [non-apology-if] 'sorry if': \"Sorry if…\" makes the hurt hypothetical, ");
        lines[1].Should().StartWith("VagueChange [vague-effort] 'do better': This promise names no concrete action: ");
        lines[2].Should().StartWith("MissingStep [missing-acknowledge] '': The draft does not say what you did. ");
        lines.Skip(2).Should().OnlyContain(line => line.StartsWith("MissingStep ", StringComparison.Ordinal));
        review.MissingSteps.Should().HaveCount(lines.Length - 2);
    }
}
