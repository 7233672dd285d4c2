using System.Globalization;
using IntimacyKit.Assessments;
using IntimacyKit.Coaching;
using IntimacyKit.Exercises;
using IntimacyKit.Experiments;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;
using IntimacyKit.Worksheets;
using Spectre.Console;

namespace IntimacyKit.ConsoleCoach;

/// <summary>
/// The coach at a terminal: a menu of steps, each saving what the person entered to the data file as it goes.
/// </summary>
internal sealed class InteractiveCoach(CoachEnvironment environment, CoachStore store)
{
    private readonly IAnsiConsole _console = environment.Console;
    private readonly TimeProvider _time = environment.Time;
    private readonly IntimacyCatalog _catalog = IntimacyCatalog.BuiltIn;
    private readonly SelfAssessment _assessment = SelfAssessment.Default;
    private CoachData _data = CoachData.Empty;

    // Set once the safety screen has found signs of danger in something typed: from then on, for the rest of the
    // session, the coach offers only what the view keeps (what a person can do on their own).
    private SafeCatalogView? _view;

    public int Run()
    {
        CoachViews.Banner(_console);
        var loaded = store.Load();
        _data = loaded.Data;
        if (loaded.Problem is not null)
        {
            _console.MarkupLineInterpolated($"[red]{loaded.Problem}[/]");
        }
        else
        {
            _console.MarkupLineInterpolated($"[grey]Your data: {store.FilePath}[/]");
        }

        while (true)
        {
            _console.WriteLine();
            var step = _console.Prompt(new SelectionPrompt<CoachStep>()
                .Title("What would you like to do?")
                .PageSize(12)
                .UseConverter(CoachSteps.Title)
                .AddChoices(Enum.GetValues<CoachStep>()));
            if (step == CoachStep.Quit)
            {
                return CoachCommandLine.Success;
            }

            CoachViews.Heading(_console, CoachSteps.Title(step));
            switch (step)
            {
                case CoachStep.SelfAssessment: TakeAssessment(); break;
                case CoachStep.Profile: ShowProfile(); break;
                case CoachStep.Worksheet: FillWorksheet(); break;
                case CoachStep.Script: RenderScript(); break;
                case CoachStep.MessageCoach: CoachMessage(); break;
                case CoachStep.PlanExperiment: PlanExperiment(); break;
                case CoachStep.LogPractice: LogPractice(); break;
                case CoachStep.Progress: ShowProgress(); break;
                case CoachStep.ReadTogether: ReadTogether(); break;
            }
        }
    }

    private void TakeAssessment()
    {
        var questionnaire = _assessment.Questionnaire;
        _console.MarkupLineInterpolated($"  {questionnaire.Introduction}");
        _console.MarkupLineInterpolated($"  [grey]{questionnaire.Disclaimer}[/]");
        _console.MarkupLineInterpolated($"  Scale: {string.Join(", ", questionnaire.Scale.Select(p => $"{p.Value} {p.Label}"))}");
        var answers = Ask(_data.Answers ?? _assessment.StartAnswers());
        Save(_data with { Answers = answers });
        ShowProfile();
    }

    // Asks every statement in turn; an earlier answer is the default.
    private AssessmentAnswers Ask(AssessmentAnswers answers)
    {
        var questionnaire = _assessment.Questionnaire;
        var values = questionnaire.Scale.Select(p => p.Value).ToHashSet();
        var number = 0;
        foreach (var question in questionnaire.Questions)
        {
            number++;
            var prompt = new TextPrompt<int>($"  {number}/{questionnaire.Questions.Length} {Markup.Escape(question.Text)}")
                .Validate(v => values.Contains(v), $"Please type a number from the scale ({values.Min()} to {values.Max()}).");
            if (answers.Answers.TryGetValue(question.Id, out var earlier))
            {
                prompt.DefaultValue(earlier);
            }

            answers = answers.WithAnswer(question.Id, _console.Prompt(prompt));
        }

        return answers;
    }

