#region usings
using System.Globalization;
using IntimacyKit;
using IntimacyKit.Assessments;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Safety;
#endregion

namespace DocsSnippets;

public sealed class SelfAssessmentSnippets : SnippetTest
{
    private static readonly SelfAssessment assessment = SelfAssessment.Default;

    [Fact]
    public void The_assessment_scores_a_person_who_answers_withdraw_questions_highest_as_withdrawing()
    {
        #region take-the-assessment
        var assessment = SelfAssessment.Default;           // built-in questionnaire + built-in catalog
        var questionnaire = assessment.Questionnaire;
        Console.WriteLine(questionnaire.Disclaimer);

        var answers = assessment.StartAnswers(respondentId: "ana");
        foreach (var question in questionnaire.Questions)
        {
            // Show question.Text with the labels of questionnaire.Scale (1 "Rarely or never" … 5 "Almost always").
            answers = answers.WithAnswer(question.Id, AskOnScale(question.Text));
        }

        var check = assessment.Validate(answers);           // every unanswered or off-scale question, at once
        if (!check.IsValid)
        {
            foreach (var problem in check.Problems)
            {
                Console.WriteLine(problem);                  // answers.quiet-when-tense: "…" has no answer yet. (required)
            }

            return;
        }

        AssessmentProfile profile = assessment.Evaluate(answers);
        Console.WriteLine(profile.ToPlainText(CultureInfo.CurrentCulture));

        // The practices to start with are catalog Practice items: hand them to an experiment plan.
        var firstPractices = profile.Practices.Take(2).ToList();
        #endregion

        Output.Should().StartWith(questionnaire.Disclaimer);
        Output.Should().Contain(profile.ToPlainText(CultureInfo.CurrentCulture));
        profile.DefaultResponses.Should().Equal(AnxietyResponse.Withdraw);
        firstPractices.Should().HaveCount(2).And.OnlyContain(p => IntimacyCatalog.BuiltIn.Practices.Contains(p));
    }

    [Fact]
    public void Unanswered_questions_are_all_listed_with_their_paths()
    {
        var answers = assessment.StartAnswers("ana").WithAnswer("yes-before-asking-myself", 3);

        var check = assessment.Validate(answers);

        check.IsValid.Should().BeFalse();
        check.Problems.Should().HaveCount(assessment.Questionnaire.Questions.Length - 1);
        check.Problems[0].ToString().Should().StartWith("answers.quiet-when-tense: ").And.EndWith("(required)");
    }

    [Fact]
    public void An_unsafe_journal_entry_narrows_the_profile_to_what_the_safety_view_keeps()
    {
        AssessmentProfile profile = ProfileOf(AnxietyResponse.Engulf);
        const string journalEntry = "He checks my phone every night and won't let me see my friends.";

        #region safety-view
        var view = SafeCatalogView.For(IntimacyCatalog.BuiltIn, SafetyScreen.Default.Screen(journalEntry));
        var shown = view.Safety.IsSafe ? profile : profile.WithinSafetyView(view);   // and show view.Resources first
        #endregion

        view.Safety.IsSafe.Should().BeFalse();
        view.Resources.Should().NotBeNull();
        shown.Exercises.Should().OnlyContain(e => view.Exercises.Contains(e));
        shown.Exercises.Count().Should().BeLessThan(profile.Exercises.Length);
        shown.Practices.Should().OnlyContain(p => view.Practices.Contains(p));
    }

    [Fact]
    public void A_pursuer_and_a_withdrawer_form_the_pursuer_distancer_dance()
    {
        AssessmentAnswers anaAnswers = AnswersLeaningTo(AnxietyResponse.Pursue, "ana");
        AssessmentAnswers benAnswers = AnswersLeaningTo(AnxietyResponse.Withdraw, "ben");

        #region compare
        ProfileComparison comparison = assessment.Compare(anaAnswers, benAnswers);
        foreach (DanceFinding finding in comparison.Dances)
        {
            var ana = string.Join(" and ", finding.FirstPartnerParts.Select(p => p.Role.Name));
            var ben = string.Join(" and ", finding.SecondPartnerParts.Select(p => p.Role.Name));
            Console.WriteLine($"{finding.Dance.Name} ({finding.Confidence}): ana's answers show the {ana}, ben's the {ben}");
        }

        Console.WriteLine(comparison.NoClearDance);          // set when the answers show no dance clearly
        Console.WriteLine(comparison.ToMarkdown());          // scores, each dance's reading, evidence and circuit breakers
        #endregion

        Output.Should().Contain("Pursuer–distancer (High): ana's answers show the pursuer, ben's the distancer");
        Output.Should().Contain(comparison.Dances[0].Dance.CircuitBreakers[0].Text);
    }

    [Fact]
    public void A_partner_sees_the_other_partners_answers_without_their_private_fields()
    {
        var anaResponse = new ExerciseResponse { ExerciseId = "closeness-fears" }
            .WithAnswer("paragraph", new TextAnswer("I fear being swallowed up."))
            .WithAnswer("default-response", new TextAnswer("I pull away."));
        var benResponse = new ExerciseResponse { ExerciseId = "closeness-fears" }
            .WithAnswer("paragraph", new TextAnswer("I fear being left."));

        #region joint-session
        var session = new JointSession { ExerciseId = "closeness-fears", FirstPartnerId = "ana", SecondPartnerId = "ben" }
            .Submit("ana", anaResponse, privateFieldIds: ["default-response"])
            .Submit("ben", benResponse);

        PartnerView forBen = session.ViewFor("ben");        // send this to Ben's device, never the session
        #endregion

        forBen.BothAnswered.Should().BeTrue();
        forBen.OtherSharedResponse!.Answers.Should().ContainKey("paragraph").And.NotContainKey("default-response");
        forBen.OtherPrivateAnswerCount.Should().Be(1);
    }

    // The person's answer on the scale; here, 4 for the questions of one response and 2 for the others.
    private static int AskOnScale(string questionText) =>
        assessment.Questionnaire.Questions.Single(q => q.Text == questionText).Response == AnxietyResponse.Withdraw ? 4 : 2;

    private static AssessmentProfile ProfileOf(AnxietyResponse response) => assessment.Evaluate(AnswersLeaningTo(response));

    // Answers that lean fully to one response: 5 for its statements, 1 for the others, mirrored for reversed statements.
    internal static AssessmentAnswers AnswersLeaningTo(AnxietyResponse response, string? respondentId = null)
    {
        var answers = assessment.StartAnswers(respondentId);
        foreach (var question in assessment.Questionnaire.Questions)
        {
            var score = question.Response == response ? 5 : 1;
            answers = answers.WithAnswer(question.Id, question.Reversed ? 6 - score : score);
        }

        return answers;
    }
}
