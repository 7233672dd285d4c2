using System.Globalization;
using IntimacyKit.Assessments;
using IntimacyKit.Coaching;
using IntimacyKit.Experiments;
using IntimacyKit.Patterns;
using IntimacyKit.Repair;
using IntimacyKit.Scripts;
using IntimacyKit.Worksheets;
using Spectre.Console;

namespace IntimacyKit.ConsoleCoach;

/// <summary>
/// The scripted tour: every step of the coach, answered for the person, printed as plain lines. It runs when no
/// terminal is attached or with <c>--demo</c>, saves to its data file like the coach does and reads it back.
/// </summary>
internal sealed class GuidedTour(CoachEnvironment environment, CoachStore store, AnxietyResponse lean, string? why, bool scratchFile)
{
    private readonly IAnsiConsole _console = environment.Console;
    private readonly IntimacyCatalog _catalog = IntimacyCatalog.BuiltIn;
    private CoachData _data = CoachData.Empty;

    public int Run()
    {
        CoachViews.Banner(_console);
        var leaning = lean.ToString().ToLowerInvariant();
        _console.WriteLine(why is null
            ? $"A guided tour of every step, answered as someone who leans towards {leaning}."
            : $"({why}: a guided tour of every step, answered as someone who leans towards {leaning}. Run it at a terminal to answer yourself.)");
        _console.WriteLine(scratchFile
            ? "Data: a throw-away file for this tour (your own data file is not touched)."
            : $"Data: {store.FilePath}");
        var loaded = store.Load();
        if (loaded.Problem is not null)
        {
            _console.WriteLine(loaded.Problem);
        }

        _data = loaded.Data;
        Chapters();
        Pattern();
        Toolbox();
        Worksheet();
        Coach();
        var profile = Assessment();
        ReadTogether();
        Experiment(profile);
        RepairPlan();
        ReadBack();

        _console.WriteLine();
        _console.WriteLine(string.Join(Environment.NewLine, _catalog.Attributions));
        return CoachCommandLine.Success;
    }

    private void Chapters()
    {
        CoachViews.Heading(_console, "Chapters");
        foreach (var chapter in _catalog.Chapters)
        {
            var label = chapter.Number is { } number ? $"{number,2}." : "   ";
            _console.WriteLine($"  {label} {chapter.Title}");
        }
    }

    private void Pattern()
    {
        var pattern = _catalog.GetPattern(lean);
        CoachViews.Heading(_console, $"Pattern: {pattern.Name}");
        _console.WriteLine($"  {pattern.Summary}");
        _console.WriteLine($"  Looks like:        {string.Join("; ", pattern.Signs)}");
        _console.WriteLine($"  The fear beneath:  {pattern.UnderlyingFear}");
        _console.WriteLine($"  Effect on partner: {pattern.EffectOnPartner}");
        _console.WriteLine($"  How it feeds back: {pattern.HowItFeedsThePartner}");
        foreach (var dance in _catalog.Dances)
        {
            var role = dance.First.Response == lean ? dance.First : dance.Second.Response == lean ? dance.Second : null;
            if (role is not null)
            {
                var other = role == dance.First ? dance.Second : dance.First;
                _console.WriteLine($"  Dance: {dance.Name} (you as the {role.Name}, your partner as the {other.Name}). {role.Move} {role.FeedsTheOther}");
            }
            else if (dance.First.Response is null && dance.Second.Response is null)
            {
                // A dance of moves rather than of the three responses (volatile escalation) may be anyone's; its
                // summary says what is not a dance at all (fear, threats, violence), so it is shown whole.
                _console.WriteLine($"  Dance: {dance.Name}. {dance.Summary}");
            }
            else
            {
                continue;
            }

            _console.WriteLine("    Circuit breakers:");
            foreach (var breaker in dance.CircuitBreakers)
            {
                _console.WriteLine($"      - {breaker.Text}");
                CoachViews.SafetyNote(_console, breaker, "        ");
            }
        }

        CoachViews.Heading(_console, "Exercises for this pattern");
        CoachViews.Exercises(_console, _catalog, _catalog.GetExercisesForPattern(lean));
    }

    private void Toolbox()
    {
        CoachViews.Heading(_console, "The toolbox, in your own words");
        _console.WriteLine("  (Each blank filled with its example.)");
        var renderer = ScriptRenderer.Default;
        foreach (var item in _catalog.Toolbox.Where(t => t.ScriptId is not null))
        {
            var template = renderer.GetTemplate(item.ScriptId!);
            var values = new Dictionary<string, object?>();
            foreach (var parameter in template.Parameters)
            {
                values[parameter.Name] = ScriptInput.TryRead(parameter.Kind, parameter.Example, out var value) ? value : parameter.Example;
            }

            _console.WriteLine($"  {item.Name}: {item.Purpose}");
            CoachViews.Script(_console, renderer.RenderTemplate(template.Id, values, CultureInfo.CurrentCulture), []);
            CoachViews.SafetyNote(_console, item, "  ");
        }

        // A "feeling" that is really a thought about the other person gets a warning with alternatives.
        var arguments = new HonestyFormulaArguments("like you don't care", "plans change at the last minute", "a heads-up the day before");
        _console.WriteLine("  The honesty formula with a thought where the feeling goes:");
        CoachViews.Script(_console, renderer.Render(arguments, CultureInfo.CurrentCulture), renderer.Check(arguments, CultureInfo.CurrentCulture));
    }

