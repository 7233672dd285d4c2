using System.Globalization;
using IntimacyKit.Repair;
using IntimacyKit.Scripts;

namespace IntimacyKit.Demo;

// Drafts a repair plan (the five steps of chapter 8), turns it into words with the repair script and reviews
// them; then reviews a weaker draft to show what the review catches.
internal static class DemoRepair
{
    public static void Run(TimeProvider time, bool interactive)
    {
        Console.WriteLine("The five steps of repair");
        foreach (var step in RepairChecklist.Steps)
        {
            Console.WriteLine($"  {(int)step}. {RepairChecklist.Describe(step)}");
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().Date);
        var plan = new RepairPlan
        {
            Acknowledgement = Ask("What you did", "cancelled our plans at the last minute again", interactive),
            Remorse = Ask("What you regret about its effect", "how let down you must have felt", interactive),
            Change = Ask("The specific change", "tell you by Thursday evening if my weekend plans change", interactive),
            ChangeStartsOn = today,
            ReparativeAct = Ask("A small act of repair", "cook dinner for us on Saturday", interactive),
            FollowUpOn = today.AddDays(14),
        };

        // Validate lists every problem at once (a blank step, a change with no concrete action...).
        var check = plan.Validate();
        foreach (var problem in check.Problems)
        {
            Console.WriteLine($"  Plan: {problem}");
        }

        if (!check.IsValid)
        {
            Console.WriteLine("  (The plan is kept as typed; fill in what is missing and review again.)");
            return;
        }

        var words = ScriptRenderer.Default.Render(plan.ToScriptArguments(CultureInfo.CurrentCulture));
        Console.WriteLine($"  > {words}");
        Show(ApologyReviewer.Default.Review(words));

        const string WeakDraft = "I'm sorry if you felt hurt, but you know how busy I am. I'll do better.";
        Console.WriteLine($"  A weaker draft: \"{WeakDraft}\"");
        Show(ApologyReviewer.Default.Review(WeakDraft));
    }

    private static void Show(ApologyReview review)
    {
        if (review.Safety is { } safety)
        {
            Console.WriteLine($"    {safety.Resources?.Message}");
            return;
        }

        if (review.IsComplete)
        {
            Console.WriteLine("    Review: all five steps are there, the change is concrete, and it is a real apology.");
            return;
        }

        foreach (var finding in review.Findings)
        {
            var where = finding.Length > 0 ? $"\"{finding.Text}\": " : "";
            Console.WriteLine($"    Review ({finding.RuleId}): {where}{finding.Explanation}");
        }
    }

    private static string Ask(string label, string example, bool interactive)
    {
        if (!interactive)
        {
            return example;
        }

        Console.Write($"  {label} (Enter for \"{example}\"): ");
        var answer = Console.ReadLine()?.Trim();
        return string.IsNullOrEmpty(answer) ? example : answer;
    }
}
