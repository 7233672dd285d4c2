using System.Globalization;
using IntimacyKit.Assessments;
using IntimacyKit.Patterns;
using IntimacyKit.Serialization;

namespace IntimacyKit.Tests.Assessments;

public sealed class QuestionnaireTests
{
    [Fact]
    public void The_built_in_questionnaire_is_valid_and_short()
    {
        var questionnaire = Questionnaire.BuiltIn;

        questionnaire.Validate().IsValid.Should().BeTrue(questionnaire.Validate().ToString());
        questionnaire.Questions.Should().HaveCountGreaterThanOrEqualTo(24).And.HaveCountLessThanOrEqualTo(30);
        questionnaire.Questions.Select(q => q.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_response_has_the_same_number_of_questions_and_a_neutral_reading()
    {
        var questionnaire = Questionnaire.BuiltIn;

        var counts = Enum.GetValues<AnxietyResponse>().Select(r => questionnaire.Questions.Count(q => q.Response == r)).ToList();

        counts.Distinct().Should().ContainSingle("each response is asked about equally often");
        counts[0].Should().BeGreaterThanOrEqualTo(4);
        foreach (var response in Enum.GetValues<AnxietyResponse>())
        {
            var reading = questionnaire.GetReading(response);
            reading.Should().BeOfType<ResponseReading>().Which.UnderStress.Should().NotContainAny(["wrong", "bad", "unhealthy", "disorder", "symptom"]);
        }
    }

    [Fact]
    public void The_disclaimer_says_it_is_reflective_and_not_a_diagnosis_and_the_attribution_names_the_book()
    {
        var questionnaire = Questionnaire.BuiltIn;

        questionnaire.Disclaimer.Should().Contain("reflective").And.Contain("not from the book").And.Contain("does not diagnose");
        questionnaire.Attribution.Should().Contain("Harriet Lerner, The Dance of Intimacy, chapter 1").And.Contain("chapters 3, 4 and 5");
    }

    [Fact]
    public void The_scale_is_one_to_five_with_labels()
    {
        Questionnaire.BuiltIn.Scale.Select(p => p.Value).Should().Equal(1, 2, 3, 4, 5);
        Questionnaire.BuiltIn.Scale.Should().OnlyContain(p => !string.IsNullOrWhiteSpace(p.Label));
    }

    [Fact]
    public void A_broken_questionnaire_reports_every_problem_at_once()
    {
        var broken = Questionnaire.BuiltIn with
        {
            Id = " ",
            Scale = [new ScalePoint { Value = 1, Label = "x" }, new ScalePoint { Value = 1, Label = "" }],
            Questions = [.. Questionnaire.BuiltIn.Questions.Where(q => q.Response != AnxietyResponse.Pursue), Questionnaire.BuiltIn.Questions[0], null!],
            Readings = [],
        };

        var result = broken.Validate();

        result.Problems.Select(p => (p.Path, p.Code)).Should().Contain(
        [
            ("id", "required"),
            ("scale[1].label", "required"),
            ("scale[1].value", "duplicate-value"),
            ("scale", "too-few-items"),
            ($"questions[{broken.Questions.Length - 2}].id", "duplicate-id"),
            ($"questions[{broken.Questions.Length - 1}]", "required"),
            ("questions", "missing-response"),
            ("readings", "missing-response"),
        ]);
    }

    [Fact]
    public void Every_response_and_every_move_is_asked_about_both_ways_round()
    {
        var questionnaire = Questionnaire.BuiltIn;

        foreach (var response in Enum.GetValues<AnxietyResponse>())
        {
            var questions = questionnaire.Questions.Where(q => q.Response == response).ToList();
            questions.Should().Contain(q => q.Reversed, response.ToString()).And.Contain(q => !q.Reversed, response.ToString());
        }

        foreach (var move in Enum.GetValues<DanceMove>())
        {
            var questions = questionnaire.Questions.Where(q => q.Move == move).ToList();
            questions.Should().HaveCountGreaterThanOrEqualTo(3).And.Contain(q => q.Reversed, move.ToString()).And.Contain(q => !q.Reversed, move.ToString());
        }

        questionnaire.Questions.Should().OnlyContain(q => (q.Response == null) != (q.Move == null));
    }

    [Fact]
    public void Getting_louder_counts_as_raising_the_heat_not_as_pursuit()
    {
        var louder = Questionnaire.BuiltIn.Questions.Single(q => q.Text.Contains("louder", StringComparison.Ordinal));

        louder.Move.Should().Be(DanceMove.Escalate);
        louder.Response.Should().BeNull();
    }

    [Fact]
    public void A_questionnaire_with_one_wording_only_a_question_with_two_measures_or_a_blank_dance_reading_is_refused_with_the_reasons()
    {
        var builtIn = Questionnaire.BuiltIn;
        var broken = builtIn with
        {
            Questions = [.. builtIn.Questions.Select(q => q.Move == DanceMove.Escalate ? q with { Reversed = false } : q), builtIn.Questions[0] with { Id = "both", Move = DanceMove.Escalate }],
            DanceReadings = [.. builtIn.DanceReadings, new DanceReading { DanceId = "pursuer-distancer", Text = " " }],
            NoClearDance = "",
        };

        var result = broken.Validate();

        result.Problems.Select(p => (p.Path, p.Code)).Should().Contain(
        [
            ("questions", "one-wording-only"),
            ($"questions[{broken.Questions.Length - 1}]", "response-or-move"),
            ($"danceReadings[{broken.DanceReadings.Length - 1}].danceId", "duplicate-id"),
            ($"danceReadings[{broken.DanceReadings.Length - 1}].text", "required"),
            ("noClearDance", "required"),
        ]);
        result.Problems.Should().Contain(p => p.Code == "one-wording-only" && p.Message.Contains("'escalate'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Spanish_questionnaire_asks_the_same_questions_in_Spanish_so_answers_score_with_either()
    {
        var spanish = Questionnaire.GetBuiltIn(CultureInfo.GetCultureInfo("es-MX"));
        var english = Questionnaire.BuiltIn;

        spanish.Validate().IsValid.Should().BeTrue(spanish.Validate().ToString());
        spanish.Language.Should().Be("es");
        spanish.Id.Should().Be(english.Id);
        spanish.Questions.Select(q => (q.Id, q.Response, q.Move, q.Reversed)).Should().Equal(english.Questions.Select(q => (q.Id, q.Response, q.Move, q.Reversed)));
        spanish.Questions.Select(q => q.Text).Should().NotIntersectWith(english.Questions.Select(q => q.Text));
        spanish.Scale.Select(p => p.Value).Should().Equal(english.Scale.Select(p => p.Value));
        spanish.DanceReadings.Select(r => (r.DanceId, r.SafetyNote is null)).Should().Equal(english.DanceReadings.Select(r => (r.DanceId, r.SafetyNote is null)));
        spanish.Disclaimer.Should().Contain("no diagnostica");
        spanish.Attribution.Should().Contain("Harriet Lerner");
        Questionnaire.GetBuiltIn(CultureInfo.GetCultureInfo("en-GB")).Should().BeSameAs(english);
        Questionnaire.GetBuiltIn(CultureInfo.InvariantCulture).Should().BeSameAs(english);
    }

    [Fact]
    public void An_app_can_load_its_own_questionnaire_from_json_and_a_broken_one_is_refused_with_the_reasons()
    {
        var json = IntimacyKitJson.Serialize(Questionnaire.BuiltIn with { Id = "my-app-questions", Readings = [] });

        var loaded = IntimacyKitJson.Deserialize<Questionnaire>(json);
        var act = () => new SelfAssessment(loaded, IntimacyCatalog.BuiltIn);

        loaded.Id.Should().Be("my-app-questions");
        act.Should().Throw<ArgumentException>().WithMessage("*There is no reading for 'withdraw'*");
    }
}