    // The partner answers on this device; their answers stay in memory, and the joint reading exists only once both
    // have answered.
    private void ReadTogether()
    {
        if (Profile() is null)
        {
            return;
        }

        _console.WriteLine("  Now your partner answers the same statements, on their own. Their answers are not saved;");
        _console.WriteLine("  the reading appears only once both of you have answered.");
        var joint = new JointAssessment { FirstPartnerId = "you", SecondPartnerId = "your partner" }
            .Submit("you", _data.Answers! with { RespondentId = null })
            .Submit("your partner", Ask(_assessment.StartAnswers()));
        CoachViews.JointReading(_console, _assessment.ReadTogether(joint)!, _view);
    }

    private void ShowProfile()
    {
        if (Profile() is { } profile)
        {
            CoachViews.Profile(_console, _catalog, profile, _view);
        }
    }

    private AssessmentProfile? Profile()
    {
        if (_data.Answers is { } answers && _assessment.Validate(answers).IsValid)
        {
            return _assessment.Evaluate(answers);
        }

        _console.WriteLine("  Take the self-assessment first: your profile and recommendations come from it.");
        return null;
    }

    private void FillWorksheet()
    {
        var earlier = _data.EscalationPlan;
        _console.WriteLine("  Chapter 5: plan what you will do when a conversation starts to heat up.");
        _console.WriteLine("  [Enter keeps what you typed last time.]");
        var first = AskText("My first escalation trigger", earlier is { Triggers.Length: > 0 } ? earlier.Triggers[0] : null);
        var second = AskText("My second escalation trigger", earlier is { Triggers.Length: > 1 } ? earlier.Triggers[1] : null);
        var strategies = Enum.GetValues<DeEscalationStrategy>().OrderBy(s => earlier is not null && s == earlier.Strategy ? 0 : 1).ToArray();
        var strategy = _console.Prompt(new SelectionPrompt<DeEscalationStrategy>()
            .Title("  My de-escalation step")
            .UseConverter(s => s == DeEscalationStrategy.NameTheFeeling ? "Name the feeling" : s == DeEscalationStrategy.Other ? "My own step" : s.ToString())
            .AddChoices(strategies));
        var action = AskText("What I will do or say", earlier?.WhatIWillDo);
        var minutes = _console.Prompt(new TextPrompt<int>("  I will come back to the conversation after (minutes)")
            .DefaultValue(earlier?.ReturnAfterMinutes ?? 20));

        var plan = new EscalationPlan
        {
            Triggers = [first, second],
            Strategy = strategy,
            WhatIWillDo = action,
            ReturnAfterMinutes = minutes,
        };

        // Kept as typed even with problems, so nothing entered is lost.
        Save(_data with { EscalationPlan = plan });
        var check = plan.Validate();
        if (!check.IsValid)
        {
            _console.MarkupLine("  [red]The plan is not complete yet:[/]");
            CoachViews.Problems(_console, check.Problems);
            _console.WriteLine("  Your entries are kept; choose this step again to fix them.");
            return;
        }

        _console.MarkupLine("  [green]The plan is complete.[/]");
        CoachViews.Lines(_console, plan.ToPlainText(CultureInfo.CurrentCulture));
    }

    private void RenderScript()
    {
        var renderer = ScriptRenderer.Default;
        var scripts = _catalog.Toolbox.Where(t => t.ScriptId is not null).ToList();
        var offered = scripts.Where(t => _view?.Offers(t) ?? true).ToList();
        CoachViews.SetAside(_console, scripts.Count - offered.Count, "script", "  ");
        if (offered.Count == 0)
        {
            return;
        }

        var item = _console.Prompt(new SelectionPrompt<ToolboxItem>()
            .Title("  Which script?")
            .UseConverter(t => Markup.Escape($"{t.Name}: {t.Purpose}"))
            .AddChoices(offered));
        var template = renderer.GetTemplate(item.ScriptId!);
        CoachViews.SafetyNote(_console, item, "  ");
        _console.WriteLine("  [Enter takes the example.]");
        var values = new Dictionary<string, object?>();
        var ask = template.Parameters.AsEnumerable();
        while (true)
        {
            foreach (var parameter in ask)
            {
                values[parameter.Name] = AskScriptValue(parameter);
            }

            try
            {
                CoachViews.Script(_console, renderer.RenderTemplate(template.Id, values, CultureInfo.CurrentCulture),
                    renderer.CheckTemplate(template.Id, values, CultureInfo.CurrentCulture));
                return;
            }
            catch (ScriptArgumentException ex)
            {
                // Only the blanks with problems are asked again; the other entries stay as typed.
                _console.MarkupLine("  [red]The script cannot be written with these words yet:[/]");
                CoachViews.Problems(_console, ex.Problems);
                var names = ex.Problems.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
                ask = template.Parameters.Where(p => names.Contains(p.Name)).ToList();
                if (!ask.Any())
                {
                    return;
                }

                _console.WriteLine("  Type those again; your other entries are kept.");
            }
            catch (ScriptRenderException ex)
            {
                _console.MarkupLineInterpolated($"  [red]The script could not be written ({ex.Code}):[/] {ex.Message}");
                return;
            }
        }
    }

