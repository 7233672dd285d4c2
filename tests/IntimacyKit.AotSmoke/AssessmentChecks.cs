using System.Globalization;
using IntimacyKit.Assessments;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Serialization;

namespace IntimacyKit.AotSmoke;

/// <summary>The self-assessment: the questionnaire read from embedded JSON, scoring, comparison and joint sessions.</summary>
internal static class AssessmentChecks
{
    public static void Run(SmokeRun run)
    {
        run.Check("the built-in questionnaire loads from its embedded JSON and is valid", () =>
            Expect.True(Questionnaire.BuiltIn.Validate().IsValid, "valid")
            && Expect.True(Questionnaire.BuiltIn.Questions.Length is >= 24 and <= 30, "24 to 30 questions")
            && Expect.True(Questionnaire.GetBuiltIn(System.Globalization.CultureInfo.GetCultureInfo("es")).Validate().IsValid, "Spanish valid"));

        run.Check("answers leaning to withdraw give a withdraw profile with practices to hand on", () =>
        {
            var profile = SelfAssessment.Default.Evaluate(Answers(withdraw: 5, engulf: 2, pursue: 1));
            return Expect.Equal(string.Join(",", profile.DefaultResponses), "Withdraw", "default")
                && Expect.True(profile.Practices.Any(p => p.Patterns.Contains(AnxietyResponse.Withdraw)), "a withdraw practice")
                && Expect.Contains(profile.ToMarkdown(CultureInfo.InvariantCulture), "# Your self-assessment", "the summary");
        });

        run.Check("a profile and its answers round-trip to the same JSON", () =>
        {
            var answers = Answers(2, 4, 4);
            var profile = SelfAssessment.Default.Evaluate(answers);
            var answersJson = IntimacyKitJson.Serialize(answers);
            var profileJson = IntimacyKitJson.Serialize(profile);
            return Expect.Equal(IntimacyKitJson.Serialize(IntimacyKitJson.Deserialize<AssessmentAnswers>(answersJson)), answersJson, "answers")
                && Expect.Equal(IntimacyKitJson.Serialize(IntimacyKitJson.Deserialize<AssessmentProfile>(profileJson)), profileJson, "profile")
                && Expect.True(profile.IsBlend, "a blend");
        });

        run.Check("a pursuer and a withdrawer form the pursuer-distancer dance", () =>
        {
            var joint = new JointAssessment { FirstPartnerId = "a", SecondPartnerId = "b" }.Submit("a", Answers(1, 1, 5));
            var hidden = SelfAssessment.Default.ReadTogether(joint);
            var comparison = SelfAssessment.Default.ReadTogether(joint.Submit("b", Answers(5, 1, 1)))!;
            var json = IntimacyKitJson.Serialize(comparison);
            return Expect.True(hidden is null, "hidden until both have answered")
                && Expect.Equal(comparison.Dances.Single().Dance.Id, "pursuer-distancer", "dance")
                && Expect.True(comparison.Dances[0].FirstPartnerParts[0].Evidence.Length > 0, "evidence")
                && Expect.Equal(IntimacyKitJson.Serialize(IntimacyKitJson.Deserialize<ProfileComparison>(json)), json, "comparison JSON");
        });

        run.Check("a joint session's view leaves out the other partner's private answer", () =>
        {
            var response = new ExerciseResponse { ExerciseId = "closeness-fears" }
                .WithAnswer("paragraph", new TextAnswer("shared words"))
                .WithAnswer("default-response", new TextAnswer("secret words"));
            var session = new JointSession { ExerciseId = "closeness-fears", FirstPartnerId = "a", SecondPartnerId = "b" }
                .Submit("a", response, ["default-response"])
                .Submit("b", new ExerciseResponse { ExerciseId = "closeness-fears" }.WithAnswer("paragraph", new TextAnswer("b's words")));
            var json = IntimacyKitJson.Serialize(session.ViewFor("b"));
            return Expect.Contains(json, "shared words", "the view")
                && Expect.True(!json.Contains("secret words", StringComparison.Ordinal), "no private text");
        });
    }

    // Each response's statements score the value given (a reversed statement gets the mirrored answer); the dance moves score 1.
    private static AssessmentAnswers Answers(int withdraw, int engulf, int pursue)
    {
        var answers = SelfAssessment.Default.StartAnswers();
        foreach (var question in Questionnaire.BuiltIn.Questions)
        {
            var score = question.Response switch
            {
                AnxietyResponse.Withdraw => withdraw,
                AnxietyResponse.Engulf => engulf,
                AnxietyResponse.Pursue => pursue,
                _ => 1,
            };
            answers = answers.WithAnswer(question.Id, question.Reversed ? 6 - score : score);
        }

        return answers;
    }
}
