using IntimacyKit.Assessments;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using static IntimacyKit.Tests.Assessments.AssessmentTestData;

namespace IntimacyKit.Tests.Assessments;

public sealed class SelfAssessmentTests
{
    [Theory]
    [InlineData(AnxietyResponse.Withdraw)]
    [InlineData(AnxietyResponse.Engulf)]
    [InlineData(AnxietyResponse.Pursue)]
    public void The_highest_score_is_the_default_named_with_its_neutral_reading(AnxietyResponse response)
    {
        var profile = Profile(
            withdraw: response == AnxietyResponse.Withdraw ? 4 : 2,
            engulf: response == AnxietyResponse.Engulf ? 4 : 2,
            pursue: response == AnxietyResponse.Pursue ? 4 : 2);

        profile.DefaultResponses.Should().Equal(response);
        profile.IsBlend.Should().BeFalse();
        profile.BlendReading.Should().BeNull();
        profile.Readings.Should().ContainSingle().Which.Should().Be(Questionnaire.BuiltIn.GetReading(response));
        profile.Disclaimer.Should().Be(Questionnaire.BuiltIn.Disclaimer);
    }

    [Fact]
    public void Points_are_the_sum_of_the_answers_reversed_statements_reversed_and_the_range_follows_the_scale()
    {
        var answers = Answers(withdraw: 3, engulf: 1, pursue: 5);

        var profile = SelfAssessment.Default.Evaluate(answers);

        foreach (var response in Enum.GetValues<AnxietyResponse>())
        {
            var questions = Questionnaire.BuiltIn.Questions.Where(q => q.Response == response).ToList();
            var score = profile.GetScore(response);
            score.Points.Should().Be(questions.Sum(q => q.Reversed ? 6 - answers.Answers[q.Id] : answers.Answers[q.Id]));
            score.QuestionCount.Should().Be(questions.Count);
            score.MinPoints.Should().Be(questions.Count * Questionnaire.BuiltIn.Scale.Min(p => p.Value));
            score.MaxPoints.Should().Be(questions.Count * Questionnaire.BuiltIn.Scale.Max(p => p.Value));
        }

        profile.GetScore(AnxietyResponse.Engulf).Share.Should().Be(0);
        profile.GetScore(AnxietyResponse.Withdraw).Share.Should().Be(0.5);
        profile.GetScore(AnxietyResponse.Pursue).Share.Should().Be(1);
        profile.Scores.Select(s => s.Response).Should().Equal(Enum.GetValues<AnxietyResponse>());
    }

    [Fact]
    public void Two_equal_top_scores_give_a_blend_of_both_not_an_arbitrary_pick()
    {
        var profile = Profile(withdraw: 4, engulf: 2, pursue: 4);

        profile.IsBlend.Should().BeTrue();
        profile.DefaultResponses.Should().Equal(AnxietyResponse.Withdraw, AnxietyResponse.Pursue);
        profile.BlendReading.Should().Be(Questionnaire.BuiltIn.BlendReading);
        profile.Readings.Select(r => r.Response).Should().Equal(AnxietyResponse.Withdraw, AnxietyResponse.Pursue);
        profile.Practices.Should().Contain(p => p.Patterns.Contains(AnxietyResponse.Withdraw) && !p.Patterns.Contains(AnxietyResponse.Pursue))
            .And.Contain(p => p.Patterns.Contains(AnxietyResponse.Pursue) && !p.Patterns.Contains(AnxietyResponse.Withdraw));
    }

    [Fact]
    public void A_tie_one_point_apart_is_not_a_blend()
    {
        var answers = Answers(withdraw: 4, engulf: 2, pursue: 4);
        var oneQuestion = Questionnaire.BuiltIn.Questions.First(q => q.Response == AnxietyResponse.Pursue && !q.Reversed);

        var profile = SelfAssessment.Default.Evaluate(answers.WithAnswer(oneQuestion.Id, 5));

        profile.DefaultResponses.Should().Equal(AnxietyResponse.Pursue);
    }

