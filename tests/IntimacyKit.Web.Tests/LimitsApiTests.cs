using IntimacyKit.Experiments;
using IntimacyKit.Web.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IntimacyKit.Web.Tests;

/// <summary>
/// The library's text caps on every experiment endpoint (creation, logs, readings, moves), strict enums and no
/// repeated members in request bodies, and problem details for a path value that cannot be an id.
/// </summary>
public sealed class LimitsApiTests : WebAppTests
{
    private static readonly string s_tooLong = new('x', DocumentLimits.MaxTextLength + 1);

    private async Task<string> CreateStartedAsync()
    {
        var practiceId = IntimacyCatalog.BuiltIn.Practices[0].Id;
        var created = await PostJsonAsync("/api/experiments", $$"""
            { "change": "Calmer evenings", "practiceIds": ["{{practiceId}}"], "measure": { "kind": "rating", "description": "How calm", "baseline": 3, "target": 7 } }
            """);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var location = created.Headers.Location!.ToString();
        (await PostJsonAsync($"{location}/start", "{}")).StatusCode.Should().Be(HttpStatusCode.OK);
        return location;
    }

    [Theory]
    [InlineData("change", DocumentLimits.MaxNameLength)]
    [InlineData("measure.description", DocumentLimits.MaxTextLength)]
    public async Task A_new_experiment_with_a_text_over_its_limit_is_a_400_naming_the_field(string path, int limit)
    {
        var text = new string('x', limit + 1);
        var practiceId = IntimacyCatalog.BuiltIn.Practices[0].Id;
        var json = path == "change"
            ? $$"""{ "change": "{{text}}", "practiceIds": ["{{practiceId}}"] }"""
            : $$"""{ "change": "Calmer", "practiceIds": ["{{practiceId}}"], "measure": { "kind": "rating", "description": "{{text}}", "baseline": 3, "target": 7 } }""";

        var problem = await ReadProblemAsync(await PostJsonAsync("/api/experiments", json), HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().Equal(path);
    }

    [Theory]
    [InlineData("practice-logs", "{ \"practiceId\": \"p\", \"note\": \"NOTE\" }")]
    [InlineData("measurements", "{ \"value\": 4, \"note\": \"NOTE\" }")]
    [InlineData("pause", "{ \"note\": \"NOTE\" }")]
    [InlineData("complete", "{ \"note\": \"NOTE\" }")]
    public async Task A_note_over_the_limit_is_a_400_on_every_endpoint_that_takes_one(string endpoint, string body)
    {
        var location = await CreateStartedAsync();

        var problem = await ReadProblemAsync(await PostJsonAsync($"{location}/{endpoint}", body.Replace("NOTE", s_tooLong, StringComparison.Ordinal)), HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().Equal("note");
        var stored = await ReadJsonAsync(await Client.GetAsync(location));
        stored["practiceLogs"]!.AsArray().Should().BeEmpty("nothing of the refused request is kept");
        stored["state"]!.GetValue<string>().Should().Be("active");
    }

    [Fact]
    public async Task An_experiment_keeps_a_bounded_number_of_events_and_the_next_move_is_a_problem_naming_them()
    {
        var goal = new ExperimentGoal
        {
            Change = "Calmer evenings",
            Measure = new GoalMeasure { Kind = MeasureKind.Rating, Description = "How calm", Baseline = 3, Target = 7 },
        };
        var start = DateOnly.FromDateTime(App.Clock.GetUtcNow().Date);
        var full = Experiment.Create(ExperimentPlan.FromPractices(goal, IntimacyCatalog.BuiltIn.Practices.Take(1)), start) with
        {
            Events = [new ExperimentEvent(start, ExperimentMove.Start, null), .. Enumerable.Range(0, DocumentLimits.MaxSectionItems - 1)
                .Select(i => new ExperimentEvent(start, i % 2 == 0 ? ExperimentMove.Pause : ExperimentMove.ReturnToPractice, null))],
        };
        var stored = await App.Services.GetRequiredService<ExperimentStore>().AddAsync(full, CancellationToken.None);

        var problem = await ReadProblemAsync(await PostJsonAsync($"/api/experiments/{stored.Id}/return", "{}"), HttpStatusCode.Conflict);

        ErrorPaths(problem).Should().Equal("events");
        (await ReadJsonAsync(await Client.GetAsync($"/api/experiments/{stored.Id}")))["state"]!.GetValue<string>().Should().Be("paused");
    }

    [Theory]
    [InlineData("rating, count")]
    [InlineData("Rating")]
    [InlineData("RATING")]
    public async Task An_enum_that_is_not_exactly_one_lower_kebab_name_is_a_400_at_its_path(string kind)
    {
        var json = $$"""{ "change": "Calmer", "practiceIds": ["x"], "measure": { "kind": "{{kind}}", "description": "d", "baseline": 3, "target": 7 } }""";

        var problem = await ReadProblemAsync(await PostJsonAsync("/api/experiments", json), HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().Equal("$.measure.kind");
    }

    [Fact]
    public async Task A_member_given_twice_is_a_400_at_its_path()
    {
        var problem = await ReadProblemAsync(await PostJsonAsync("/api/experiments", """{ "change": "Calmer", "change": "Louder", "practiceIds": ["x"] }"""), HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().Equal("$.change");
    }

    [Theory]
    [InlineData("GET", "/api/experiments/{0}")]
    [InlineData("GET", "/api/experiments/{0}/progress")]
    [InlineData("POST", "/api/experiments/{0}/start")]
    [InlineData("POST", "/api/experiments/{0}/practice-logs")]
    [InlineData("POST", "/api/experiments/{0}/measurements")]
    [InlineData("GET", "/api/catalog/exercises/{0}")]
    [InlineData("POST", "/api/scripts/{0}/render")]
    public async Task A_path_value_that_cannot_be_an_id_is_a_problem_naming_it_without_echoing_it(string method, string url)
    {
        var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, url, new string('a', 10_000));
        var body = url.EndsWith("practice-logs", StringComparison.Ordinal) ? "{ \"practiceId\": \"p\" }" : url.EndsWith("measurements", StringComparison.Ordinal) ? "{ \"value\": 1 }" : "{}";

        var response = method == "GET" ? await Client.GetAsync(path) : await PostJsonAsync(path, body);

        var problem = await ReadProblemAsync(response, HttpStatusCode.BadRequest);
        ErrorPaths(problem).Should().Equal("id");
        problem.ToJsonString().Length.Should().BeLessThan(1000, "the path value is not echoed back");
    }
}
