using IntimacyKit.Assessments;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit.ConsoleCoach.Tests;

/// <summary>
/// What the coach shows of the content's safety: under every item that asks something of the partner, what it asks and
/// its safety note; and after a message that shows danger, for the rest of the session, only what a person can do alone.
/// </summary>
public sealed class SafetyNoteTests : IDisposable
{
    private const string Dangerous = "He grabbed me by the throat last night and said he would kill me.";
    private const string FromNowOn = "For the rest of this session the coach offers only what you can do on your own.";

    private static readonly IntimacyCatalog Catalog = IntimacyCatalog.BuiltIn;

    private CoachDriver? _coach;

    public void Dispose() => _coach?.Dispose();

    [Fact]
    public void The_tour_shows_the_safety_note_under_every_partner_involving_item_it_shows()
    {
        var coach = _coach = new CoachDriver(interactive: false);

        coach.Run("engulf").Should().Be(0);

        var lines = coach.Console.Lines;
        var exercises = Catalog.GetExercisesForPattern(AnxietyResponse.Engulf).Where(Involves).ToList();
        var toolbox = Catalog.Toolbox.Where(t => t.ScriptId is not null).Where(Involves).ToList();
        var breakers = Catalog.Dances.Single(d => d.Id == "over-under-functioning").CircuitBreakers.Where(Involves).ToList();
        exercises.Should().NotBeEmpty();
        toolbox.Should().NotBeEmpty();
        breakers.Should().NotBeEmpty();
        foreach (var exercise in exercises)
        {
            NoteUnder(lines, $"- {exercise.Title} (", exercise);
        }

        foreach (var item in toolbox)
        {
            NoteUnder(lines, $"{item.Name}: {item.Purpose}", item, skip: 1);
        }

        foreach (var breaker in breakers)
        {
            NoteUnder(lines, $"- {breaker.Text}", breaker);
        }
    }

    [Fact]
    public void The_tour_shows_the_volatile_dance_whole_with_what_is_not_a_dance()
    {
        var coach = _coach = new CoachDriver(interactive: false);

        coach.Run("withdraw").Should().Be(0);

        var volatileDance = Catalog.Dances.Single(d => d.Id == "volatile-escalation");
        volatileDance.Summary.Should().Contain("not a dance to de-escalate together");
        coach.Console.Lines.Should().Contain(l => l.Contains($"Dance: {volatileDance.Name}. {volatileDance.Summary}", StringComparison.Ordinal));
        foreach (var breaker in volatileDance.CircuitBreakers.Where(Involves))
        {
            NoteUnder(coach.Console.Lines, $"- {breaker.Text}", breaker);
        }
    }

    [Fact]
    public void The_profile_shows_each_antidotes_safety_note_and_the_reading_for_adapting_out_of_fear()
    {
        var coach = _coach = new CoachDriver();

        coach.AnswerAssessment(AnxietyResponse.Engulf).RunToQuit();

        var antidotes = Catalog.GetPattern(AnxietyResponse.Engulf).Antidotes;
        antidotes.Where(Involves).Should().NotBeEmpty();
        foreach (var antidote in antidotes.Where(Involves))
        {
            NoteUnder(coach.Console.Lines, $"- {antidote.Text}", antidote);
        }

        var profile = SelfAssessment.Default.Evaluate(CoachDriver.AnswersLeaningTowards(AnxietyResponse.Engulf));
        var adapting = profile.ToPlainText().Split('\n').Single(l => l.Contains("afraid", StringComparison.Ordinal)).Trim();
        coach.Output.Should().Contain(adapting);
    }

    [Fact]
    public void A_script_shows_what_it_asks_of_the_partner_and_its_safety_note()
    {
        var coach = _coach = new CoachDriver();
        var scripts = Catalog.Toolbox.Where(t => t.ScriptId is not null).ToList();
        var honesty = scripts.FindIndex(t => t.ScriptId == HonestyFormulaArguments.Id);
        var parameters = ScriptRenderer.Default.GetTemplate(HonestyFormulaArguments.Id).Parameters.Length;

        coach.Choose(CoachStep.Script).Down(honesty).Enter().Enter(parameters).RunToQuit();

        coach.Output.Should().Contain(
            $"Safety (this asks you to raise something, say no or hold your ground with your partner): {scripts[honesty].SafetyNote}");
    }

    [Fact]
    public void The_rewrite_comes_with_the_honesty_formulas_safety_note()
    {
        var coach = _coach = new CoachDriver();

        coach.Choose(CoachStep.MessageCoach).Type("You ALWAYS leave the dishes for me!!!").RunToQuit();

        var formula = Catalog.Get<ScriptTemplate>(HonestyFormulaArguments.Id);
        var lines = coach.Console.Lines.ToList();
        var rewrite = lines.FindIndex(l => l.Contains("Try instead:", StringComparison.Ordinal));
        rewrite.Should().BeGreaterThanOrEqualTo(0);
        lines.Skip(rewrite).Take(3).Should().Contain(l => l.Contains(formula.SafetyNote!, StringComparison.Ordinal));
    }

