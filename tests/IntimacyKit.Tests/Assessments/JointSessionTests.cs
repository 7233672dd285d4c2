using IntimacyKit.Assessments;
using IntimacyKit.Exercises;
using IntimacyKit.Serialization;

namespace IntimacyKit.Tests.Assessments;

public sealed class JointSessionTests
{
    private const string PrivateText = "PRIVATE-I am afraid of being swallowed up-7f3a";
    private const string SharedText = "SHARED-I fear losing my quiet evenings-2b9c";

    private static readonly Exercise Exercise = IntimacyCatalog.BuiltIn.Get<Exercise>("closeness-fears");

    private static string SharedField => Exercise.Fields[0].Id;

    private static string PrivateField => Exercise.Fields[1].Id;

    private static JointSession NewSession() => new() { ExerciseId = Exercise.Id, FirstPartnerId = "ana", SecondPartnerId = "ben" };

    private static ExerciseResponse Response(string shared, string? secret = null)
    {
        var response = new ExerciseResponse { ExerciseId = Exercise.Id }.WithAnswer(SharedField, new TextAnswer(shared));
        return secret is null ? response : response.WithAnswer(PrivateField, new TextAnswer(secret));
    }

    [Fact]
    public void The_other_partners_answers_stay_hidden_until_both_have_answered()
    {
        var session = NewSession().Submit("ana", Response(SharedText, PrivateText), [PrivateField]);

        var benBefore = session.ViewFor("ben");
        var anaBefore = session.ViewFor("ana");

        benBefore.OtherHasAnswered.Should().BeTrue();
        benBefore.OtherSharedResponse.Should().BeNull();
        benBefore.OwnResponse.Should().BeNull();
        benBefore.BothAnswered.Should().BeFalse();
        IntimacyKitJson.Serialize(benBefore).Should().NotContain(SharedText).And.NotContain(PrivateText);
        anaBefore.OwnResponse!.Answers.Should().ContainKey(PrivateField, "a partner always sees their own answers");
        anaBefore.OtherHasAnswered.Should().BeFalse();
        session.BothAnswered.Should().BeFalse();
    }

    [Fact]
    public void Once_both_have_answered_each_sees_the_others_shared_answers_but_never_the_private_ones()
    {
        var session = NewSession()
            .Submit("ana", Response(SharedText, PrivateText), [PrivateField])
            .Submit("ben", Response("Ben's shared answer"));

        var benView = session.ViewFor("ben");
        var json = IntimacyKitJson.Serialize(benView);

        session.BothAnswered.Should().BeTrue();
        benView.BothAnswered.Should().BeTrue();
        benView.OtherSharedResponse!.Answers.Should().ContainKey(SharedField).And.NotContainKey(PrivateField);
        benView.OtherPrivateAnswerCount.Should().Be(1);
        json.Should().Contain(SharedText).And.NotContain(PrivateText);
        session.ViewFor("ana").OtherSharedResponse!.Answers[SharedField].Should().Be(new TextAnswer("Ben's shared answer"));
    }

    [Fact]
    public void The_others_unknown_json_members_are_not_shared_either()
    {
        var extra = new Dictionary<string, System.Text.Json.JsonElement>
        {
            ["diaryNote"] = System.Text.Json.JsonDocument.Parse($"\"{PrivateText}\"").RootElement,
        };
        var session = NewSession()
            .Submit("ana", Response(SharedText) with { AdditionalProperties = extra })
            .Submit("ben", Response("ok"));

        IntimacyKitJson.Serialize(session.ViewFor("ben")).Should().NotContain(PrivateText);
        IntimacyKitJson.Serialize(session).Should().Contain(PrivateText, "the stored session keeps everything");
    }

    [Fact]
    public void Submitting_again_replaces_a_partners_answers_and_sets_whose_they_are()
    {
        var session = NewSession().Submit("ana", Response("first")).Submit("ana", Response("second"));

        session.Submissions.Should().ContainSingle().Which.Response.RespondentId.Should().Be("ana");
        session.Submissions[0].Response.Answers[SharedField].Should().Be(new TextAnswer("second"));
        session.HasAnswered("ana").Should().BeTrue();
        session.HasAnswered("ben").Should().BeFalse();
    }

    [Fact]
    public void Strangers_other_exercises_and_someone_elses_response_are_refused()
    {
        var session = NewSession();

        FluentActions.Invoking(() => session.Submit("carl", Response("x"))).Should().Throw<ArgumentException>().WithMessage("*'carl' is not a partner*");
        FluentActions.Invoking(() => session.ViewFor("carl")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => session.Submit("ana", Response("x") with { ExerciseId = "conflict-chart" })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => session.Submit("ana", Response("x") with { RespondentId = "ben" })).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Validation_reports_every_problem_of_a_hand_edited_session_at_once()
    {
        var good = NewSession().Submit("ana", Response("x"), ["no-such-field"]);
        var session = good with
        {
            SecondPartnerId = "ana",
            Submissions = [good.Submissions[0], good.Submissions[0], good.Submissions[0] with { PartnerId = "zed", Response = new ExerciseResponse { ExerciseId = "conflict-chart" } }, null!],
        };

        var result = session.Validate(Exercise);

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("secondPartnerId", "same-partner"),
            ("submissions[0].privateFieldIds[0]", "unknown-field"),
            ("submissions[1].partnerId", "duplicate-submission"),
            ("submissions[1].privateFieldIds[0]", "unknown-field"),
            ("submissions[2].partnerId", "unknown-partner"),
            ("submissions[2].response.exerciseId", "exercise-mismatch"),
            ("submissions[2].privateFieldIds[0]", "unknown-field"),
            ("submissions[3]", "required"));
    }

    [Fact]
    public void Validation_against_the_exercise_checks_each_partners_answers_with_their_path()
    {
        var session = NewSession().Submit("ana", new ExerciseResponse { ExerciseId = Exercise.Id });

        session.Validate().IsValid.Should().BeTrue();
        session.Validate(Exercise).Problems.Should().ContainSingle()
            .Which.Path.Should().Be($"submissions[0].response.answers.{SharedField}");
    }
}