    private void Worksheet()
    {
        CoachViews.Heading(_console, "A worksheet: the escalation plan (chapter 5)");
        var draft = new EscalationPlan
        {
            Triggers = ["being interrupted"],
            Strategy = DeEscalationStrategy.Pause,
            WhatIWillDo = "say I need twenty minutes and go for a walk",
            ReturnAfterMinutes = 20,
        };
        _console.WriteLine("  A first draft with one trigger:");
        CoachViews.Problems(_console, draft.Validate().Problems);
        Save(_data with { EscalationPlan = draft });
        _console.WriteLine($"  The draft is kept as typed ({_data.EscalationPlan?.Triggers.Length} trigger, \"{_data.EscalationPlan?.WhatIWillDo}\"); adding the second trigger:");

        var plan = draft with { Triggers = [.. draft.Triggers, "the word \"always\""] };
        var check = plan.Validate();
        CoachViews.Problems(_console, check.Problems);
        if (check.IsValid)
        {
            _console.WriteLine("  The plan is complete.");
            CoachViews.Lines(_console, plan.ToPlainText(CultureInfo.CurrentCulture), "    ");
        }

        Save(_data with { EscalationPlan = plan });
    }

    private void Coach()
    {
        CoachViews.Heading(_console, "The message coach");
        _console.WriteLine("  (Coaching three sample messages.)");
        string[] messages =
        [
            "You ALWAYS leave the dishes for me!!! You're so selfish.",
            "I feel hurt when plans change at the last minute; I'd like a heads-up the day before.",
            "You never listen, and last night he hit me.",
        ];
        foreach (var message in messages)
        {
            _console.WriteLine();
            if (CoachViews.CoachReport(_console, _catalog, MessageCoach.Default.Analyze(message)) is { } view)
            {
                // The coach keeps this view for the rest of a session; the tour shows what it would offer, then goes on.
                _console.WriteLine($"  After a message like this the coach offers only what you can do on your own, such as: {string.Join(", ", view.Toolbox.Select(t => t.Name))}.");
                _console.WriteLine("  (The tour goes on as if the message had been safe, to show every step.)");
            }
        }
    }

    private AssessmentProfile Assessment()
    {
        var assessment = SelfAssessment.Default;
        var questionnaire = assessment.Questionnaire;
        CoachViews.Heading(_console, questionnaire.Title);
        _console.WriteLine($"  (Answering as someone who leans towards {lean.ToString().ToLowerInvariant()}: 4 for those statements, 2 for the others, the other way round for statements worded the other way round.)");
        var answers = Leaning(lean);

        Save(_data with { Answers = answers });
        var profile = assessment.Evaluate(answers);
        _console.WriteLine();
        CoachViews.Profile(_console, _catalog, profile);
        return profile;
    }

    // A partner who leans the other way answers too; the reading exists only once both have answered.
    private void ReadTogether()
    {
        var other = lean == AnxietyResponse.Pursue ? AnxietyResponse.Withdraw : AnxietyResponse.Pursue;
        CoachViews.Heading(_console, "Reading your dances together");
        _console.WriteLine($"  (Your partner answers as someone who leans towards {other.ToString().ToLowerInvariant()}; nothing is shown until both have answered.)");
        var joint = new JointAssessment { FirstPartnerId = "you", SecondPartnerId = "your partner" }.Submit("you", Leaning(lean));
        _console.WriteLine($"  Before your partner answers: {(SelfAssessment.Default.ReadTogether(joint) is null ? "no reading yet" : "a reading")}.");
        CoachViews.JointReading(_console, SelfAssessment.Default.ReadTogether(joint.Submit("your partner", Leaning(other)))!);
    }

    private static AssessmentAnswers Leaning(AnxietyResponse towards)
    {
        var answers = SelfAssessment.Default.StartAnswers();
        foreach (var question in SelfAssessment.Default.Questionnaire.Questions)
        {
            var score = question.Response == towards ? 4 : 2;
            answers = answers.WithAnswer(question.Id, question.Reversed ? 6 - score : score);
        }

        return answers;
    }