    [Fact]
    public void After_a_dangerous_message_the_profile_keeps_only_what_a_person_can_do_alone()
    {
        var coach = _coach = new CoachDriver();

        coach.AnswerAssessment(AnxietyResponse.Engulf).Choose(CoachStep.MessageCoach).Type(Dangerous).Choose(CoachStep.Profile).RunToQuit();

        var after = After(coach.Output, FromNowOn);
        var pattern = Catalog.GetPattern(AnxietyResponse.Engulf);
        var profile = SelfAssessment.Default.Evaluate(CoachDriver.AnswersLeaningTowards(AnxietyResponse.Engulf));
        after.Should().Contain($"Your pattern: {pattern.Name}");
        foreach (var antidote in pattern.Antidotes)
        {
            if (Involves(antidote))
            {
                after.Should().NotContain(antidote.Text);
            }
            else
            {
                after.Should().Contain(antidote.Text);
            }
        }

        profile.Exercises.Where(Involves).Should().NotBeEmpty();
        foreach (var exercise in profile.Exercises.Where(Involves))
        {
            after.Should().NotContain(exercise.Title);
        }

        profile.Practices.Where(Involves).Should().NotBeEmpty();
        foreach (var practice in profile.Practices)
        {
            if (Involves(practice))
            {
                after.Should().NotContain(practice.Title);
            }
            else
            {
                after.Should().Contain(practice.Title);
            }
        }

        after.Should().Contain($"({pattern.Antidotes.Count(Involves)} antidotes that involve your partner set aside while safety comes first.)");
        after.Should().NotContain("Safety (this asks you to", "nothing that asks something of the partner is left to carry a note");
    }

    [Fact]
    public void After_a_dangerous_message_the_scripts_that_involve_the_partner_are_not_offered()
    {
        var coach = _coach = new CoachDriver();
        var scripts = Catalog.Toolbox.Where(t => t.ScriptId is not null).ToList();
        var offered = scripts.Where(t => !Involves(t)).ToList();
        offered.Should().NotBeEmpty();
        var parameters = ScriptRenderer.Default.GetTemplate(offered[0].ScriptId!).Parameters.Length;

        coach.Choose(CoachStep.MessageCoach).Type(Dangerous).Choose(CoachStep.Script).Enter(1 + parameters).RunToQuit();

        var after = After(coach.Output, FromNowOn);
        after.Should().Contain($"({scripts.Count - offered.Count} scripts that involve your partner set aside while safety comes first.)");
        foreach (var script in scripts)
        {
            var choice = $"{script.Name}: {script.Purpose}";
            if (Involves(script))
            {
                after.Should().NotContain(choice);
            }
            else
            {
                after.Should().Contain(choice);
            }
        }
    }

    [Fact]
    public void After_a_dangerous_message_an_experiment_is_planned_only_from_practices_done_alone()
    {
        var coach = _coach = new CoachDriver();
        var profile = SelfAssessment.Default.Evaluate(CoachDriver.AnswersLeaningTowards(AnxietyResponse.Engulf));
        profile.Practices.Where(Involves).Should().NotBeEmpty();
        profile.Practices.Where(p => !Involves(p)).Should().NotBeEmpty();

        coach.AnswerAssessment(AnxietyResponse.Engulf).Choose(CoachStep.MessageCoach).Type(Dangerous)
            .Choose(CoachStep.PlanExperiment).Enter(6)   // goal, measure, baseline, target, times a week, practices
            .RunToQuit();

        var planned = coach.ReadData().Experiment!.Plan.Practices.Select(p => p.PracticeId).ToList();
        planned.Should().NotBeEmpty().And.BeSubsetOf(profile.Practices.Where(p => !Involves(p)).Select(p => p.Id));
        var after = After(coach.Output, FromNowOn);
        foreach (var practice in profile.Practices.Where(Involves))
        {
            after.Should().NotContain(practice.Title);
        }
    }

    [Fact]
    public void A_practice_chosen_for_an_experiment_that_involves_the_partner_comes_with_its_safety_note()
    {
        var coach = _coach = new CoachDriver();
        var profile = SelfAssessment.Default.Evaluate(CoachDriver.AnswersLeaningTowards(AnxietyResponse.Engulf));
        var second = profile.Practices[1];
        Involves(second).Should().BeTrue("the test chooses the first two practices, and the second asks something of the partner");

        coach.AnswerAssessment(AnxietyResponse.Engulf).Choose(CoachStep.PlanExperiment).Enter(6).RunToQuit();

        NoteUnder(coach.Console.Lines, $"{second.Title}:", second);
    }

    private static bool Involves(IPartnerInvolving item) => item.PartnerInvolvement != PartnerInvolvement.None;

    // The line holding the item (the first one holding `text`) is followed, `skip` lines on, by what it asks and its note.
    private static void NoteUnder(IReadOnlyList<string> lines, string text, IPartnerInvolving item, int skip = 0)
    {
        var at = lines.ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal));
        at.Should().BeGreaterThanOrEqualTo(0, $"the output shows \"{text}\"");
        (at + 1 + skip).Should().BeLessThan(lines.Count);
        var note = lines[at + 1 + skip].Trim();
        note.Should().Be($"Safety (this asks you to {CoachViews.Asks(item.PartnerInvolvement)}): {item.SafetyNote}", $"the line under \"{text}\" is its safety note");
    }

    private static string After(string output, string marker)
    {
        var at = output.IndexOf(marker, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"the output says \"{marker}\"");
        return output[(at + marker.Length)..];
    }
}
