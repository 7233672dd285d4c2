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

    /// <summary>
    /// The profile, the pattern's antidotes and the recommended exercises, each with its safety note. After a safety
    /// message (<paramref name="view"/> not <see langword="null"/>) only what a person can do on their own is shown, as
    /// <see cref="SafeCatalogView"/> decides, with how many were set aside.
    /// </summary>
    public static void Profile(IAnsiConsole console, IntimacyCatalog catalog, AssessmentProfile profile, SafeCatalogView? view = null)
    {
        var shown = view is null ? profile : profile.WithinSafetyView(view);
        Lines(console, shown.ToPlainText(CultureInfo.CurrentCulture));
        foreach (var response in profile.DefaultResponses)
        {
            var pattern = catalog.GetPattern(response);
            console.WriteLine();
            console.MarkupLineInterpolated($"  Your pattern: [bold]{pattern.Name}[/]");
            console.MarkupLineInterpolated($"    {pattern.Summary}");
            console.WriteLine("    Antidotes:");
            var antidotes = view?.GetAntidotes(pattern) ?? pattern.Antidotes;
            foreach (var antidote in antidotes)
            {
                console.MarkupLineInterpolated($"      - {antidote.Text}");
                SafetyNote(console, antidote, "        ");
            }

            SetAside(console, pattern.Antidotes.Length - antidotes.Length, "antidote", "      ");
        }

        console.WriteLine();
        console.WriteLine("  Recommended exercises:");
        Exercises(console, catalog, shown.Exercises);
        SetAside(console, profile.Exercises.Length - shown.Exercises.Length, "exercise");
    }

    /// <summary>
    /// The joint reading: both profiles' scores, then each dance both partners' answers show with its reading, its safety
    /// note, each partner's part with the answers that show it, and the circuit breakers; or that no dance is clear.
    /// After a safety message, only what the safety view keeps, with the safety message first.
    /// </summary>
    public static void JointReading(IAnsiConsole console, ProfileComparison reading, SafeCatalogView? view = null) =>
        Lines(console, (view is null ? reading : reading.WithinSafetyView(view)).ToPlainText(CultureInfo.CurrentCulture));

    /// <summary>Each exercise with its chapter, and the safety note under those that involve the partner.</summary>
    public static void Exercises(IAnsiConsole console, IntimacyCatalog catalog, IEnumerable<Exercise> exercises)
    {
        foreach (var exercise in exercises)
        {
            var chapter = catalog.Get<Chapter>(exercise.ChapterId);
            var from = chapter.Number is { } n ? $"chapter {n}" : chapter.Title;
            console.MarkupLineInterpolated($"    - {exercise.Title} (about {exercise.EstimatedMinutes} min, {from})");
            SafetyNote(console, exercise, "      ");
        }
    }

    /// <summary>
    /// Under an item, on its own line: what it asks of the partner and its safety note, as in
    /// <c>Safety (this asks you to raise something, say no or hold your ground with your partner): If raising this could put you in danger, skip it.</c>
    /// Nothing for an item that asks nothing of the partner and has no note.
    /// </summary>
    public static void SafetyNote(IAnsiConsole console, IPartnerInvolving item, string indent = "    ")
    {
        var asks = item.PartnerInvolvement == PartnerInvolvement.None ? "" : $" (this asks you to {Asks(item.PartnerInvolvement)})";
        var note = string.IsNullOrWhiteSpace(item.SafetyNote) ? "" : $" {item.SafetyNote.Trim()}";
        if (asks.Length > 0 || note.Length > 0)
        {
            console.MarkupLineInterpolated($"{indent}[yellow]Safety[/]{asks}:{note}");
        }
    }

    /// <summary>What an item asks of a person with their partner, to follow "this asks you to".</summary>
    public static string Asks(PartnerInvolvement involvement) => involvement switch
    {
        PartnerInvolvement.Confront => "raise something, say no or hold your ground with your partner",
        PartnerInvolvement.Accommodate => "adapt to your partner's needs",
        PartnerInvolvement.Renegotiate => "renegotiate roles or expectations with your partner",
        PartnerInvolvement.Repair => "repair things with your partner",
        PartnerInvolvement.Joint => "do something together with your partner",
        _ => "do this on your own",
    };

    /// <summary>Says how many items were left out after a safety message, if any.</summary>
    public static void SetAside(IAnsiConsole console, int count, string noun, string indent = "    ")
    {
        if (count > 0)
        {
            var which = count == 1 ? $"1 {noun} that involves" : $"{count} {noun}s that involve";
            console.MarkupLineInterpolated($"{indent}({which} your partner set aside while safety comes first.)");
        }
    }

    /// <summary>Each chosen practice that asks something of the partner, by title, with its safety note.</summary>
    public static void PracticeNotes(IAnsiConsole console, IEnumerable<Practice> practices)
    {
        foreach (var practice in practices.Where(p => p.PartnerInvolvement != PartnerInvolvement.None))
        {
            console.MarkupLineInterpolated($"  {practice.Title}:");
            SafetyNote(console, practice);
        }
    }

    /// <summary>
    /// The coach's answer to a message: for words that show danger, the safety message and its resources instead of
    /// any exercise; otherwise the findings marked in place, each explained, and the "I"-statement rewrite.
    /// </summary>
    /// <remarks>
    /// The rewrite, which is said to the partner, comes with the honesty formula's safety note. After an earlier safety
    /// message (<paramref name="view"/> not <see langword="null"/>), the exercises offered are those the view keeps.
    /// </remarks>
    /// <returns>The view to keep for the rest of the session when the message showed danger; otherwise <see langword="null"/>.</returns>
    public static SafeCatalogView? CoachReport(IAnsiConsole console, IntimacyCatalog catalog, CoachReport report, SafeCatalogView? view = null)
    {
        if (report.Safety is { } safety)
        {
            console.MarkupLineInterpolated($"  \"{report.Message}\"");
            return Safety(console, catalog, safety);
        }

        if (!report.HasFindings)
        {
            console.MarkupLineInterpolated($"  \"{report.Message}\": nothing to flag.");
            return null;
        }

        console.Markup("  ");
        console.MarkupLine(Highlight(report.Message, report.Findings));
        foreach (var finding in report.Findings)
        {
            var underlying = finding.UnderlyingFeelings.IsDefaultOrEmpty ? "" : $" Often beneath it: {string.Join(", ", finding.UnderlyingFeelings)}.";
            console.MarkupLineInterpolated($"    [yellow][[{finding.Text}]][/] [bold]{KindName(finding.Kind)}:[/] {finding.Explanation} {finding.Suggestion}{underlying} [grey]({finding.RuleId})[/]");
            console.MarkupLineInterpolated($"      [green]Antidote:[/] {finding.Antidote} [grey](see {finding.AntidoteId})[/]");
        }

        if (report.Rewrite is { } rewrite)
        {
            console.MarkupLineInterpolated($"  [green]Try instead:[/] {rewrite.Text}");
            if (!rewrite.Blanks.IsDefaultOrEmpty)
            {
                console.MarkupLineInterpolated($"  (Fill in: {string.Join(", ", rewrite.Blanks)}.)");
            }

            if (catalog.TryGet<ScriptTemplate>(HonestyFormulaArguments.Id, out var formula))
            {
                SafetyNote(console, formula, "  ");
            }
        }

        var practise = catalog.GetExercisesOfKind(ExerciseKind.ScriptRehearsal).Where(e => view?.Offers(e) ?? true).Take(3).ToList();
        if (practise.Count > 0)
        {
            console.WriteLine("  Exercises to practise saying it this way:");
            Exercises(console, catalog, practise);
        }

        return null;
    }

    /// <summary>
    /// The safety message and resources; no exercise is suggested, and what involves the partner is set aside, as the
    /// <see cref="SafeCatalogView"/> decides. Returns the view, for the rest of the session.
    /// </summary>
    public static SafeCatalogView Safety(IAnsiConsole console, IntimacyCatalog catalog, SafetyResult safety)
    {
        console.MarkupLineInterpolated($"  [bold red]Safety first.[/] {safety.Resources?.Message}");
        foreach (var resource in safety.Resources?.Resources ?? [])
        {
            console.MarkupLineInterpolated($"    {resource.Name}: {resource.Contact}");
        }

        var view = SafeCatalogView.For(catalog, safety);
        var counts = view.Withheld.GroupBy(w => w.Kind).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {KindName(g.Key)}{(g.Count() == 1 ? "" : "s")}");
        console.MarkupLineInterpolated($"  No exercises are suggested for now. Set aside while safety comes first, because they involve your partner: {string.Join(", ", counts)}.");
        console.WriteLine("  What remains is for you alone: noticing your patterns, calming down, asking for space.");
        return view;
    }

    // "MindReading" as "mind reading", for a heading.
    private static string KindName(CoachFindingKind kind) =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString()).Replace('-', ' ');

    private static string KindName(WithheldItemKind kind) => kind switch
    {
        WithheldItemKind.ToolboxItem => "toolbox item",
        WithheldItemKind.CircuitBreaker => "circuit breaker",
        _ => kind.ToString().ToLowerInvariant(),
    };

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
