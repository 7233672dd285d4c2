using Microsoft.Playwright;

namespace IntimacyKit.BrowserTests;

/// <summary>
/// Headless Chromium through Playwright, started once for all browser tests. It uses the machine's own Chromium
/// (INTIMACYKIT_CHROMIUM, else /usr/bin/chromium) and never downloads one. Where there is none, the tests skip,
/// unless INTIMACYKIT_REQUIRE_BROWSER=1 (as in CI), where they fail.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumVariable = "INTIMACYKIT_CHROMIUM";
    public const string RequireVariable = "INTIMACYKIT_REQUIRE_BROWSER";

    private IPlaywright? _playwright;

    public IBrowser? Instance { get; private set; }

    /// <summary>Why there is no browser, when there is none.</summary>
    public string? Missing { get; private set; }

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Missing = $"No Chromium at {ExecutablePath}: install Debian's chromium package or set {ChromiumVariable}.";
            return;
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        // How long an expectation waits for the page to get there (not how fast it must be): generous, since CI
        // machines run several test projects at once.
        Assertions.SetDefaultExpectTimeout(30_000);
        try
        {
            _playwright = await Playwright.CreateAsync();
            Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                // Containers often run as root without a usable sandbox or a large /dev/shm.
                Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
            });
        }
        catch (Exception e)
        {
            // A fixture that throws fails every test in the collection, skip or not; recorded here, each test skips
            // with the reason (or fails with it when a browser is required).
            Missing = $"Chromium at {ExecutablePath} could not be started through Playwright: {e.Message}";
        }
    }

    public async Task DisposeAsync()
    {
        if (Instance is not null)
        {
            await Instance.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>A fresh page; skips the test (or fails it, when a browser is required) if there is no browser.</summary>
    public async Task<IPage> NewPageAsync()
    {
        SkipOrFailWhen(Missing);
        var page = await Instance!.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    /// <summary>Skips the test for <paramref name="reason"/>, or fails it when INTIMACYKIT_REQUIRE_BROWSER=1.</summary>
    public static void SkipOrFailWhen(string? reason)
    {
        if (reason is null)
        {
            return;
        }

        if (Required)
        {
            throw new InvalidOperationException($"{reason} ({RequireVariable}=1, so this test may not skip.)");
        }

        Skip.If(true, reason);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Browser>
{
    public const string Name = "browser";
}