    // Enter returns the prompt's default (the example) without running Validate, so the text is read here, after the
    // prompt; an example that does not read as its kind is passed on as typed and the renderer reports it.
    private object AskScriptValue(ScriptParameter parameter)
    {
        var text = _console.Prompt(TextWithDefault(parameter.Description, parameter.Example)
            .Validate(typed => ScriptInput.TryRead(parameter.Kind, typed, out _)
                ? Spectre.Console.ValidationResult.Success()
                : Spectre.Console.ValidationResult.Error($"Please type {ScriptInput.Expected(parameter.Kind)}.")));
        return ScriptInput.TryRead(parameter.Kind, text, out var value) ? value! : text;
    }

    private void CoachMessage()
    {
        var message = _console.Prompt(new TextPrompt<string>("  Type a message you are about to send:").AllowEmpty());
        if (string.IsNullOrWhiteSpace(message))
        {
            return;
        }

        if (CoachViews.CoachReport(_console, _catalog, MessageCoach.Default.Analyze(message), _view) is { } view)
        {
            _view = view;
            _console.WriteLine("  For the rest of this session the coach offers only what you can do on your own.");
        }
    }

    private void PlanExperiment()
    {
        if (Profile() is not { } profile)
        {
            return;
        }

        if (profile.Practices.IsDefaultOrEmpty)
        {
            _console.WriteLine("  The profile recommends no practices, so there is nothing to plan.");
            return;
        }

        var offered = profile.Practices.Where(p => _view?.Offers(p) ?? true).ToList();
        if (offered.Count == 0)
        {
            _console.WriteLine("  The practices recommended for you involve your partner, and are set aside while safety comes first.");
            return;
        }

        if (_data.Experiment is not null && !_console.Confirm("  Replace your current experiment (its logs go with it)?", defaultValue: false))
        {
            return;
        }

        // Every entry is checked as it is typed, so a bad number is asked again instead of failing the whole plan.
        var change = AskRequiredText("The change you want to make", "Stay calm and present when we disagree");
        var measure = AskRequiredText("How you will rate each day (1-10)", "How calm I stayed today (1-10)");
        var baseline = AskNumber("Where you are now (1-10)", 3, GoalMeasure.RatingMinimum, GoalMeasure.RatingMaximum);
        var target = _console.Prompt(NumberPrompt("Where you want to be (1-10)", baseline == 7 ? 8 : 7, GoalMeasure.RatingMinimum, GoalMeasure.RatingMaximum)
            .Validate(v => v != baseline, $"Please choose a target other than where you are now ({baseline})."));
        var timesPerWeek = AskNumber("Times a week for each practice", 3, 1, MicroPractice.MaxTimesPerWeek);
        var choose = new MultiSelectionPrompt<Practice>()
            .Title("  Which practices? (space to choose, enter to accept)")
            .UseConverter(p => Markup.Escape(p.Title))
            .AddChoices(offered);
        foreach (var practice in offered.Take(2))
        {
            choose.Select(practice);
        }

        var practices = _console.Prompt(choose);
        CoachViews.PracticeNotes(_console, practices);

        var goal = new ExperimentGoal
        {
            Change = change,
            Measure = new GoalMeasure { Kind = MeasureKind.Rating, Description = measure, Baseline = baseline, Target = target },
        };
        var plan = ExperimentPlan.FromPractices(goal, practices, timesPerWeek);
        var planCheck = plan.Validate();
        if (!planCheck.IsValid)
        {
            CoachViews.Problems(_console, planCheck.Problems);
            return;
        }

        var started = Experiment.Create(plan, DateOnly.FromDateTime(_time.GetLocalNow().Date)).Start(_time);
        if (!started.Succeeded)
        {
            CoachViews.Problems(_console, started.Problems);
            return;
        }

        Save(_data with { Experiment = started.Experiment });
        CoachViews.Schedule(_console, started.Experiment);
    }

