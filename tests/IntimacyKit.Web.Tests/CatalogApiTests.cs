using IntimacyKit.Patterns;

namespace IntimacyKit.Web.Tests;

public sealed class CatalogApiTests : WebAppTests
{
    private static readonly IntimacyCatalog Catalog = IntimacyCatalog.BuiltIn;

    [Fact]
    public async Task The_chapters_are_the_catalogs_chapters_in_order()
    {
        var chapters = (await ReadJsonAsync(await Client.GetAsync("/api/catalog/chapters"))).AsArray();

        chapters.Select(c => c!["title"]!.GetValue<string>()).Should().Equal(Catalog.Chapters.Select(c => c.Title));
    }

    [Fact]
    public async Task The_patterns_are_named_with_their_responses_in_kebab_case()
    {
        var patterns = (await ReadJsonAsync(await Client.GetAsync("/api/catalog/patterns"))).AsArray();

        patterns.Select(p => p!["response"]!.GetValue<string>())
            .Should().Equal(Catalog.Patterns.Select(p => p.Response.ToString().ToLowerInvariant()));
        patterns.Select(p => p!["name"]!.GetValue<string>()).Should().Equal(Catalog.Patterns.Select(p => p.Name));
    }

    [Fact]
    public async Task Exercises_for_a_pattern_are_the_ones_the_catalog_gives_for_it()
    {
        var exercises = (await ReadJsonAsync(await Client.GetAsync("/api/catalog/exercises?pattern=Pursue"))).AsArray();

        exercises.Select(e => e!["id"]!.GetValue<string>())
            .Should().Equal(Catalog.GetExercisesForPattern(AnxietyResponse.Pursue).Select(e => e.Id)).And.NotBeEmpty();
    }

    [Theory]
    [InlineData("sulk")]
    [InlineData("1")]
    [InlineData("withdraw,engulf")]
    [InlineData("-1")]
    public async Task An_unknown_pattern_is_a_validation_problem_naming_the_choices(string pattern)
    {
        var problem = await ReadProblemAsync(await Client.GetAsync($"/api/catalog/exercises?pattern={pattern}"), HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().Equal("pattern");
        problem["errors"]!["pattern"]![0]!.GetValue<string>().Should().Contain(pattern).And.Contain("withdraw, engulf, pursue");
    }

    [Fact]
    public async Task One_exercise_is_found_by_its_id_and_an_unknown_id_is_not_found()
    {
        var first = Catalog.Exercises[0];

        var exercise = await ReadJsonAsync(await Client.GetAsync($"/api/catalog/exercises/{first.Id}"));
        var missing = await ReadProblemAsync(await Client.GetAsync("/api/catalog/exercises/no-such-exercise"), HttpStatusCode.NotFound);

        exercise["title"]!.GetValue<string>().Should().Be(first.Title);
        missing["title"]!.GetValue<string>().Should().Contain("no-such-exercise");
    }

    [Fact]
    public async Task A_practice_id_is_not_an_exercise()
    {
        await ReadProblemAsync(await Client.GetAsync($"/api/catalog/exercises/{Catalog.Practices[0].Id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_page_and_its_script_are_served_from_the_root()
    {
        var page = await Client.GetStringAsync("/");
        var script = await Client.GetStringAsync("/app.js");

        page.Should().Contain("<h1>Script builder</h1>").And.Contain("app.js");
        script.Should().NotContain("innerHTML", "user text reaches the page through textContent only");
    }

    [Fact]
    public async Task An_unknown_address_answers_404_not_500()
    {
        var response = await Client.GetAsync("/api/nothing-here");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
