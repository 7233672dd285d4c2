using System.Globalization;
using IntimacyKit.Coaching;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;

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

        run.Check("a message screened once is coached without a second screen", () =>
        {
            const string message = "You never listen.";
            var safety = SafetyScreen.Default.Screen(message);
            var report = MessageCoach.Default.Analyze(message, safety);
            return Expect.True(safety.IsSafe, "safe")
                && Expect.Equal(report.Findings.Single().Kind, CoachFindingKind.Generalisation, "kind");
        });

        run.Check("the honesty formula's feeling is checked against the feelings vocabulary", () =>
        {
            var arguments = new HonestyFormulaArguments("abandoned", "plans change at the last minute", "a heads-up the day before");
            var warning = ScriptRenderer.Default.Check(arguments, CultureInfo.InvariantCulture).Single();
            return Expect.Equal(warning.Code, ScriptWarning.NotAFeeling, "code")
                && Expect.True(warning.Message.Contains("\"abandoned\"", StringComparison.Ordinal), "names the word")
                && Expect.True(warning.Alternatives.Length > 0, "alternatives")
                && Expect.True(ScriptRenderer.Default.Check(arguments with { Feeling = "hurt" }, CultureInfo.InvariantCulture).IsEmpty, "a feeling passes")
                && Expect.True(ScriptRenderer.Default.Render(arguments, CultureInfo.InvariantCulture).Contains("abandoned", StringComparison.Ordinal), "still renders");
        });

        run.Check("the safety gate withholds the repair plan and keeps the conflict chart", () =>
        {
            var view = SafeCatalogView.For(IntimacyCatalog.BuiltIn, SafetyScreen.Default.Screen("He checks my phone every night."));
            return Expect.True(view.Withheld.Any(w => w.Id == "repair-plan"), "repair-plan withheld")
                && Expect.True(view.Exercises.Any(e => e.Id == "conflict-chart"), "conflict-chart kept");
        });
    }
}
