using System.Globalization;
using IntimacyKit.Repair;
using IntimacyKit.Scripts;
using IntimacyKit.Serialization;

namespace IntimacyKit.AotSmoke;

/// <summary>Repair: the apology review's rules loaded from JSON and compiled, a repair plan put into words, and JSON round trips.</summary>
internal static class RepairChecks
{
    private static readonly DateOnly Monday = new(2026, 12, 7);

    public static void Run(SmokeRun run)
    {
        run.Check("the apology review finds a non-apology with its span and rule, and the missing steps", () =>
        {
            const string draft = "I'm sorry if you felt hurt.";
            var review = ApologyReviewer.Default.Review(draft);
            var finding = review.Findings.First();
            return Expect.Equal(finding.Kind, ApologyFindingKind.NonApology, "kind")
                && Expect.Equal(draft.Substring(finding.Start, finding.Length), "sorry if", "span")
                && Expect.Equal(finding.RuleId, "non-apology-if", "rule")
                && Expect.Equal(review.MissingSteps.Length, 5, "missing steps");
        });

        run.Check("a repair plan renders as the repair statement and its review is complete", () =>
        {
            var words = ScriptRenderer.Default.Render(Plan().ToScriptArguments(CultureInfo.InvariantCulture));
            var review = ApologyReviewer.Default.Review(words);
            return Expect.Contains(words, "From now on, I will tell you by Thursday", "the rendered plan")
                && Expect.True(review.IsComplete, "a complete review");
        });

        run.Check("a vague change makes a plan invalid", () =>
            Expect.Equal((Plan() with { Change = "do better" }).Validate().Problems.Single().Code, "vague-change", "the problem's code"));

        run.Check("a repair plan with follow-through and unknown members round-trips", () =>
        {
            var plan = IntimacyKitJson.Deserialize<RepairPlan>(IntimacyKitJson.Serialize(Plan()).Replace("\"schemaVersion\": 1", "\"schemaVersion\": 1, \"appColour\": \"teal\"", StringComparison.Ordinal));
            var json = IntimacyKitJson.Serialize(plan);
            return Expect.Equal(IntimacyKitJson.Serialize(IntimacyKitJson.Deserialize<RepairPlan>(json)), json, "JSON after a round trip")
                && Expect.Contains(json, "\"appColour\": \"teal\"", "the unknown member kept")
                && Expect.Equal(plan.FollowThrough.Length, 1, "follow-through records");
        });

        run.Check("a repair request round-trips", () =>
        {
            var request = new RepairRequest { WhatToChange = "tell me by Thursday", HowIWillKnow = "no Friday cancellations", Boundary = "I make my own plans", ReviewOn = Monday };
            var json = IntimacyKitJson.Serialize(request);
            return Expect.Equal(IntimacyKitJson.Deserialize<RepairRequest>(json), request, "the request read back");
        });
    }

    private static RepairPlan Plan() => new RepairPlan
    {
        Acknowledgement = "cancelled our plans at the last minute again",
        Remorse = "how let down you must have felt",
        Change = "tell you by Thursday evening if my weekend plans change",
        ChangeStartsOn = Monday,
        ReparativeAct = "cook dinner for us on Saturday",
        FollowUpOn = Monday.AddDays(13),
    }.WithFollowThrough(new FollowThroughRecord { Date = Monday.AddDays(3), Kept = true, Note = "Told them on Thursday ✓" });
}
