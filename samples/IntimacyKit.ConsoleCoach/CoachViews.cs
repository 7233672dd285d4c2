using System.Globalization;
using System.Text;
using IntimacyKit.Assessments;
using IntimacyKit.Coaching;
using IntimacyKit.Exercises;
using IntimacyKit.Experiments;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;
using Spectre.Console;

namespace IntimacyKit.ConsoleCoach;

/// <summary>
/// How the coach shows the library's results, shared by the interactive coach and the tour. Every piece of text a
/// person typed goes through markup escaping (<see cref="AnsiConsoleExtensions.MarkupLineInterpolated(IAnsiConsole, FormattableString)"/>
/// escapes its arguments), so "[red]" in a message prints as "[red]".
/// </summary>
internal static class CoachViews
{
    /// <summary>The first two lines: what this is, and what it is not.</summary>
    public static void Banner(IAnsiConsole console)
    {
        console.MarkupLine("[bold]IntimacyKit coach[/]: ideas from Harriet Lerner's \"The Dance of Intimacy\".");
        console.WriteLine("Reflective exercises for everyday relationships; not therapy or diagnosis.");
    }

    public static void Heading(IAnsiConsole console, string title)
    {
        console.WriteLine();
        console.MarkupLineInterpolated($"[bold]{title}[/]");
    }

    /// <summary>Writes multi-line plain text, each line indented.</summary>
    public static void Lines(IAnsiConsole console, string text, string indent = "  ")
    {
        foreach (var line in text.Split('\n'))
        {
            console.WriteLine($"{indent}{line.TrimEnd('\r')}");
        }
    }

    public static void Problems(IAnsiConsole console, IEnumerable<ValidationProblem> problems)
    {
        foreach (var problem in problems)
        {
            console.MarkupLineInterpolated($"  [red]{problem.Path}[/]: {problem.Message}");
        }
    }

    public static void Profile(IAnsiConsole console, IntimacyCatalog catalog, AssessmentProfile profile)
    {
        Lines(console, profile.ToPlainText(CultureInfo.CurrentCulture));
        foreach (var response in profile.DefaultResponses)
        {
            var pattern = catalog.GetPattern(response);
            console.WriteLine();
            console.MarkupLineInterpolated($"  Your pattern: [bold]{pattern.Name}[/]");
            console.MarkupLineInterpolated($"    {pattern.Summary}");
            console.MarkupLineInterpolated($"    Antidotes: {string.Join("; ", pattern.Antidotes)}");
        }

        console.WriteLine();
        console.WriteLine("  Recommended exercises:");
        Exercises(console, catalog, profile.Exercises);
    }

    public static void Exercises(IAnsiConsole console, IntimacyCatalog catalog, IEnumerable<Exercise> exercises)
    {
        foreach (var exercise in exercises)
        {
            var chapter = catalog.Get<Chapter>(exercise.ChapterId);
            var from = chapter.Number is { } n ? $"chapter {n}" : chapter.Title;
            console.MarkupLineInterpolated($"    - {exercise.Title} (about {exercise.EstimatedMinutes} min, {from})");
        }
    }

    /// <summary>
    /// The coach's answer to a message: for words that show danger, the safety message and its resources instead of
    /// any exercise; otherwise the findings marked in place, each explained, and the "I"-statement rewrite.
    /// </summary>
    public static void CoachReport(IAnsiConsole console, IntimacyCatalog catalog, CoachReport report)
    {
        if (report.Safety is { } safety)
        {
            console.MarkupLineInterpolated($"  \"{report.Message}\"");
            Safety(console, catalog, safety);
            return;
        }

        if (!report.HasFindings)
        {
            console.MarkupLineInterpolated($"  \"{report.Message}\": nothing to flag.");
            return;
        }

        console.Markup("  ");
        console.MarkupLine(Highlight(report.Message, report.Findings));
        foreach (var finding in report.Findings)
        {
            var underlying = finding.UnderlyingFeelings.IsDefaultOrEmpty ? "" : $" Often beneath it: {string.Join(", ", finding.UnderlyingFeelings)}.";
            console.MarkupLineInterpolated($"    [yellow][[{finding.Text}]][/] {finding.Explanation} {finding.Suggestion}{underlying} [grey]({finding.RuleId})[/]");
        }

        if (report.Rewrite is { } rewrite)
        {
            console.MarkupLineInterpolated($"  [green]Try instead:[/] {rewrite.Text}");
            if (!rewrite.Blanks.IsDefaultOrEmpty)
            {
                console.MarkupLineInterpolated($"  (Fill in: {string.Join(", ", rewrite.Blanks)}.)");
            }
        }

        var practise = catalog.GetExercisesOfKind(ExerciseKind.ScriptRehearsal).Take(3).ToList();
        if (practise.Count > 0)
        {
            console.WriteLine("  Exercises to practise saying it this way:");
            Exercises(console, catalog, practise);
        }
    }

