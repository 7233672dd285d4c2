using System.Text.RegularExpressions;
using IntimacyKit.Coaching;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit.ConsoleCoach.Tests;

public sealed partial class InteractiveCoachTests : IDisposable
{
    private readonly CoachDriver _coach = new();

    public void Dispose() => _coach.Dispose();

    [Fact]
    public void The_self_assessment_leads_to_the_profile_its_pattern_and_the_recommended_exercises()
    {
        var exit = _coach.AnswerAssessment(AnxietyResponse.Pursue).RunToQuit();

        var expected = Assessments.SelfAssessment.Default.Evaluate(CoachDriver.AnswersLeaningTowards(AnxietyResponse.Pursue));
        exit.Should().Be(0);
        expected.DefaultResponses.Should().NotBeEmpty();
        foreach (var response in expected.DefaultResponses)
        {
            _coach.Output.Should().Contain($"Your pattern: {IntimacyCatalog.BuiltIn.GetPattern(response).Name}");
        }

        _coach.Output.Should().Contain("Recommended exercises:");
        foreach (var exercise in expected.Exercises)
        {
            _coach.Output.Should().Contain(exercise.Title);
        }

        _coach.ReadData().Answers!.Answers.Should().BeEquivalentTo(CoachDriver.AnswersLeaningTowards(AnxietyResponse.Pursue).Answers);
    }

    [Fact]
    public void Reading_together_shows_the_dance_both_partners_answers_show_with_the_answers_that_show_it_and_saves_nothing_of_the_partners()
    {
        var exit = _coach.AnswerAssessment(AnxietyResponse.Pursue).ReadTogetherWithAPartnerLeaningTowards(AnxietyResponse.Withdraw).RunToQuit();

        exit.Should().Be(0);
        var pursueStatement = Assessments.Questionnaire.BuiltIn.Questions.First(q => q.Response == AnxietyResponse.Pursue && !q.Reversed);
        _coach.Output.Should().Contain("the reading appears only once both of you have answered")
            .And.Contain("Pursuer–distancer (confidence: high)")
            .And.Contain($"you: the moves of the pursuer (strength {Percent(0.75)})").And.Contain($"your partner: the moves of the distancer (strength {Percent(0.75)})")
            .And.Contain($"\"{pursueStatement.Text}\": 4, leaning {Percent(0.75)}");
        _coach.ReadData().Answers!.Answers.Should().BeEquivalentTo(CoachDriver.AnswersLeaningTowards(AnxietyResponse.Pursue).Answers);
    }

    [Fact]
    public void Reading_together_asks_for_the_self_assessment_first()
    {
        _coach.Choose(CoachStep.ReadTogether).RunToQuit();

        _coach.Output.Should().Contain("Take the self-assessment first").And.NotContain("Now your partner answers");
    }

    [Fact]
    public void The_profile_step_asks_for_the_self_assessment_first_when_there_are_no_answers()
    {
        _coach.Choose(CoachStep.Profile).RunToQuit();

        _coach.Output.Should().Contain("Take the self-assessment first");
    }

    [Fact]
    public void A_message_through_the_coach_shows_each_finding_marked_in_place_and_the_rewrite()
    {
        const string Message = "You ALWAYS leave the dishes for me!!! You're so selfish.";

        _coach.Choose(CoachStep.MessageCoach).Type(Message).RunToQuit();

        var report = MessageCoach.Default.Analyze(Message);
        report.Findings.Should().NotBeEmpty();
        var markedLine = _coach.Console.Lines.Single(l => l.Contains("leave the dishes", StringComparison.Ordinal) && l.Contains("[[", StringComparison.Ordinal));
        var marked = Marked().Matches(markedLine).Select(m => m.Groups[1].Value).ToList();
        foreach (var finding in report.Findings)
        {
            marked.Should().Contain(m => m.Contains(finding.Text, StringComparison.Ordinal), $"the finding \"{finding.Text}\" is marked in place");
            _coach.Output.Should().Contain(finding.Explanation);
            _coach.Output.Should().Contain($"Antidote: {finding.Antidote}", "each finding shows its kind's antidote");
        }

        markedLine.Replace("[[", "", StringComparison.Ordinal).Replace("]]", "", StringComparison.Ordinal).Trim().Should().Be(Message);
        _coach.Output.Should().Contain($"Try instead: {report.Rewrite!.Text}");
    }

