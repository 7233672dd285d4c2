using System.Globalization;
using IntimacyKit.Scripts;

namespace IntimacyKit.Web.Tests;

public sealed class ScriptApiTests : WebAppTests
{
    [Fact]
    public async Task The_honesty_formula_is_rendered_as_the_library_renders_it()
    {
        var expected = ScriptRenderer.Default.Render(
            new HonestyFormulaArguments("hurt", "plans change at the last minute", "a heads-up the day before"), CultureInfo.GetCultureInfo("en"));

        var result = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/scripts/honesty-formula",
            new { feeling = "hurt", behaviour = "plans change at the last minute", request = "a heads-up the day before" }));

        result["text"]!.GetValue<string>().Should().Be(expected);
        result["warnings"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task A_thought_given_as_the_feeling_comes_back_with_a_warning_and_alternatives()
    {
        var result = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/scripts/honesty-formula",
            new { feeling = "like you never care", behaviour = "you cancel", request = "a call" }));

        var warning = result["warnings"]!.AsArray().Should().ContainSingle().Subject!;
        warning["parameter"]!.GetValue<string>().Should().Be("feeling");
        warning["alternatives"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Every_missing_value_of_the_formula_is_listed_with_its_name()
    {
        var problem = await ReadProblemAsync(await Client.PostAsJsonAsync("/api/scripts/honesty-formula", new { feeling = "hurt" }), HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().HaveCount(2).And.Contain(p => p.Contains("behaviour")).And.Contain(p => p.Contains("request"));
    }

    [Fact]
    public async Task Any_template_renders_with_durations_and_clock_times_written_as_text()
    {
        var template = ScriptRenderer.Default.GetTemplate("calm-space-script");
        var values = template.Parameters.ToDictionary(p => p.Name, p => p.Kind switch
        {
            ScriptParameterKind.Duration => "00:20:00",
            ScriptParameterKind.ClockTime => "18:30",
            _ => "overwhelmed",
        });

        var result = await ReadJsonAsync(await Client.PostAsJsonAsync($"/api/scripts/{template.Id}/render", new { values }));

        result["text"]!.GetValue<string>().Should().Contain("overwhelmed");
    }

    [Fact]
    public async Task A_value_of_the_wrong_kind_is_a_problem_at_its_path()
    {
        var template = ScriptRenderer.Default.GetTemplate("calm-space-script");
        var duration = template.Parameters.First(p => p.Kind == ScriptParameterKind.Duration).Name;

        var problem = await ReadProblemAsync(
            await Client.PostAsJsonAsync($"/api/scripts/{template.Id}/render", new { values = new Dictionary<string, string> { [duration] = "a while" } }),
            HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().Equal($"values.{duration}");
    }

    [Theory]
    [InlineData("Monday,Tuesday")]
    [InlineData("3")]
    public async Task A_day_is_taken_only_by_its_exact_name(string day)
    {
        var template = ScriptRenderer.Default.GetTemplate("assertive-boundary-script");
        var name = template.Parameters.First(p => p.Kind == ScriptParameterKind.Day).Name;

        var problem = await ReadProblemAsync(
            await Client.PostAsJsonAsync($"/api/scripts/{template.Id}/render", new { values = new Dictionary<string, string> { [name] = day } }),
            HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().Equal($"values.{name}");
    }

    [Fact]
    public async Task An_unknown_template_or_culture_is_reported_not_thrown()
    {
        var missing = await ReadProblemAsync(await Client.PostAsJsonAsync("/api/scripts/no-such-script/render", new { values = new { } }), HttpStatusCode.NotFound);
        var culture = await ReadProblemAsync(
            await Client.PostAsJsonAsync("/api/scripts/honesty-formula-script/render", new { culture = "xx-nowhere" }), HttpStatusCode.BadRequest);

        missing["title"]!.GetValue<string>().Should().Contain("no-such-script");
        ErrorPaths(culture).Should().Equal("culture");
    }

    [Fact]
    public async Task The_script_list_names_each_templates_values()
    {
        var scripts = (await ReadJsonAsync(await Client.GetAsync("/api/scripts"))).AsArray();

        scripts.Select(s => s!["id"]!.GetValue<string>()).Should().Equal(IntimacyCatalog.BuiltIn.Scripts.Select(s => s.Id));
        scripts.Should().AllSatisfy(s => s!["parameters"]!.AsArray().Should().NotBeNull());
    }

    [Fact]
    public async Task The_script_builder_lists_what_is_still_missing_while_the_person_types()
    {
        var result = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/script-builder", new { feeling = "hurt", behaviour = "", request = "" }));

        result["text"].Should().BeNull();
        result["missing"]!.AsArray().Should().HaveCount(2);
        result["coach"].Should().BeNull();
        result["safety"]!["isSafe"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task The_script_builder_coaches_the_rendered_formula()
    {
        var result = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/script-builder",
            new { feeling = "hurt", behaviour = "you always ignore me", request = "a call when you are late" }));

        var text = result["text"]!.GetValue<string>();
        var finding = result["coach"]!["findings"]!.AsArray().Should().ContainSingle().Subject!;
        finding["kind"]!.GetValue<string>().Should().Be("generalisation");
        text.Substring(finding["start"]!.GetValue<int>(), finding["length"]!.GetValue<int>()).Should().Be(finding["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_script_builder_screens_every_input_and_withholds_coaching_when_it_is_not_safe()
    {
        var result = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/script-builder",
            new { feeling = "scared", behaviour = "he hit me last night", request = "" }));

        result["safety"]!["isSafe"]!.GetValue<bool>().Should().BeFalse();
        result["safety"]!["message"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        result["coach"].Should().BeNull();
    }
}
