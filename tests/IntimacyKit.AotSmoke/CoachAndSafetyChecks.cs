using IntimacyKit.Coaching;
using IntimacyKit.Safety;

namespace IntimacyKit.AotSmoke;

/// <summary>The message coach and the safety screen: rules loaded from JSON and compiled into regular expressions.</summary>
internal static class CoachAndSafetyChecks
{
    public static void Run(SmokeRun run)
    {
        run.Check("the coach finds a generalisation with its exact span and rule, and offers a rewrite", () =>
        {
            const string message = "You always leave the dishes for me.";
            var report = MessageCoach.Default.Analyze(message);
            var finding = report.Findings.Single();
            return Expect.Equal(finding.Kind, CoachFindingKind.Generalisation, "kind")
                && Expect.Equal(message.Substring(finding.Start, finding.Length), "You always", "span")
                && Expect.True(finding.RuleId.Length > 0, "a rule id")
                && Expect.Equal(report.Rewrite?.Text, "I feel [feeling] when you leave the dishes for me; I'd like [request].", "rewrite");
        });

        run.Check("the coach leaves appreciation alone", () =>
            Expect.True(!MessageCoach.Default.Analyze("You always make me laugh.").HasFindings, "no findings"));

        run.Check("the safety screen finds an urgent threat and leaves figurative speech alone", () =>
            Expect.Equal(SafetyScreen.Default.Screen("He said he would kill me if I left.").Level, SafetyLevel.Urgent, "threat")
            && Expect.Equal(SafetyScreen.Default.Screen("This deadline is killing me.").Level, SafetyLevel.None, "figurative"));

        run.Check("the coach gives the safety result, not softer words, for a message describing violence", () =>
        {
            var report = MessageCoach.Default.Analyze("You always start it, and then he hit me.");
            return Expect.Equal(report.Safety?.Level, SafetyLevel.Urgent, "safety level")
                && Expect.True(report.Findings.IsEmpty && report.Rewrite is null, "no findings and no rewrite");
        });

        run.Check("the safety gate withholds the repair plan and keeps the conflict chart", () =>
        {
            var view = SafeCatalogView.For(IntimacyCatalog.BuiltIn, SafetyScreen.Default.Screen("He checks my phone every night."));
            return Expect.True(view.Withheld.Any(w => w.Id == "repair-plan"), "repair-plan withheld")
                && Expect.True(view.Exercises.Any(e => e.Id == "conflict-chart"), "conflict-chart kept");
        });
    }
}
