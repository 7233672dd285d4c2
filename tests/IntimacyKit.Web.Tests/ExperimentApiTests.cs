using IntimacyKit.Experiments;
using IntimacyKit.Web.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IntimacyKit.Web.Tests;

public sealed class ExperimentApiTests : WebAppTests
{
    private static readonly string[] PracticeIds = IntimacyCatalog.BuiltIn.Practices.Take(2).Select(p => p.Id).ToArray();

    private static object NewExperiment => new
    {
        change = "Stay calm and present when we disagree",
        measure = new { kind = "rating", description = "How calm I stayed (1-10)", baseline = 3, target = 7 },
        practiceIds = PracticeIds,
        timesPerWeek = 3,
    };

    private async Task<(string Location, JsonNode Experiment)> CreateAsync()
    {
        var response = await Client.PostAsJsonAsync("/api/experiments", NewExperiment);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (response.Headers.Location!.ToString(), await ReadJsonAsync(response));
    }

    [Fact]
    public async Task A_new_experiment_is_planned_from_catalog_practices_and_can_be_read_back()
    {
        var (location, created) = await CreateAsync();

        var read = await ReadJsonAsync(await Client.GetAsync(location));

        created["state"]!.GetValue<string>().Should().Be("planned");
        created["startDate"]!.GetValue<string>().Should().Be(App.Clock.Today.ToString("yyyy-MM-dd"));
        read.ToJsonString().Should().Be(created.ToJsonString());
        read["practices"]!.AsArray().Should().HaveCount(PracticeIds.Length);
    }

