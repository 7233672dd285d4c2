using System.Collections.Immutable;
using CsCheck;
using IntimacyKit.Assessments;
using IntimacyKit.Exercises;
using IntimacyKit.Serialization;
using static IntimacyKit.Tests.Assessments.AssessmentTestData;

namespace IntimacyKit.Tests.Assessments;

/// <summary>Answers, profiles, joint sessions and views round-trip through <see cref="IntimacyKitJson"/> without loss.</summary>
public sealed class AssessmentSerializationTests
{
    private static readonly string[] QuestionIds = [.. Questionnaire.BuiltIn.Questions.Select(q => q.Id)];

    private static readonly Gen<string> GenText = Gen.String[0, 40];

    private static readonly Gen<AssessmentAnswers> GenAnswers =
        Gen.Select(
            Gen.Select(Gen.OneOf(Gen.OneOf<string>(QuestionIds), Gen.String[1, 12]), Gen.Int[-3, 9]).Array[0, 20],
            Gen.Int[0, 3],
            Gen.OneOf(Gen.Const(Questionnaire.BuiltIn.Id), GenText),
            Gen.OneOf(Gen.Const((string?)null), GenText.Select(s => (string?)s)),
            Gen.Bool)
        .Select((pairs, version, questionnaireId, respondent, extra) => new AssessmentAnswers
        {
            SchemaVersion = version,
            QuestionnaireId = questionnaireId,
            RespondentId = respondent,
            Answers = pairs.GroupBy(p => p.Item1, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.Last().Item2, StringComparer.Ordinal),
            AdditionalProperties = extra ? new Dictionary<string, System.Text.Json.JsonElement> { ["appNote"] = System.Text.Json.JsonDocument.Parse("{\"mood\":[1,2]}").RootElement } : null,
        });

    private static readonly Gen<ExerciseResponse> GenResponse =
        Gen.Select(Gen.OneOf<string>([.. IntimacyCatalog.BuiltIn.Exercises.Select(e => e.Id)]), Gen.Select(Gen.String[1, 10], GenText).Array[0, 4])
            .Select((exerciseId, answers) => new ExerciseResponse
            {
                ExerciseId = exerciseId,
                Answers = answers.GroupBy(a => a.Item1, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => (FieldAnswer)new TextAnswer(g.First().Item2), StringComparer.Ordinal),
            });

    private static readonly Gen<JointSession> GenSession =
        Gen.Select(
            Gen.OneOf<string>("closeness-fears", "conflict-chart"),
            Gen.OneOf<string>("ana", "ben", "", " "),
            Gen.OneOf<string>("ben", "ana", "carl"),
            Gen.Select(Gen.OneOf<string>("ana", "ben", "carl"), GenResponse, Gen.OneOf<string>("paragraph", "default-response", "x").Array[0, 3]).Array[0, 3])
        .Select((exerciseId, first, second, submissions) => new JointSession
        {
            ExerciseId = exerciseId,
            FirstPartnerId = first,
            SecondPartnerId = second,
            Submissions = [.. submissions.Select(s => new PartnerSubmission { PartnerId = s.Item1, Response = s.Item2, PrivateFieldIds = [.. s.Item3] })],
        });

    [Fact]
    public void Thousands_of_generated_joint_assessments_round_trip_and_reading_them_gives_a_reading_or_every_problem()
    {
        var genOptional = Gen.OneOf(Gen.Const((AssessmentAnswers?)null), GenAnswers.Select(a => (AssessmentAnswers?)a));
        Gen.Select(Gen.Int[0, 2], Gen.OneOf<string>("ana", "ben", ""), Gen.OneOf<string>("ben", "ana"), genOptional, genOptional)
            .Select((version, first, second, a, b) => new JointAssessment { SchemaVersion = version, FirstPartnerId = first, SecondPartnerId = second, FirstAnswers = a, SecondAnswers = b })
            .Sample(session =>
            {
                var json = IntimacyKitJson.Serialize(session);
                var back = IntimacyKitJson.Deserialize<JointAssessment>(json);

                IntimacyKitJson.Serialize(back).Should().Be(json);
                try
                {
                    var reading = SelfAssessment.Default.ReadTogether(back);
                    (reading is null).Should().Be(!back.BothAnswered);
                }
                catch (AssessmentAnswersException e)
                {
                    e.Problems.Should().NotBeEmpty();
                }
            }, iter: 2000);
    }

    [Fact]
    public void Thousands_of_generated_answer_sets_round_trip_and_validation_never_throws()
    {
        GenAnswers.Sample(answers =>
        {
            var json = IntimacyKitJson.Serialize(answers);
            var back = IntimacyKitJson.Deserialize<AssessmentAnswers>(json);

            IntimacyKitJson.Serialize(back).Should().Be(json);
            back.Should().BeEquivalentTo(answers, o => Equivalence.Deep(o).Excluding(a => a.AdditionalProperties));
            back.AdditionalProperties?.Keys.Should().Equal(answers.AdditionalProperties!.Keys);
            var result = SelfAssessment.Default.Validate(back);
            if (result.IsValid)
            {
                SelfAssessment.Default.Evaluate(back).DefaultResponses.Should().NotBeEmpty();
            }
        }, iter: 3000);
    }

