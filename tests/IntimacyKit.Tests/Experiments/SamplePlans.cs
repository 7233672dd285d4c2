using IntimacyKit.Experiments;

namespace IntimacyKit.Tests.Experiments;

/// <summary>Plans the experiment tests share.</summary>
internal static class SamplePlans
{
    /// <summary>Gets a valid six-week plan: one daily practice, one weekly practice, a 1–10 rating from 3 to 7.</summary>
    public static ExperimentPlan SixWeeks { get; } = new()
    {
        Title = "Six weeks of small no's",
        Goal = new ExperimentGoal
        {
            Change = "Say no when I mean no",
            Measure = new GoalMeasure { Kind = MeasureKind.Rating, Description = "How honest my answers felt this week", Baseline = 3, Target = 7 },
        },
        Practices =
        [
            new MicroPractice { Id = "daily-i-statement", Description = "Use one 'I' statement", TimesPerWeek = 7 },
            new MicroPractice { Id = "one-small-no", Description = "Say one small no", TimesPerWeek = 1, PracticeId = "one-small-no" },
        ],
        AccountabilityPartner = new AccountabilityPartner { Name = "Sam", Role = "friend" },
        ChapterId = "chapter-4",
    };

    /// <summary>Gets a valid one-week trial of redistributing a task, measured yes/no.</summary>
    public static ExperimentPlan Trial { get; } = new()
    {
        Title = "You plan the meals this week",
        Goal = new ExperimentGoal
        {
            Change = "Share the planning of meals",
            Measure = new GoalMeasure { Kind = MeasureKind.YesNo, Description = "My partner planned the week's meals", Baseline = 0, Target = 1 },
        },
        DurationWeeks = ExperimentPlan.TrialDurationWeeks,
        Practices = [new MicroPractice { Id = "hand-over", Description = "Hand the meal list over without correcting it", TimesPerWeek = 3 }],
        ChapterId = "chapter-7",
    };
}