    [Fact]
    public void A_dangerous_message_shows_the_safety_message_and_resources_and_no_exercises()
    {
        const string Message = "He grabbed me by the throat last night and said he would kill me.";

        _coach.Choose(CoachStep.MessageCoach).Type(Message).RunToQuit();

        var safety = MessageCoach.Default.Analyze(Message).Safety;
        safety.Should().NotBeNull("the message describes violence");
        _coach.Output.Should().Contain(safety!.Resources!.Message);
        foreach (var resource in safety.Resources.Resources)
        {
            _coach.Output.Should().Contain($"{resource.Name}: {resource.Contact}");
        }

        _coach.Output.Should().NotContain("Try instead").And.NotContain("Exercises to practise");
        IntimacyCatalog.BuiltIn.Exercises.Should().NotContain(e => _coach.Output.Contains(e.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void Markup_in_what_a_person_types_prints_literally()
    {
        const string Message = "You never [red]listen[/] to me [bold]";

        var exit = _coach.Choose(CoachStep.MessageCoach).Type(Message).RunToQuit();

        exit.Should().Be(0);
        _coach.Output.Should().Contain("[red]").And.Contain("[/]").And.Contain("[bold]");
        _coach.Console.Lines.Should().Contain(l => l.Replace("[[", "", StringComparison.Ordinal).Replace("]]", "", StringComparison.Ordinal).Contains(Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_worksheet_with_a_validation_error_shows_every_problem_and_keeps_the_entries()
    {
        // First trigger, an empty second trigger, the first strategy, what I will do, and 0 minutes.
        _coach.Choose(CoachStep.Worksheet).Type("being interrupted").Enter().Enter().Type("say I need a walk").Type("0").RunToQuit();

        var kept = _coach.ReadData().EscalationPlan;
        kept.Should().NotBeNull("the entries are kept even though the plan has problems");
        kept!.Triggers.Should().Equal("being interrupted", "");
        kept.WhatIWillDo.Should().Be("say I need a walk");
        var problems = kept.Validate().Problems;
        problems.Should().HaveCountGreaterThanOrEqualTo(2);
        foreach (var problem in problems)
        {
            _coach.Output.Should().Contain($"{problem.Path}: {problem.Message}");
        }

        _coach.Output.Should().Contain("Your entries are kept");
    }

    [Fact]
    public void Filling_the_worksheet_again_offers_the_kept_entries_so_only_the_mistakes_need_typing()
    {
        _coach.Choose(CoachStep.Worksheet).Type("being interrupted").Enter().Enter().Type("say I need a walk").Type("0").RunToQuit();

        // Enter keeps the first trigger, the strategy and the action; the second trigger and the minutes are fixed.
        _coach.Choose(CoachStep.Worksheet).Enter().Type("the word always").Enter().Enter().Type("25").RunToQuit();

        var plan = _coach.ReadData().EscalationPlan!;
        plan.Triggers.Should().Equal("being interrupted", "the word always");
        plan.WhatIWillDo.Should().Be("say I need a walk");
        plan.ReturnAfterMinutes.Should().Be(25);
        plan.Validate().IsValid.Should().BeTrue();
        _coach.Output.Should().Contain("The plan is complete.").And.Contain(plan.ToPlainText().Split('\n')[0].TrimEnd());
    }

    [Fact]
    public void Kept_entries_with_markup_characters_are_offered_back_as_typed()
    {
        _coach.Choose(CoachStep.Worksheet).Type("when you say [red] things").Enter().Enter().Type("[pause] and [/]breathe").Type("20").RunToQuit();

        var exit = _coach.Choose(CoachStep.Worksheet).Enter().Type("being late").Enter().Enter().Enter().RunToQuit();

        exit.Should().Be(0);
        var plan = _coach.ReadData().EscalationPlan!;
        plan.Triggers.Should().Equal("when you say [red] things", "being late");
        plan.WhatIWillDo.Should().Be("[pause] and [/]breathe");
        _coach.Output.Should().Contain("- when you say [red] things");
    }

    [Fact]
    public void A_script_in_the_persons_own_words_shows_the_feeling_check()
    {
        var scripts = IntimacyCatalog.BuiltIn.Toolbox.Where(t => t.ScriptId is not null).ToList();
        var honesty = scripts.FindIndex(t => t.ScriptId == new HonestyFormulaArguments("a", "b", "c").TemplateId);
        honesty.Should().BeGreaterThanOrEqualTo(0);

        _coach.Choose(CoachStep.Script).Down(honesty).Enter()
            .Type("like you don't care").Type("you check your phone while I talk").Type("your full attention for ten minutes")
            .RunToQuit();

        var arguments = new HonestyFormulaArguments("like you don't care", "you check your phone while I talk", "your full attention for ten minutes");
        _coach.Output.Should().Contain($"> {ScriptRenderer.Default.Render(arguments)}");
        var warnings = ScriptRenderer.Default.Check(arguments);
        warnings.Should().NotBeEmpty("a thought is not a feeling");
        foreach (var warning in warnings)
        {
            _coach.Output.Should().Contain(warning.Message);
        }
    }

    [Fact]
    public void Pressing_enter_on_every_blank_of_every_script_takes_the_examples()
    {
        var renderer = ScriptRenderer.Default;
        var scripts = IntimacyCatalog.BuiltIn.Toolbox.Where(t => t.ScriptId is not null).ToList();
        scripts.Should().NotBeEmpty();
        for (var i = 0; i < scripts.Count; i++)
        {
            _coach.Choose(CoachStep.Script).Down(i).Enter().Enter(renderer.GetTemplate(scripts[i].ScriptId!).Parameters.Length);
        }

        var exit = _coach.RunToQuit();

        exit.Should().Be(0);
        foreach (var script in scripts)
        {
            var template = renderer.GetTemplate(script.ScriptId!);
            var values = template.Parameters.ToDictionary(p => p.Name, p => ScriptInput.TryRead(p.Kind, p.Example, out var value) ? value : p.Example);
            _coach.Output.Should().Contain($"> {renderer.RenderTemplate(template.Id, values)}");
        }
    }

    [Fact]
    public void A_blank_over_the_length_limit_is_reported_and_asked_again_while_the_other_entries_stay()
    {
        var scripts = IntimacyCatalog.BuiltIn.Toolbox.Where(t => t.ScriptId is not null).ToList();
        var honesty = scripts.FindIndex(t => t.ScriptId == new HonestyFormulaArguments("a", "b", "c").TemplateId);
        var tooLong = new string('x', 501);

        var exit = _coach.Choose(CoachStep.Script).Down(honesty).Enter()
            .Type("hurt").Type(tooLong).Type("a heads-up the day before")
            .Type("plans change at the last minute")
            .RunToQuit();

        exit.Should().Be(0);
        _coach.Output.Should().Contain("The value is 501 characters long; the limit is 500.").And.Contain("your other entries are kept");
        var arguments = new HonestyFormulaArguments("hurt", "plans change at the last minute", "a heads-up the day before");
        _coach.Output.Should().Contain($"> {ScriptRenderer.Default.Render(arguments)}");
    }

    [Fact]
    public void Logging_a_practice_day_updates_the_progress_chart_and_the_data_file()
    {
        _coach.AnswerAssessment(AnxietyResponse.Withdraw)
            .Choose(CoachStep.PlanExperiment).Enter(6)   // goal, measure, baseline, target, times a week, practices
            .Choose(CoachStep.Progress)
            .RunToQuit();
        var before = WeekOneDone(_coach.Console.Lines);

        _coach.Choose(CoachStep.LogPractice).Enter().Type("6").RunToQuit();

        var after = WeekOneDone(_coach.Console.Lines);
        before.Should().Be(0);
        after.Should().Be(1);
        var experiment = _coach.ReadData().Experiment!;
        experiment.PracticeLogs.Should().ContainSingle().Which.Date.Should().Be(DateOnly.FromDateTime(_coach.Clock.Now.UtcDateTime));
        experiment.Measurements.Should().ContainSingle().Which.Value.Should().Be(6);
        _coach.Output.Should().Contain(experiment.GetProgress(_coach.Clock).Describe().Split('\n')[0]);
    }

    [Fact]
    public void Numbers_out_of_range_in_the_experiment_plan_are_asked_again_and_the_plan_is_kept()
    {
        _coach.AnswerAssessment(AnxietyResponse.Withdraw)
            .Choose(CoachStep.PlanExperiment).Type("Say what I feel").Enter()  // the change, the measure's example
            .Type("0").Type("3")                                               // baseline: 0 is off the scale
            .Type("3").Type("8")                                               // target: the same as the baseline
            .Type("9").Type("2")                                               // times a week: at most 7
            .Enter()                                                           // the practices chosen for you
            .RunToQuit();

        var plan = _coach.ReadData().Experiment!.Plan;
        plan.Goal.Change.Should().Be("Say what I feel");
        plan.Goal.Measure!.Baseline.Should().Be(3);
        plan.Goal.Measure.Target.Should().Be(8);
        plan.Practices.Should().NotBeEmpty().And.OnlyContain(p => p.TimesPerWeek == 2);
        _coach.Output.Should().Contain("Please type a number from 1 to 10.").And.Contain("Please choose a target other than where you are now (3).")
            .And.Contain("Please type a number from 1 to 7.");
    }

    [Fact]
    public void A_rating_off_the_scale_is_asked_again_and_the_practice_and_its_rating_are_both_kept()
    {
        _coach.AnswerAssessment(AnxietyResponse.Withdraw).Choose(CoachStep.PlanExperiment).Enter(6).RunToQuit();

        _coach.Choose(CoachStep.LogPractice).Enter().Type("11").Type("6").RunToQuit();

        var experiment = _coach.ReadData().Experiment!;
        experiment.PracticeLogs.Should().ContainSingle();
        experiment.Measurements.Should().ContainSingle().Which.Value.Should().Be(6);
        _coach.Output.Should().Contain("Please type a number from 1 to 10, or 0 to skip.");
    }

    [Fact]
    public void Logging_a_day_before_any_experiment_asks_for_a_plan_first()
    {
        _coach.Choose(CoachStep.LogPractice).RunToQuit();

        _coach.Output.Should().Contain("Plan a six-week experiment first.");
    }

    private static string Percent(double share) => share.ToString("P0", System.Globalization.CultureInfo.CurrentCulture);

    // The number at the end of the last "Week 1 (n due) ████ k" line of the chart.
    private static int WeekOneDone(IEnumerable<string> lines) =>
        int.Parse(lines.Select(l => WeekOne().Match(l)).Last(m => m.Success).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\[\[(.*?)\]\]")]
    private static partial Regex Marked();

    [GeneratedRegex(@"^\s*Week 1 \(\d+ due\).*?(\d+)\s*$")]
    private static partial Regex WeekOne();
}