    /// <summary>The safety message and resources; exercises that involve the partner are set aside and none is offered.</summary>
    public static void Safety(IAnsiConsole console, IntimacyCatalog catalog, SafetyResult safety)
    {
        console.MarkupLineInterpolated($"  [bold red]Safety first.[/] {safety.Resources?.Message}");
        foreach (var resource in safety.Resources?.Resources ?? [])
        {
            console.MarkupLineInterpolated($"    {resource.Name}: {resource.Contact}");
        }

        var view = SafeCatalogView.For(catalog, safety);
        console.MarkupLineInterpolated($"  No exercises are suggested for now: {view.Withheld.Length} that involve your partner are set aside while safety comes first.");
    }

    /// <summary>
    /// The message as markup with every stretch some finding covers highlighted; findings may overlap. The stretches
    /// are bracketed as well as coloured ([[You ALWAYS]]), so they show without colour and to screen readers too.
    /// </summary>
    public static string Highlight(string message, IEnumerable<CoachFinding> findings)
    {
        var covered = new bool[message.Length];
        foreach (var finding in findings)
        {
            var start = Math.Clamp(finding.Start, 0, message.Length);
            Array.Fill(covered, true, start, Math.Clamp(finding.Length, 0, message.Length - start));
        }

        var markup = new StringBuilder();
        var i = 0;
        while (i < message.Length)
        {
            var end = i;
            while (end < message.Length && covered[end] == covered[i])
            {
                end++;
            }

            var text = Markup.Escape(message[i..end]);
            markup.Append(covered[i] ? $"[black on yellow][[[[{text}]]]][/]" : text);
            i = end;
        }

        return markup.ToString();
    }

    public static void Script(IAnsiConsole console, string rendered, IEnumerable<ScriptWarning> warnings)
    {
        console.MarkupLineInterpolated($"  > {rendered}");
        foreach (var warning in warnings)
        {
            var instead = warning.Alternatives.IsDefaultOrEmpty ? "" : $" Perhaps: {string.Join(", ", warning.Alternatives)}.";
            console.MarkupLineInterpolated($"  [yellow]Check ({warning.Parameter}):[/] {warning.Message}{instead}");
        }
    }

    public static void Schedule(IAnsiConsole console, Experiment experiment)
    {
        var plan = experiment.Plan;
        var goal = plan.Goal;
        if (goal.Measure is { } measure)
        {
            console.MarkupLineInterpolated($"  Goal: {goal.Change}; {measure.Description}, from {measure.Baseline} to {measure.Target}.");
        }
        else
        {
            console.MarkupLineInterpolated($"  Goal: {goal.Change}.");
        }

        console.MarkupLineInterpolated($"  {plan.DurationWeeks} weeks, mid-point check-in in week {plan.GetMidpointWeek()}:");
        foreach (var practice in plan.Practices)
        {
            console.MarkupLineInterpolated($"    - {practice.Description}, {practice.TimesPerWeek} times a week");
        }

        var weeks = experiment.GetSchedule().Weeks;
        if (weeks.Length > 0)
        {
            console.MarkupLineInterpolated(CultureInfo.CurrentCulture, $"  Week 1 runs {weeks[0].Start:d} to {weeks[0].End:d}; week {weeks.Length} ends {weeks[^1].End:d}.");
        }
    }

    /// <summary>Practice done each week as a bar chart, then the library's summary of progress.</summary>
    public static void Progress(IAnsiConsole console, Experiment experiment, TimeProvider time)
    {
        var progress = experiment.GetProgress(time);
        var chart = new BarChart()
            .Width(60)
            .Label("Practice done each week (of the times due)")
            .LeftAlignLabel();
        foreach (var week in progress.Weeks)
        {
            var color = week.TimesDone >= week.TimesDue ? Color.Green : week.HasStarted ? Color.Yellow : Color.Grey;
            chart.AddItem($"Week {week.Number} ({week.TimesDue} due)", week.TimesDone, color);
        }

        console.Write(chart);
        Lines(console, progress.Describe(CultureInfo.CurrentCulture));
    }
}
