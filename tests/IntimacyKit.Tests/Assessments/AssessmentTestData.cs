using IntimacyKit.Assessments;
using IntimacyKit.Patterns;

namespace IntimacyKit.Tests.Assessments;

/// <summary>Answer sets built from the questionnaire's own data, so no test hard-codes question ids.</summary>
internal static class AssessmentTestData
{
    /// <summary>Answers every question with the value given for its response.</summary>
    public static AssessmentAnswers Answers(int withdraw, int engulf, int pursue, string? respondentId = null)
    {
        var answers = SelfAssessment.Default.StartAnswers(respondentId);
        foreach (var question in Questionnaire.BuiltIn.Questions)
        {
            answers = answers.WithAnswer(question.Id, question.Response switch
            {
                AnxietyResponse.Withdraw => withdraw,
                AnxietyResponse.Engulf => engulf,
                _ => pursue,
            });
        }

        return answers;
    }

    public static AssessmentProfile Profile(int withdraw, int engulf, int pursue, string? respondentId = null) =>
        SelfAssessment.Default.Evaluate(Answers(withdraw, engulf, pursue, respondentId));
}
