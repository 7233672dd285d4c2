using System.Text.Json;
using IntimacyKit.Coaching;

namespace IntimacyKit.Web.Tests;

public sealed class CoachApiTests : WebAppTests
{
    private const string Blaming = "You ALWAYS leave the dishes for me!!! You're so selfish.";
    private const string Dangerous = "You never listen, and last night he hit me.";

    [Fact]
    public async Task A_blaming_message_gets_the_findings_the_library_finds()
    {
        var expected = MessageCoach.Default.Analyze(Blaming);

        var result = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/coach", new { message = Blaming }));

        var findings = result["findings"]!.AsArray();
        findings.Select(f => f!["ruleId"]!.GetValue<string>()).Should().Equal(expected.Findings.Select(f => f.RuleId)).And.NotBeEmpty();
        findings.Should().AllSatisfy(f => f!["suggestion"]!.GetValue<string>().Should().NotBeEmpty());
        findings.Select(f => f!["kind"]!.GetValue<string>()).Should().Equal(expected.Findings.Select(f => JsonNamingPolicy.KebabCaseLower.ConvertName(f.Kind.ToString())));
        findings.Select(f => f!["antidoteId"]!.GetValue<string>()).Should().Equal(expected.Findings.Select(f => f.AntidoteId));
        findings.Should().AllSatisfy(f => f!["antidote"]!.GetValue<string>().Should().NotBeEmpty());
        result["safety"]!["isSafe"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task A_message_about_violence_gets_the_safety_message_and_no_coaching()
    {
        var result = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/coach", new { message = Dangerous }));

        result["findings"]!.AsArray().Should().BeEmpty();
        result["safety"]!["isSafe"]!.GetValue<bool>().Should().BeFalse();
        result["safety"]!["resources"]!.AsArray().Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"message\":\"\"}")]
    public async Task An_empty_message_is_a_problem_at_its_path(string json)
    {
        var problem = await ReadProblemAsync(await PostJsonAsync("/api/coach", json), HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().Equal("message");
    }

    [Fact]
    public async Task A_message_longer_than_the_limit_is_refused_with_the_limit()
    {
        var problem = await ReadProblemAsync(
            await Client.PostAsJsonAsync("/api/safety/screen", new { message = new string('a', 10_001) }), HttpStatusCode.BadRequest);

        problem["errors"]!["message"]![0]!.GetValue<string>().Should().Contain("10001").And.Contain("10000");
    }

    [Fact]
    public async Task The_safety_screen_finds_violence_with_its_level_and_where_it_is()
    {
        var result = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/safety/screen", new { message = Dangerous }));

        result["isSafe"]!.GetValue<bool>().Should().BeFalse();
        result["level"]!.GetValue<string>().Should().Be("urgent");
        var finding = result["findings"]!.AsArray()[0]!;
        Dangerous.Substring(finding["start"]!.GetValue<int>(), finding["length"]!.GetValue<int>()).Should().Be(finding["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_everyday_message_passes_the_safety_screen()
    {
        var result = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/safety/screen", new { message = Blaming }));

        result["isSafe"]!.GetValue<bool>().Should().BeTrue();
        result["level"]!.GetValue<string>().Should().Be("none");
    }
}
