using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace IntimacyKit.Web.Tests;

/// <summary>The web sample in memory, with its own SQLite file in the temp folder and a clock the test moves.</summary>
public sealed class WebAppFactory : WebApplicationFactory<Program>
{
    public WebAppFactory(string? databasePath = null)
    {
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"intimacykit-web-{Guid.NewGuid():n}.db");
    }

    public string DatabasePath { get; }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Experiments", new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Deletes the database file (and its WAL files) after the app has stopped.</summary>
    public void DeleteDatabase()
    {
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>A clock in UTC that moves only when told to.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public DateOnly Today => DateOnly.FromDateTime(_now.UtcDateTime);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>A fresh app and database per test class instance (xunit makes one per test).</summary>
public abstract class WebAppTests : IDisposable
{
    protected WebAppTests()
    {
        App = new WebAppFactory();
        Client = App.CreateClient();
    }

    protected WebAppFactory App { get; }

    protected HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        App.Dispose();
        App.DeleteDatabase();
        GC.SuppressFinalize(this);
    }

    protected async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    /// <summary>Reads a problem-details answer, checking its status and media type.</summary>
    protected async Task<JsonNode> ReadProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var problem = JsonNode.Parse(body)!;
        problem["status"]!.GetValue<int>().Should().Be((int)status);
        problem["title"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        return problem;
    }

    protected static IEnumerable<string> ErrorPaths(JsonNode problem) =>
        problem["errors"]!.AsObject().Select(e => e.Key);

    protected Task<HttpResponseMessage> PostJsonAsync(string url, string json) =>
        Client.PostAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
}
