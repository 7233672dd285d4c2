using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace IntimacyKit.BrowserTests;

/// <summary>The web sample on a real Kestrel port with its own SQLite file, started on first use and shared by a test class.</summary>
public sealed class WebSampleServer : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"intimacykit-browser-{Guid.NewGuid():n}.db");
    private readonly SemaphoreSlim _gate = new(1, 1);
    private WebApplicationFactory<Program>? _app;
    private string? _address;

    public async Task<string> GetAddressAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_address is null)
            {
                var database = new SqliteConnectionStringBuilder { DataSource = _database, Pooling = false }.ToString();
                _app = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:Experiments", database));
                _app.UseKestrel(0);
                _app.StartServer();
                _address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            }

            return _address;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }

        _gate.Dispose();
    }
}