    [Fact]
    public void Thousands_of_generated_joint_sessions_round_trip_and_validation_and_views_never_throw()
    {
        var exercise = IntimacyCatalog.BuiltIn.Get<Exercise>("closeness-fears");
        GenSession.Sample(session =>
        {
            var json = IntimacyKitJson.Serialize(session);
            var back = IntimacyKitJson.Deserialize<JointSession>(json);

            IntimacyKitJson.Serialize(back).Should().Be(json);
            back.Should().BeEquivalentTo(session, Equivalence.Deep);
            _ = back.Validate();
            _ = back.Validate(exercise);
            foreach (var partner in new[] { back.FirstPartnerId, back.SecondPartnerId })
            {
                var view = back.ViewFor(partner);
                var other = back.Submissions.FirstOrDefault(s => s.PartnerId == view.OtherPartnerId && s.PartnerId != partner);
                view.OtherSharedResponse?.Answers.Keys.Should().NotIntersectWith(other?.PrivateFieldIds ?? []);
            }
        }, iter: 2000);
    }

    [Fact]
    public void Generated_valid_answer_sets_give_profiles_that_round_trip()
    {
        Gen.Int[1, 5].Array[QuestionIds.Length].Sample(values =>
        {
            var answers = SelfAssessment.Default.StartAnswers();
            for (var i = 0; i < values.Length; i++)
            {
                answers = answers.WithAnswer(QuestionIds[i], values[i]);
            }

            var profile = SelfAssessment.Default.Evaluate(answers);
            var json = IntimacyKitJson.Serialize(profile);

            IntimacyKitJson.Serialize(IntimacyKitJson.Deserialize<AssessmentProfile>(json)).Should().Be(json);
            profile.DefaultResponses.Should().OnlyContain(r => profile.GetScore(r).Points == profile.Scores.Max(s => s.Points));
        }, iter: 1000);
    }

    [Fact]
    public void Unknown_members_are_kept_and_a_missing_schema_version_reads_as_current()
    {
        const string Json = """{ "questionnaireId": "intimacy-anxiety-reflection", "answers": { "quiet-when-tense": 4 }, "fromAppV3": { "x": 1 } }""";

        var answers = IntimacyKitJson.Deserialize<AssessmentAnswers>(Json);
        var written = IntimacyKitJson.Serialize(answers);

        answers.SchemaVersion.Should().Be(AssessmentAnswers.CurrentSchemaVersion);
        answers.AdditionalProperties.Should().ContainKey("fromAppV3");
        written.Should().Contain("\"fromAppV3\"").And.Contain("\"schemaVersion\": 1");
    }

    [Fact]
    public void A_profile_keeps_unknown_members_and_its_recommended_items()
    {
        var profile = Profile(2, 5, 3, "ana");
        var json = IntimacyKitJson.Serialize(profile).Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"savedBy\": \"app\",", StringComparison.Ordinal);

        var back = IntimacyKitJson.Deserialize<AssessmentProfile>(json);

        back.AdditionalProperties.Should().ContainKey("savedBy");
        back.Should().BeEquivalentTo(profile, o => Equivalence.Deep(o).Excluding(p => p.AdditionalProperties));
        back.Practices.Should().NotBeEmpty();
    }

    [Fact]
    public void A_comparison_and_a_partner_view_round_trip()
    {
        var comparison = SelfAssessment.Default.Compare(Answers(1, 2, 5, "ana"), Answers(5, 2, 1, "ben"));
        var view = new JointSession { ExerciseId = "closeness-fears", FirstPartnerId = "ana", SecondPartnerId = "ben" }.ViewFor("ana");

        var comparisonJson = IntimacyKitJson.Serialize(comparison);
        var viewJson = IntimacyKitJson.Serialize(view);

        IntimacyKitJson.Serialize(IntimacyKitJson.Deserialize<ProfileComparison>(comparisonJson)).Should().Be(comparisonJson);
        IntimacyKitJson.Deserialize<PartnerView>(viewJson).Should().Be(view);
    }

    [Fact]
    public void A_joint_assessment_round_trips_with_both_partners_answers()
    {
        var session = new JointAssessment { FirstPartnerId = "ana", SecondPartnerId = "ben" }
            .Submit("ana", Showing("ana", IntimacyKit.Patterns.AnxietyResponse.Pursue))
            .Submit("ben", Showing("ben", IntimacyKit.Patterns.AnxietyResponse.Withdraw));

        var json = IntimacyKitJson.Serialize(session);
        var back = IntimacyKitJson.Deserialize<JointAssessment>(json);

        IntimacyKitJson.Serialize(back).Should().Be(json);
        back.BothAnswered.Should().BeTrue();
        SelfAssessment.Default.ReadTogether(back)!.Dances.Should().ContainSingle().Which.Dance.Id.Should().Be("pursuer-distancer");
    }

    [Fact]
    public void The_built_in_questionnaire_round_trips_and_generated_questionnaires_validate_without_throwing()
    {
        var json = IntimacyKitJson.Serialize(Questionnaire.BuiltIn);
        IntimacyKitJson.Serialize(IntimacyKitJson.Deserialize<Questionnaire>(json)).Should().Be(json);

        var genQuestion = Gen.Select(Gen.OneOf<string>(["a", "b", "", " "]), GenText, Gen.Int[0, 4])
            .Select((id, text, response) => response == 0 ? null! : new AssessmentQuestion { Id = id, Text = text, Response = (IntimacyKit.Patterns.AnxietyResponse)response });
        var genPoint = Gen.Select(Gen.Int[0, 3], GenText).Select((value, label) => value == 0 ? null! : new ScalePoint { Value = value, Label = label });
        Gen.Select(genQuestion.Array[0, 6], genPoint.Array[0, 4], Gen.Int[0, 2]).Sample((questions, scale, version) =>
        {
            var questionnaire = Questionnaire.BuiltIn with { Questions = [.. questions], Scale = [.. scale], SchemaVersion = version, Readings = [] };

            var result = questionnaire.Validate();

            result.IsValid.Should().BeFalse("a questionnaire without readings cannot name a default");
        }, iter: 2000);
    }
}
