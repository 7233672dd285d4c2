using IntimacyKit.Assessments;
using IntimacyKit.Patterns;

namespace IntimacyKit.Tests.Assessments;

/// <summary>Answer sets built from the questionnaire's own data, so no test hard-codes question ids.</summary>
internal static class AssessmentTestData
{
    /// <summary>
    /// Answers every question so that it scores the value given for its response (a reversed statement gets the mirrored
    /// answer); questions about dance moves score <paramref name="moves"/>.
    /// </summary>
    public static AssessmentAnswers Answers(int withdraw, int engulf, int pursue, string? respondentId = null, int moves = 1) =>
        Scored(q => q.Response switch
        {
            AnxietyResponse.Withdraw => withdraw,
            AnxietyResponse.Engulf => engulf,
            AnxietyResponse.Pursue => pursue,
            _ => moves,
        }, respondentId);

    public static AssessmentProfile Profile(int withdraw, int engulf, int pursue, string? respondentId = null) =>
        SelfAssessment.Default.Evaluate(Answers(withdraw, engulf, pursue, respondentId));

    /// <summary>A synthetic profile built to show the given responses and moves: their questions score 5, every other question 1.</summary>
    public static AssessmentAnswers Showing(string respondentId, params Enum[] measures) =>
        Scored(q => measures.Any(m => m.Equals(q.Response) || m.Equals(q.Move)) ? 5 : 1, respondentId);

    /// <summary>Answers every question with the same value, whatever its wording.</summary>
    public static AssessmentAnswers AllTheSame(int value, string? respondentId = null) => Raw(_ => value, respondentId);

    /// <summary>Answers every question so that it scores <paramref name="score"/>: reversed statements get the mirrored answer.</summary>
    public static AssessmentAnswers Scored(Func<AssessmentQuestion, int> score, string? respondentId = null) =>
        Raw(q => q.Reversed ? 6 - score(q) : score(q), respondentId);

    /// <summary>Answers every question with the value given, as written.</summary>
    public static AssessmentAnswers Raw(Func<AssessmentQuestion, int> answer, string? respondentId = null)
    {
        var answers = SelfAssessment.Default.StartAnswers(respondentId);
        foreach (var question in Questionnaire.BuiltIn.Questions)
        {
            answers = answers.WithAnswer(question.Id, answer(question));
        }

        return answers;
    }
}
