namespace IntimacyKit.Web.Tests;

/// <summary>A client's mistake is a 4xx problem-details answer naming where the mistake is, never a 500.</summary>
public sealed class BadInputTests : WebAppTests
{
    [Theory]
    [InlineData("/api/coach", "{\"message\": \"hi\"", "$")]
    [InlineData("/api/coach", "not json", "$")]
    [InlineData("/api/coach", "{\"message\": 42}", "$.message")]
    [InlineData("/api/coach", "{\"mesage\": \"hi\"}", "$.mesage")]
    [InlineData("/api/script-builder", "{\"feeling\": [\"hurt\"]}", "$.feeling")]
    [InlineData("/api/experiments", "{\"change\": \"x\", \"practiceIds\": \"p\"}", "$.practiceIds")]
    [InlineData("/api/experiments", "{\"change\": \"x\", \"measure\": {\"kind\": \"loudness\"}}", "$.measure.kind")]
    [InlineData("/api/experiments", "{\"change\": \"x\", \"startDate\": \"someday\"}", "$.startDate")]
    public async Task Unreadable_json_is_a_400_naming_the_json_path(string url, string json, string path)
    {
        var problem = await ReadProblemAsync(await PostJsonAsync(url, json), HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().ContainSingle().Which.Should().Be(path);
        problem["errors"]!.AsObject().Single().Value![0]!.GetValue<string>().Should().NotContain("IntimacyKit.Web", "the message is for the client, not about our types");
    }

    [Fact]
    public async Task Unreadable_json_is_a_400_problem_even_for_a_client_that_asks_for_html()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/coach")
        {
            Content = new StringContent("not json", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/html");

        var problem = await ReadProblemAsync(await Client.SendAsync(request), HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().Equal("$");
    }

    [Fact]
    public async Task A_request_without_a_body_is_a_400_that_says_so()
    {
        var response = await Client.PostAsync("/api/coach", new StringContent("", System.Text.Encoding.UTF8, "application/json"));

        var problem = await ReadProblemAsync(response, HttpStatusCode.BadRequest);
        problem["errors"]!["$"]![0]!.GetValue<string>().Should().Contain("no body");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_by_media_type()
    {
        var response = await Client.PostAsync("/api/coach", new StringContent("message=hi", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }
}
