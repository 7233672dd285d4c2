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
        questionnaire.Questions.Should().HaveCountGreaterThanOrEqualTo(12).And.HaveCountLessThanOrEqualTo(15);
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
        questionnaire.Attribution.Should().Contain("Harriet Lerner, The Dance of Intimacy, chapter 1");
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
    public void An_app_can_load_its_own_questionnaire_from_json_and_a_broken_one_is_refused_with_the_reasons()
    {
        var json = IntimacyKitJson.Serialize(Questionnaire.BuiltIn with { Id = "my-app-questions", Readings = [] });

        var loaded = IntimacyKitJson.Deserialize<Questionnaire>(json);
        var act = () => new SelfAssessment(loaded, IntimacyCatalog.BuiltIn);

        loaded.Id.Should().Be("my-app-questions");
        act.Should().Throw<ArgumentException>().WithMessage("*There is no reading for 'withdraw'*");
    }
}