    [Fact]
    public void All_answers_equal_give_a_blend_of_all_three()
    {
        var profile = Profile(withdraw: 1, engulf: 1, pursue: 1);

        profile.DefaultResponses.Should().Equal(Enum.GetValues<AnxietyResponse>());
        profile.IsBlend.Should().BeTrue();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Giving_every_statement_the_same_answer_names_a_blend_of_all_three_not_a_strong_default(int value)
    {
        var profile = SelfAssessment.Default.Evaluate(AssessmentTestData.AllTheSame(value));

        profile.DefaultResponses.Should().Equal(Enum.GetValues<AnxietyResponse>());
        profile.Scores.Should().OnlyContain(s => s.Share > 0 && s.Share < 1, "a reversed statement in every response keeps agreement with everything off the top");
    }

    [Fact]
    public void Every_unanswered_question_is_reported_by_id_and_text_at_once_and_Evaluate_refuses_with_the_same_list()
    {
        var complete = Answers(3, 3, 3);
        var left = Questionnaire.BuiltIn.Questions.Where((_, i) => i % 3 == 0).ToList();
        var partial = complete with { Answers = complete.Answers.RemoveRange(left.Select(q => q.Id)) };

        var result = SelfAssessment.Default.Validate(partial);
        var act = () => SelfAssessment.Default.Evaluate(partial);

        result.Problems.Should().HaveCount(left.Count).And.OnlyContain(p => p.Code == "required");
        result.Problems.Select(p => p.Path).Should().Equal(left.Select(q => $"answers.{q.Id}"));
        result.Problems.Zip(left).Should().OnlyContain(pair => pair.First.Message.Contains(pair.Second.Text));
        act.Should().Throw<AssessmentAnswersException>().Which.Problems.Should().Equal(result.Problems);
        partial.Answers.Should().HaveCount(Questionnaire.BuiltIn.Questions.Length - left.Count, "nothing the person entered is lost");
    }

    [Fact]
    public void Values_off_the_scale_unknown_questions_and_another_questionnaire_are_all_reported_and_kept()
    {
        var first = Questionnaire.BuiltIn.Questions[0];
        var last = Questionnaire.BuiltIn.Questions[^1];
        var answers = Answers(3, 3, 3).WithAnswer(first.Id, 0).WithAnswer(last.Id, 6).WithAnswer("not-a-question", 3)
            with { QuestionnaireId = "someone-elses", SchemaVersion = 99 };

        var result = SelfAssessment.Default.Validate(answers);

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("schemaVersion", "unsupported-schema-version"),
            ("questionnaireId", "questionnaire-mismatch"),
            ($"answers.{first.Id}", "out-of-range"),
            ($"answers.{last.Id}", "out-of-range"),
            ("answers.not-a-question", "unknown-question"));
        result.Problems[2].Message.Should().Contain("answered 0").And.Contain("from 1 to 5");
        answers.Answers[first.Id].Should().Be(0);
        answers.Answers["not-a-question"].Should().Be(3);
    }

    [Fact]
    public void Null_arguments_are_programmer_errors()
    {
        var validate = () => SelfAssessment.Default.Validate(null!);
        var evaluate = () => SelfAssessment.Default.Evaluate(null!);
        var create = () => new SelfAssessment(null!, IntimacyCatalog.BuiltIn);

        validate.Should().Throw<ArgumentNullException>();
        evaluate.Should().Throw<ArgumentNullException>();
        create.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData(AnxietyResponse.Withdraw)]
    [InlineData(AnxietyResponse.Engulf)]
    [InlineData(AnxietyResponse.Pursue)]
    public void Recommendations_follow_the_catalogs_pattern_data(AnxietyResponse response)
    {
        var catalog = IntimacyCatalog.BuiltIn;
        var pattern = catalog.GetPattern(response);
        var profile = Profile(
            withdraw: response == AnxietyResponse.Withdraw ? 5 : 1,
            engulf: response == AnxietyResponse.Engulf ? 5 : 1,
            pursue: response == AnxietyResponse.Pursue ? 5 : 1);

        var chapterIds = profile.Chapters.Select(c => c.Id).ToList();
        var practiceIds = profile.Practices.Select(p => p.Id).ToList();
        pattern.ChapterIds.Concat(catalog.Chapters.Where(c => c.Patterns.Contains(response)).Select(c => c.Id))
            .Except(chapterIds).Should().BeEmpty("the pattern's chapters and the chapters tagged with it are recommended");
        pattern.PracticeIds.Concat(catalog.Practices.Where(p => p.Patterns.Contains(response)).Select(p => p.Id))
            .Except(practiceIds).Should().BeEmpty("the pattern's practices and the practices tagged with it are recommended");
        profile.Practices.Should().NotBeEmpty().And.OnlyContain(p => pattern.PracticeIds.Contains(p.Id) || p.Patterns.Contains(response));
        profile.Exercises.Should().NotBeEmpty()
            .And.OnlyContain(e => e.Patterns.Contains(response) || (e.Patterns.IsEmpty && chapterIds.Contains(e.ChapterId)));
        catalog.Exercises.Where(e => e.Patterns.Contains(response)).Except(profile.Exercises).Should().BeEmpty();
        profile.Scripts.Should().NotBeEmpty()
            .And.OnlyContain(s => s.Patterns.Contains(response) || profile.Exercises.Any(e => e.ScriptIds.Contains(s.Id)));
        catalog.Scripts.Where(s => s.Patterns.Contains(response)).Except(profile.Scripts).Should().BeEmpty();
        profile.Chapters.Select(c => catalog.Chapters.IndexOf(c)).Should().BeInAscendingOrder();
    }