    private void LogPractice()
    {
        if (_data.Experiment is not { } experiment)
        {
            _console.WriteLine("  Plan a six-week experiment first.");
            return;
        }

        var practice = _console.Prompt(new SelectionPrompt<MicroPractice>()
            .Title("  Which practice did you do today?")
            .UseConverter(p => Markup.Escape(p.Description))
            .AddChoices(experiment.Plan.Practices));
        var logged = experiment.LogPractice(practice.Id, _time);
        if (!logged.Succeeded)
        {
            CoachViews.Problems(_console, logged.Problems);
            return;
        }

        experiment = logged.Experiment;
        var scale = experiment.Plan.Goal.Measure;
        var lowest = scale?.GetMinimum() ?? GoalMeasure.RatingMinimum;
        var highest = scale?.GetMaximum() ?? GoalMeasure.RatingMaximum;
        var rating = _console.Prompt(new TextPrompt<int>($"  How did today go, {lowest} to {highest}? (0 to skip)")
            .DefaultValue(0)
            .Validate(v => v == 0 || (v >= lowest && v <= highest), $"Please type a number from {lowest} to {highest}, or 0 to skip."));
        if (rating != 0)
        {
            var rated = experiment.RecordMeasurement(rating, _time);
            CoachViews.Problems(_console, rated.Problems);
            experiment = rated.Succeeded ? rated.Experiment : experiment;
        }

        Save(_data with { Experiment = experiment });
        CoachViews.Progress(_console, experiment, _time);
    }

    private void ShowProgress()
    {
        if (_data.Experiment is not { } experiment)
        {
            _console.WriteLine("  Plan a six-week experiment first.");
            return;
        }

        CoachViews.Schedule(_console, experiment);
        CoachViews.Progress(_console, experiment, _time);
    }

    private string AskRequiredText(string label, string example)
    {
        return _console.Prompt(TextWithDefault(label, example)
            .Validate(text => !string.IsNullOrWhiteSpace(text), "Please write a few words.")).Trim();
    }

    private int AskNumber(string label, int defaultValue, int lowest, int highest) =>
        _console.Prompt(NumberPrompt(label, defaultValue, lowest, highest));

    private static TextPrompt<int> NumberPrompt(string label, int defaultValue, int lowest, int highest) =>
        new TextPrompt<int>($"  {Markup.Escape(label)}")
            .DefaultValue(defaultValue)
            .Validate(v => v >= lowest && v <= highest, $"Please type a number from {lowest} to {highest}.");

    private string AskText(string label, string? earlier)
    {
        return _console.Prompt(TextWithDefault(label, earlier).AllowEmpty()).Trim();
    }

    // Spectre shows a default value as markup: show it escaped in the prompt itself, so "[red]" in what a person
    // typed last time reads as typed.
    private static TextPrompt<string> TextWithDefault(string label, string? earlier)
    {
        if (string.IsNullOrEmpty(earlier))
        {
            return new TextPrompt<string>($"  {Markup.Escape(label)}");
        }

        return new TextPrompt<string>($"  {Markup.Escape(label)} [green]({Markup.Escape(earlier)})[/]")
            .DefaultValue(earlier)
            .HideDefaultValue();
    }

    private void Save(CoachData data)
    {
        _data = data;
        if (store.TrySave(data) is { } problem)
        {
            _console.MarkupLineInterpolated($"[red]{problem}[/] What you entered is kept for this session.");
        }
    }
}