    [Fact]
    public async Task The_database_file_is_created_on_first_use_and_keeps_experiments_across_restarts()
    {
        File.Exists(App.DatabasePath).Should().BeFalse();
        var (location, _) = await CreateAsync();
        File.Exists(App.DatabasePath).Should().BeTrue();

        using var restarted = new WebAppFactory(App.DatabasePath);
        using var client = restarted.CreateClient();
        var response = await client.GetAsync(location);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Practice_logs_and_readings_are_kept_and_show_in_the_progress()
    {
        var (location, created) = await CreateAsync();
        var practiceId = created["practices"]![0]!["id"]!.GetValue<string>();
        (await Client.PostAsync($"{location}/start", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        var logged = await Client.PostAsJsonAsync($"{location}/practice-logs", new { practiceId, note = "took a breath first" });
        var measured = await Client.PostAsJsonAsync($"{location}/measurements", new { value = 5 });
        App.Clock.Advance(TimeSpan.FromDays(1));
        var progress = await ReadJsonAsync(await Client.GetAsync($"{location}/progress"));

        logged.StatusCode.Should().Be(HttpStatusCode.OK);
        measured.StatusCode.Should().Be(HttpStatusCode.OK);
        var experiment = await ReadJsonAsync(await Client.GetAsync(location));
        experiment["state"]!.GetValue<string>().Should().Be("active");
        experiment["practiceLogs"]!.AsArray().Should().ContainSingle().Which!["note"]!.GetValue<string>().Should().Be("took a breath first");
        progress["weeks"]![0]!["timesDone"]!.GetValue<int>().Should().Be(1);
        progress["latestReading"]!.GetValue<int>().Should().Be(5);
        progress["description"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_log_the_experiment_rejects_is_a_422_listing_its_problems_and_nothing_is_kept()
    {
        var (location, _) = await CreateAsync();
        (await Client.PostAsync($"{location}/start", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        var unknownPractice = await Client.PostAsJsonAsync($"{location}/practice-logs", new { practiceId = "no-such-practice" });
        var offScale = await Client.PostAsJsonAsync($"{location}/measurements", new { value = 11 });

        foreach (var response in new[] { unknownPractice, offScale })
        {
            var problem = await ReadProblemAsync(response, HttpStatusCode.UnprocessableEntity);
            ErrorPaths(problem).Should().NotBeEmpty();
        }

        var experiment = await ReadJsonAsync(await Client.GetAsync(location));
        experiment["practiceLogs"]!.AsArray().Should().BeEmpty();
        experiment["measurements"]!.AsArray().Should().BeEmpty();
    }

    [Theory]
    [InlineData("/measurements", "{\"note\":\"forgot the number\"}", "value")]
    [InlineData("/practice-logs", "{\"note\":\"forgot which\"}", "practiceId")]
    [InlineData("/practice-logs", "{\"practiceId\":\" \"}", "practiceId")]
    public async Task A_missing_value_or_practice_id_is_a_400_at_its_field_and_nothing_is_kept(string suffix, string json, string path)
    {
        var (location, _) = await CreateAsync();
        (await Client.PostAsync($"{location}/start", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        var problem = await ReadProblemAsync(await PostJsonAsync(location + suffix, json), HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().BeEquivalentTo(path);
        var experiment = await ReadJsonAsync(await Client.GetAsync(location));
        experiment["practiceLogs"]!.AsArray().Should().BeEmpty();
        experiment["measurements"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Starting_twice_is_a_conflict()
    {
        var (location, _) = await CreateAsync();
        (await Client.PostAsync($"{location}/start", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        await ReadProblemAsync(await Client.PostAsync($"{location}/start", null), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Every_problem_of_a_new_experiment_is_listed_with_its_path()
    {
        var problem = await ReadProblemAsync(
            await Client.PostAsJsonAsync("/api/experiments", new { change = " ", practiceIds = new[] { PracticeIds[0], "no-such-practice" } }),
            HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().BeEquivalentTo("change", "practiceIds[1]");
    }

    [Fact]
    public async Task A_plan_the_library_finds_invalid_comes_back_with_the_librarys_paths()
    {
        var problem = await ReadProblemAsync(
            await Client.PostAsJsonAsync("/api/experiments", new { change = "Calmer", practiceIds = PracticeIds, durationWeeks = 40 }),
            HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().BeEquivalentTo("measure", "durationWeeks");
    }

    [Fact]
    public async Task The_librarys_problems_are_reported_at_the_request_fields_they_came_from()
    {
        var problem = await ReadProblemAsync(
            await Client.PostAsJsonAsync("/api/experiments", new
            {
                change = "Calmer",
                measure = new { kind = "rating", description = "How calm I stayed (1-10)", baseline = 0, target = 7 },
                practiceIds = PracticeIds,
                timesPerWeek = MicroPractice.MaxTimesPerWeek + 1,
            }),
            HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().BeEquivalentTo("measure.baseline", "timesPerWeek");
        problem["errors"]!["timesPerWeek"]!.AsArray().Should().ContainSingle("every practice gets the same frequency, so its problem is said once");
    }

    [Fact]
    public async Task A_start_date_too_late_for_the_calendar_is_a_400_at_startDate_and_nothing_is_kept()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(NewExperiment).TrimEnd('}') + ",\"startDate\":\"9999-12-31\"}";

        var problem = await ReadProblemAsync(await PostJsonAsync("/api/experiments", json), HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().BeEquivalentTo("startDate");
    }

    [Fact]
    public async Task Progress_of_a_stored_experiment_the_library_cannot_compute_is_a_problem_not_a_500()
    {
        var goal = new ExperimentGoal
        {
            Change = "Calmer when we disagree",
            Measure = new GoalMeasure { Kind = MeasureKind.Rating, Description = "How calm I stayed (1-10)", Baseline = 3, Target = 7 },
        };
        var plan = ExperimentPlan.FromPractices(goal, IntimacyCatalog.BuiltIn.Practices.Take(1));
        var store = App.Services.GetRequiredService<ExperimentStore>();
        var stored = await store.AddAsync(Experiment.Create(plan, DateOnly.MaxValue), CancellationToken.None);

        var problem = await ReadProblemAsync(await Client.GetAsync($"/api/experiments/{stored.Id}/progress"), HttpStatusCode.UnprocessableEntity);

        // The library no longer reads a start date of 9999-12-31 at all (dates are from 1900 to 2199): the row is named
        // with the path at fault.
        problem["detail"]!.GetValue<string>().Should().Contain("$.startDate").And.Contain("not plausible");
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("GET", "/progress")]
    [InlineData("POST", "/start")]
    [InlineData("POST", "/measurements")]
    public async Task An_unknown_experiment_is_not_found(string method, string suffix)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/experiments/no-such-id{suffix}")
        {
            Content = suffix == "/measurements" ? JsonContent.Create(new { value = 3 }) : method == "POST" ? JsonContent.Create(new { }) : null,
        };

        await ReadProblemAsync(await Client.SendAsync(request), HttpStatusCode.NotFound);
    }
}
