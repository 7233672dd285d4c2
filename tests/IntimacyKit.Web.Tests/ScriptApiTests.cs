using System.Globalization;
using IntimacyKit.Extensions.DependencyInjection;
using IntimacyKit.Scripts;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

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

    [Theory]
    [InlineData("/api/script-builder", "behaviour")]
    [InlineData("/api/scripts/honesty-formula", "request")]
    public async Task A_text_longer_than_a_script_blank_holds_is_a_400_at_its_field(string url, string field)
    {
        var body = new Dictionary<string, string>
        {
            ["feeling"] = "hurt",
            ["behaviour"] = "plans change",
            ["request"] = "a heads-up",
            [field] = new string('a', new ScriptRenderOptions().MaxValueLength + 1),
        };

        var problem = await ReadProblemAsync(await Client.PostAsJsonAsync(url, body), HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().Equal(field);
    }

    [Fact]
    public async Task A_template_value_longer_than_a_blank_holds_is_a_400_at_its_path()
    {
        var template = ScriptRenderer.Default.GetTemplate("honesty-formula-script");
        var name = template.Parameters[0].Name;

        var problem = await ReadProblemAsync(
            await Client.PostAsJsonAsync($"/api/scripts/{template.Id}/render", new { values = new Dictionary<string, string> { [name] = new string('a', new ScriptRenderOptions().MaxValueLength + 1) } }),
            HttpStatusCode.BadRequest);

        ErrorPaths(problem).Should().Equal($"values.{name}");
    }

    [Fact]
    public async Task A_script_the_renderer_refuses_to_finish_is_a_422_from_the_builder_not_a_500()
    {
        using var app = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.Configure<IntimacyKitOptions>(o => o.Rendering.MaxOutputLength = 10)));
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/script-builder", new { feeling = "hurt", behaviour = "plans change", request = "a heads-up" });

        var problem = await ReadProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        problem["detail"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Without_a_culture_the_scripts_render_in_the_culture_the_app_configured()
    {
        var spanish = CultureInfo.GetCultureInfo("es");
        using var app = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.Configure<IntimacyKitOptions>(o => o.Rendering.Culture = spanish)));
        using var client = app.CreateClient();
        var arguments = new HonestyFormulaArguments("dolido", "los planes cambian", "un aviso");

        var formula = await ReadJsonAsync(await client.PostAsJsonAsync("/api/scripts/honesty-formula", new { feeling = "dolido", behaviour = "los planes cambian", request = "un aviso" }));
        var builder = await ReadJsonAsync(await client.PostAsJsonAsync("/api/script-builder", new { feeling = "dolido", behaviour = "los planes cambian", request = "un aviso" }));
        var english = await ReadJsonAsync(await client.PostAsJsonAsync("/api/scripts/honesty-formula-script/render",
            new { culture = "en", values = new Dictionary<string, string> { ["feeling"] = "dolido", ["behaviour"] = "los planes cambian", ["request"] = "un aviso" } }));

        var expected = ScriptRenderer.Default.Render(arguments, spanish);
        formula["text"]!.GetValue<string>().Should().Be(expected);
        builder["text"]!.GetValue<string>().Should().Be(expected);
        english["text"]!.GetValue<string>().Should().Be(ScriptRenderer.Default.Render(arguments, CultureInfo.GetCultureInfo("en")));
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
