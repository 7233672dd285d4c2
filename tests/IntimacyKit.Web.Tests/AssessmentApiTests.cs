using IntimacyKit.Assessments;
using IntimacyKit.Patterns;

namespace IntimacyKit.Web.Tests;

public sealed class AssessmentApiTests : WebAppTests
{
    [Fact]
    public async Task The_questionnaire_gives_the_statements_and_scale_with_the_disclaimer_in_English_or_Spanish()
    {
        var english = await ReadJsonAsync(await Client.GetAsync("/api/assessment/questionnaire"));
        var spanish = await ReadJsonAsync(await Client.GetAsync("/api/assessment/questionnaire?language=es"));

        english["statements"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).Should().Equal(Questionnaire.BuiltIn.Questions.Select(q => q.Id));
        english["disclaimer"]!.GetValue<string>().Should().Be(Questionnaire.BuiltIn.Disclaimer);
        spanish["language"]!.GetValue<string>().Should().Be("es");
        spanish["statements"]!.AsArray().Should().HaveCount(Questionnaire.BuiltIn.Questions.Length);
        english["statements"]![0]!.AsObject().Should().NotContainKey("reversed", "the person answers the statement as it reads");
    }

    [Fact]
    public async Task Nothing_is_read_until_both_partners_have_answered()
    {
        var result = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/assessment/joint-reading", new { first = Showing(AnxietyResponse.Pursue) }));

        result["bothAnswered"]!.GetValue<bool>().Should().BeFalse();
        result["dances"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Once_both_have_answered_the_reading_names_the_dance_with_each_partners_part_and_evidence()
    {
        var result = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/assessment/joint-reading",
            new { first = Showing(AnxietyResponse.Pursue), second = Showing(AnxietyResponse.Withdraw) }));

        result["bothAnswered"]!.GetValue<bool>().Should().BeTrue();
        var dance = result["dances"]!.AsArray().Should().ContainSingle().Subject!;
        dance["id"]!.GetValue<string>().Should().Be("pursuer-distancer");
        dance["confidence"]!.GetValue<string>().Should().Be("high");
        dance["first"]![0]!["role"]!.GetValue<string>().Should().Be("pursuer");
        dance["second"]![0]!["role"]!.GetValue<string>().Should().Be("distancer");
        dance["second"]![0]!["evidence"]!.AsArray().Select(e => e!["questionId"]!.GetValue<string>())
            .Should().Equal(Questionnaire.BuiltIn.Questions.Where(q => q.Response == AnxietyResponse.Withdraw).Select(q => q.Id));
        result["noClearDance"].Should().BeNull();
    }

    [Fact]
    public async Task Answers_that_show_no_dance_say_so()
    {
        var result = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/assessment/joint-reading",
            new { first = Showing(AnxietyResponse.Pursue), second = Showing(AnxietyResponse.Pursue) }));

        result["dances"]!.AsArray().Should().BeEmpty();
        result["noClearDance"]!.GetValue<string>().Should().Be(Questionnaire.BuiltIn.NoClearDance);
    }

    [Fact]
    public async Task After_a_note_with_signs_of_danger_the_safety_message_comes_first_and_the_volatile_reading_is_left_out()
    {
        var result = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/assessment/joint-reading", new
        {
            first = Showing(DanceMove.Escalate, DanceMove.MakeUpIntensely),
            second = Showing(DanceMove.MatchIntensity, DanceMove.MakeUpIntensely),
            note = "He hit me again last night.",
        }));

        result["safetyMessage"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        result["dances"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Incomplete_or_off_scale_answers_are_problems_at_their_paths()
    {
        var id = Questionnaire.BuiltIn.Questions[0].Id;
        var problem = await ReadProblemAsync(await Client.PostAsJsonAsync("/api/assessment/joint-reading",
            new { first = new Dictionary<string, int> { [id] = 9 }, second = Showing(AnxietyResponse.Withdraw) }), HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().Contain($"first.answers.{id}").And.Contain($"first.answers.{Questionnaire.BuiltIn.Questions[1].Id}")
            .And.NotContain(p => p.StartsWith("second.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_language_is_a_problem_at_its_path()
    {
        var problem = await ReadProblemAsync(await Client.GetAsync("/api/assessment/questionnaire?language=fr"), HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().Equal("language");
    }

    // Answers built to show the given responses and moves: 5 for their statements, 1 for the others, mirrored when reversed.
    private static Dictionary<string, int> Showing(params Enum[] measures) => Questionnaire.BuiltIn.Questions.ToDictionary(
        q => q.Id,
        q =>
        {
            var score = measures.Any(m => m.Equals(q.Response) || m.Equals(q.Move)) ? 5 : 1;
            return q.Reversed ? 6 - score : score;
        });
}
