#region usings
using System.Globalization;
using IntimacyKit;
using IntimacyKit.Assessments;
using IntimacyKit.Patterns;
using IntimacyKit.Safety;
#endregion

namespace DocsSnippets;

public sealed class ReadingDancesSnippets : SnippetTest
{
    private static readonly SelfAssessment assessment = SelfAssessment.Default;

    [Fact]
    public void Two_partners_answer_on_their_own_and_read_together_once_both_have_answered()
    {
        AssessmentAnswers anaAnswers = Leaning("ana", AnxietyResponse.Pursue);
        AssessmentAnswers benAnswers = Leaning("ben", AnxietyResponse.Withdraw);

        #region joint-assessment
        var joint = new JointAssessment { FirstPartnerId = "ana", SecondPartnerId = "ben" }
            .Submit("ana", anaAnswers);

        ProfileComparison? reading = assessment.ReadTogether(joint);   // null: Ben has not answered, nothing is shown

        joint = joint.Submit("ben", benAnswers);
        reading = assessment.ReadTogether(joint);                      // both have answered: the joint reading
        #endregion

        reading!.Dances.Should().ContainSingle().Which.Dance.Id.Should().Be("pursuer-distancer");
    }

    [Fact]
    public void A_dance_comes_with_each_partners_part_and_the_answers_that_show_it()
    {
        var reading = assessment.Compare(Leaning("ana", AnxietyResponse.Pursue), Leaning("ben", AnxietyResponse.Withdraw));

        #region evidence
        foreach (DanceFinding finding in reading.Dances)
        {
            Console.WriteLine($"{finding.Dance.Name}, confidence {finding.Confidence}");
            Console.WriteLine(finding.Reading);                  // the moves, in neutral words
            if (finding.SafetyNote is { } note)
            {
                Console.WriteLine(note);                         // show it with the reading, always
            }

            foreach (DancePart part in finding.FirstPartnerParts)
            {
                Console.WriteLine($"ana: {part.Role.Name} ({part.Strength:P0})");
                foreach (AnswerEvidence answer in part.Evidence)
                {
                    Console.WriteLine($"  \"{answer.Text}\" {answer.Answer}{(answer.Reversed ? " (reversed)" : "")}: {answer.Strength:P0}");
                }
            }
        }

        if (reading.NoClearDance is { } none)
        {
            Console.WriteLine(none);                             // no dance is clear: say so, name nothing
        }
        #endregion

        Output.Should().Contain("Pursuer–distancer, confidence High").And.Contain("ana: pursuer (100%)").And.Contain("(reversed): 100%");
    }

    [Fact]
    public void After_a_safety_message_the_reading_defers_to_the_safety_screen()
    {
        var anaAnswers = Leaning("ana", DanceMove.Escalate, DanceMove.MakeUpIntensely);
        var benAnswers = Leaning("ben", DanceMove.MatchIntensity, DanceMove.MakeUpIntensely);
        var whatTheyWrote = "He hit me again last night.";

        #region safety-view
        SafetyResult safety = SafetyScreen.Default.Screen(whatTheyWrote);
        SafeCatalogView view = SafeCatalogView.For(IntimacyCatalog.BuiltIn, safety);

        ProfileComparison shown = assessment.Compare(anaAnswers, benAnswers).WithinSafetyView(view);
        if (shown.SafetyResources is { } resources)
        {
            Console.WriteLine(resources.Message);                // first, before any reading
        }
        #endregion

        assessment.Compare(anaAnswers, benAnswers).Dances.Should().ContainSingle(d => d.Dance.Id == "volatile-escalation");
        safety.Level.Should().NotBe(SafetyLevel.None);
        shown.Dances.Should().BeEmpty("the volatile reading touches fear, so it gives way to the safety message");
        Output.Should().Contain(SafetyResources.Default.Message);
    }

    [Fact]
    public void The_questionnaire_is_there_in_Spanish()
    {
        #region spanish
        var spanish = new SelfAssessment(Questionnaire.GetBuiltIn(CultureInfo.GetCultureInfo("es-MX")), IntimacyCatalog.BuiltIn);
        Console.WriteLine(spanish.Questionnaire.Questions[0].Text);   // same ids, so the answers score in either language
        #endregion

        Output.Should().Contain("me callo o cambio de tema");
    }

    // Answers built to show the given responses and moves: their statements score 5, every other one 1, reversed
    // statements mirrored.
    private static AssessmentAnswers Leaning(string respondentId, params Enum[] measures)
    {
        var answers = assessment.StartAnswers(respondentId);
        foreach (var question in assessment.Questionnaire.Questions)
        {
            var score = measures.Any(m => m.Equals(question.Response) || m.Equals(question.Move)) ? 5 : 1;
            answers = answers.WithAnswer(question.Id, question.Reversed ? 6 - score : score);
        }

        return answers;
    }
}
