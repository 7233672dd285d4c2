using System.Globalization;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IntimacyKit.BrowserTests;

/// <summary>The web sample on a real port, its script builder driven in headless Chromium the way a person uses it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScriptBuilderPageTests(Browser browser, WebSampleServer server) : IClassFixture<WebSampleServer>, IAsyncLifetime
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private IPage? _page;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_page is not null)
        {
            await _page.CloseAsync();
        }
    }

    private async Task<IPage> OpenAsync()
    {
        var page = _page = await browser.NewPageAsync();
        await page.GotoAsync(await server.GetAddressAsync());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Script builder");
        return page;
    }

    private static async Task TypeAsync(IPage page, string feeling, string behaviour, string request)
    {
        await page.Locator("#feeling").FillAsync(feeling);
        await page.Locator("#behaviour").FillAsync(behaviour);
        // The last one is typed key by key, as a person would, so the page's debounce is exercised.
        await page.Locator("#request").FillAsync("");
        await page.Locator("#request").PressSequentiallyAsync(request);
    }

    [SkippableFact]
    public async Task Typing_the_three_parts_shows_the_rendered_honesty_formula()
    {
        var page = await OpenAsync();
        var expected = ScriptRenderer.Default.Render(new HonestyFormulaArguments("hurt", "plans change at the last minute", "a heads-up the day before"), English);

        await TypeAsync(page, "hurt", "plans change at the last minute", "a heads-up the day before");

        await Expect(page.Locator("#formula")).ToHaveTextAsync(expected);
        await Expect(page.Locator("#coach-empty")).ToBeVisibleAsync();
        await Expect(page.Locator("#feeling-warning")).ToBeHiddenAsync();
        await Expect(page.Locator("#safety")).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task A_blaming_behaviour_is_highlighted_in_the_formula_and_explained_by_the_coach()
    {
        var page = await OpenAsync();

        await TypeAsync(page, "hurt", "you always ignore me", "a call when you are late");

        await Expect(page.Locator("#formula mark")).ToHaveTextAsync("you always");
        await Expect(page.Locator("#findings li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#findings li")).ToContainTextAsync("\"you always\"");
        await Expect(page.Locator("#findings .suggestion")).ToContainTextAsync("Try instead:");
        await Expect(page.Locator("#coach-empty")).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task A_thought_typed_as_the_feeling_shows_the_warning_with_feelings_to_choose_from()
    {
        var page = await OpenAsync();
        var arguments = new HonestyFormulaArguments("like you never care", "you cancel", "a call");
        var warning = ScriptRenderer.Default.Check(arguments, English).Single();

        await TypeAsync(page, arguments.Feeling, arguments.Behaviour, arguments.Request);

        await Expect(page.Locator("#feeling-warning")).ToBeVisibleAsync();
        await Expect(page.Locator("#feeling-warning-message")).ToHaveTextAsync(warning.Message);
        await Expect(page.Locator("#feeling-alternatives")).ToHaveTextAsync(string.Join(", ", warning.Alternatives));
    }

    [SkippableFact]
    public async Task A_dangerous_text_shows_the_safety_message_instead_of_coaching()
    {
        var page = await OpenAsync();
        var screened = SafetyScreen.Default.Screen("scared\nhe hit me last night\nhelp");

        await TypeAsync(page, "scared", "he hit me last night", "help");

        await Expect(page.Locator("#safety")).ToBeVisibleAsync();
        await Expect(page.Locator("#safety-message")).ToHaveTextAsync(screened.Resources!.Message);
        await Expect(page.Locator("#safety-resources li")).ToHaveCountAsync(screened.Resources.Resources.Length);
        await Expect(page.Locator("#formula")).ToBeEmptyAsync();
        await Expect(page.Locator("#findings li")).ToHaveCountAsync(0);
        await Expect(page.Locator("#formula-safety")).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task The_honesty_formulas_safety_note_stands_under_the_persons_words()
    {
        var page = await OpenAsync();
        var note = IntimacyCatalog.BuiltIn.Get<ScriptTemplate>(HonestyFormulaArguments.Id).SafetyNote;
        note.Should().NotBeNullOrWhiteSpace();

        await Expect(page.Locator("#formula-safety")).ToBeVisibleAsync();
        await Expect(page.Locator("#formula-safety")).ToHaveTextAsync($"Safety: {note}");
        await TypeAsync(page, "hurt", "plans change at the last minute", "a heads-up the day before");

        await Expect(page.Locator("#formula")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("#formula-safety-note")).ToHaveTextAsync(note!);
        await Expect(page.Locator("#formula-safety")).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task Markup_typed_by_the_person_is_shown_as_text_never_run()
    {
        var page = await OpenAsync();

        await TypeAsync(page, "hurt", "plans change", "<img src=x onerror=\"document.title='hacked'\"> a <b>call</b>");

        await Expect(page.Locator("#formula")).ToContainTextAsync("<b>call</b>");
        await Expect(page.Locator("#formula b, #formula img")).ToHaveCountAsync(0);
        (await page.TitleAsync()).Should().NotBe("hacked");
    }

    [SkippableFact]
    public async Task Clearing_a_part_lists_what_is_still_missing()
    {
        var page = await OpenAsync();
        await TypeAsync(page, "hurt", "plans change", "a heads-up");
        await Expect(page.Locator("#formula")).Not.ToBeEmptyAsync();

        await page.Locator("#request").FillAsync("");

        await Expect(page.Locator("#formula")).ToBeEmptyAsync();
        await Expect(page.Locator("#missing li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#missing li")).ToContainTextAsync(await page.Locator("label[for=request]").TextContentAsync() ?? "request");
    }
}