    private void Experiment(AssessmentProfile profile)
    {
        CoachViews.Heading(_console, "A six-week experiment from the recommended practices");
        var practices = profile.Practices.Take(2).ToList();
        if (practices.Count == 0)
        {
            _console.WriteLine("  The profile recommends no practices, so there is nothing to plan.");
            return;
        }

        var goal = new ExperimentGoal
        {
            Change = "Stay calm and present when we disagree",
            Measure = new GoalMeasure { Kind = MeasureKind.Rating, Description = "How calm I stayed today (1-10)", Baseline = 3, Target = 7 },
        };
        var plan = ExperimentPlan.FromPractices(goal, practices, timesPerWeek: 3);
        CoachViews.PracticeNotes(_console, practices);

        // Started four days ago on a clock the tour moves forward.
        var clock = new TourClock(environment.Time.GetUtcNow().AddDays(-4));
        var started = Experiments.Experiment.Create(plan, clock.Today).Start(clock);
        if (!started.Succeeded)
        {
            CoachViews.Problems(_console, started.Problems);
            return;
        }

        var experiment = started.Experiment;
        CoachViews.Schedule(_console, experiment);

        // Four days: practise on three of them, rate the day on two.
        int?[] ratings = [4, null, 5, null];
        for (var day = 0; day < ratings.Length; day++)
        {
            if (day != 1)
            {
                experiment = Keep(experiment.LogPractice(plan.Practices[day % plan.Practices.Length].Id, clock), experiment);
            }

            if (ratings[day] is { } rating)
            {
                experiment = Keep(experiment.RecordMeasurement(rating, clock), experiment);
            }

            clock.Advance(TimeSpan.FromDays(1));
        }

        // A mistake is reported with its date and field, and the logs already there are kept.
        var impossible = experiment.RecordMeasurement(11, clock);
        _console.WriteLine($"  Recording a rating of 11: {string.Join(" ", impossible.Problems.Select(p => p.Message))}");
        Save(_data with { Experiment = experiment });

        _console.WriteLine();
        CoachViews.Progress(_console, experiment, clock);
    }

    private Experiment Keep(ExperimentResult result, Experiment before)
    {
        CoachViews.Problems(_console, result.Problems);
        return result.Succeeded ? result.Experiment : before;
    }

    private void RepairPlan()
    {
        CoachViews.Heading(_console, "The five steps of repair");
        foreach (var step in RepairChecklist.Steps)
        {
            _console.WriteLine($"  {(int)step}. {RepairChecklist.Describe(step)}");
        }

        var today = DateOnly.FromDateTime(environment.Time.GetLocalNow().Date);
        var plan = new RepairPlan
        {
            Acknowledgement = "cancelled our plans at the last minute again",
            Remorse = "how let down you must have felt",
            Change = "tell you by Thursday evening if my weekend plans change",
            ChangeStartsOn = today,
            ReparativeAct = "cook dinner for us on Saturday",
            FollowUpOn = today.AddDays(14),
        };
        var check = plan.Validate();
        CoachViews.Problems(_console, check.Problems);
        if (!check.IsValid)
        {
            return;
        }

        var arguments = plan.ToScriptArguments(CultureInfo.CurrentCulture);
        var words = ScriptRenderer.Default.Render(arguments, CultureInfo.CurrentCulture);
        _console.WriteLine($"  > {words}");
        if (_catalog.TryGet<ScriptTemplate>(arguments.TemplateId, out var template))
        {
            CoachViews.SafetyNote(_console, template, "  ");
        }

        Review(ApologyReviewer.Default.Review(words));

        const string WeakDraft = "I'm sorry if you felt hurt, but you know how busy I am. I'll do better.";
        _console.WriteLine($"  A weaker draft: \"{WeakDraft}\"");
        Review(ApologyReviewer.Default.Review(WeakDraft));
    }

    private void Review(ApologyReview review)
    {
        if (review.Safety is { } safety)
        {
            CoachViews.Safety(_console, _catalog, safety);
            return;
        }

        if (review.IsComplete)
        {
            _console.WriteLine("    Review: all five steps are there, the change is concrete, and it is a real apology.");
            return;
        }

        foreach (var finding in review.Findings)
        {
            var where = finding.Length > 0 ? $"\"{finding.Text}\": " : "";
            _console.WriteLine($"    Review ({finding.RuleId}): {where}{finding.Explanation}");
        }
    }

    // What the coach saved, read back from the data file.
    private void ReadBack()
    {
        CoachViews.Heading(_console, "Saved");
        var reloaded = store.Load();
        if (reloaded.Problem is not null)
        {
            _console.WriteLine($"  {reloaded.Problem}");
            return;
        }

        var data = reloaded.Data;
        _console.WriteLine($"  Read back from the data file: {data.Answers?.Answers.Count ?? 0} answers, "
            + $"an escalation plan with {data.EscalationPlan?.Triggers.Length ?? 0} triggers, "
            + $"an experiment with {data.Experiment?.PracticeLogs.Length ?? 0} practice logs and {data.Experiment?.Measurements.Length ?? 0} ratings.");
    }

    private void Save(CoachData data)
    {
        _data = data;
        if (store.TrySave(data) is { } problem)
        {
            _console.WriteLine($"  {problem}");
        }
    }

    private sealed class TourClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public DateOnly Today => DateOnly.FromDateTime(GetLocalNow().Date);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
