using IntimacyKit.Assessments;

namespace IntimacyKit.ConsoleCoach;

/// <summary>The steps of the coach's menu, in the order they appear.</summary>
internal enum CoachStep
{
    SelfAssessment,
    Profile,
    Worksheet,
    Script,
    MessageCoach,
    PlanExperiment,
    LogPractice,
    Progress,
    ReadTogether,
    Quit,
}

internal static class CoachSteps
{
    public static string Title(CoachStep step) => step switch
    {
        CoachStep.SelfAssessment => "Take the self-assessment",
        CoachStep.Profile => "My profile, pattern and exercises",
        CoachStep.Worksheet => "Fill in my escalation plan",
        CoachStep.Script => "Say it in my own words (scripts)",
        CoachStep.MessageCoach => "Coach a message before I send it",
        CoachStep.PlanExperiment => "Plan a six-week experiment",
        CoachStep.LogPractice => "Log a practice day",
        CoachStep.Progress => "My progress",
        CoachStep.ReadTogether => "Read our dances together",
        CoachStep.Quit => "Quit",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    public static string Describe(CoachStep step) => step switch
    {
        CoachStep.SelfAssessment => AssessmentSummary(),
        CoachStep.Profile => "Your scores, the pattern you fall into, and the exercises to start with.",
        CoachStep.Worksheet => "Two triggers, a de-escalation step, and when you come back; checked, and kept as typed.",
        CoachStep.Script => "A toolbox script filled with your words, with a check of the feeling you name.",
        CoachStep.MessageCoach => "Blame language marked in place and an \"I\"-statement rewrite; signs of danger get safety first.",
        CoachStep.PlanExperiment => "One goal, two recommended practices a few times a week, a mid-point check-in.",
        CoachStep.LogPractice => "Record a practice done today, and how the day went.",
        CoachStep.Progress => "Practice done each week, as a chart.",
        CoachStep.ReadTogether => "Your partner answers too; the dances both your answers show, with the answers that show them.",
        CoachStep.Quit => "Leave; everything is already saved.",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    private static string AssessmentSummary()
    {
        var questionnaire = SelfAssessment.Default.Questionnaire;
        var scale = questionnaire.Scale.Select(p => p.Value).ToList();
        return $"{questionnaire.Questions.Length} statements, {scale.Min()} to {scale.Max()}: how you tend to respond under stress.";
    }
}