    [Fact]
    public void A_content_pack_changes_the_recommendations_without_code()
    {
        var practice = new Practice
        {
            Id = "one-message-then-wait",
            ChapterId = "chapter-3",
            Title = "Send one message, then wait",
            Description = "When a reply is slow, send one message and let it be.",
            Patterns = [AnxietyResponse.Pursue],
        };
        var catalog = IntimacyCatalog.BuiltIn.WithContentPack(new ContentPack { Name = "app-extra", Practices = [practice] });
        var assessment = new SelfAssessment(Questionnaire.BuiltIn, catalog);

        var pursuer = assessment.Evaluate(Answers(withdraw: 1, engulf: 1, pursue: 5));
        var withdrawer = assessment.Evaluate(Answers(withdraw: 5, engulf: 1, pursue: 1));

        pursuer.Practices.Should().Contain(practice);
        withdrawer.Practices.Should().NotContain(practice);
    }

    [Fact]
    public void A_catalog_without_pattern_data_still_scores_and_recommends_nothing_rather_than_failing()
    {
        var assessment = new SelfAssessment(Questionnaire.BuiltIn, IntimacyCatalog.Empty);

        var profile = assessment.Evaluate(Answers(5, 1, 1));

        profile.DefaultResponses.Should().Equal(AnxietyResponse.Withdraw);
        profile.Chapters.Should().BeEmpty();
        profile.Practices.Should().BeEmpty();
    }

    [Fact]
    public void The_respondent_is_carried_from_the_answers_to_the_profile()
    {
        Profile(3, 2, 1, respondentId: "partner-a").RespondentId.Should().Be("partner-a");
        SelfAssessment.Default.StartAnswers("b").Should().Match<AssessmentAnswers>(a =>
            a.RespondentId == "b" && a.QuestionnaireId == Questionnaire.BuiltIn.Id && a.Answers.IsEmpty);
    }

    [Fact]
    public void Within_a_safety_view_the_profile_keeps_only_what_the_safety_gate_keeps()
    {
        var profile = Profile(withdraw: 1, engulf: 5, pursue: 1);
        var view = IntimacyKit.Safety.SafeCatalogView.For(IntimacyCatalog.BuiltIn, IntimacyKit.Safety.SafetyScreen.Default.Screen("He checks my phone every night."));

        var safe = profile.WithinSafetyView(view);

        view.Withheld.Should().NotBeEmpty();
        profile.Exercises.Should().Contain(e => e.PartnerInvolvement != PartnerInvolvement.None, "the engulf exercises include small acts of assertion");
        safe.Exercises.Should().NotBeEmpty().And.OnlyContain(e => view.Exercises.Contains(e));
        safe.Scripts.Where(s => !view.Scripts.Contains(s)).Should().BeEmpty();
        safe.Scripts.Should().HaveCountLessThan(profile.Scripts.Length, "the assertive scripts ask the person to confront their partner");
        safe.Exercises.Should().NotContain(e => view.Withheld.Any(w => w.Id == e.Id));
        profile.Practices.Should().Contain(p => p.PartnerInvolvement != PartnerInvolvement.None, "the engulf practices include one small no a week");
        safe.Practices.Should().NotBeEmpty().And.Equal(profile.Practices.Where(p => p.PartnerInvolvement == PartnerInvolvement.None));
        safe.Practices.Should().NotContain(p => view.Withheld.Any(w => w.Kind == IntimacyKit.Safety.WithheldItemKind.Practice && w.Id == p.Id));
    }
}
