using IntimacyKit.Experiments;
using IntimacyKit.Serialization;
using Microsoft.Data.Sqlite;

namespace IntimacyKit.Web.Storage;

/// <summary>A stored experiment the library refuses to read; the message names the JSON path and what is wrong.</summary>
internal sealed class UnreadableExperimentException(string id, System.Text.Json.JsonException inner)
    : Exception($"The stored experiment '{id}' cannot be read at {inner.Path ?? "$"}: {FirstSentence(inner.Message)}", inner)
{
    private static string FirstSentence(string message) =>
        message.IndexOf(" Path:", StringComparison.Ordinal) is > 0 and var cut ? message[..cut] : message;
}

/// <summary>An experiment as stored: its id, the row's version (for optimistic concurrency) and the document.</summary>
internal sealed record StoredExperiment(string Id, long Version, Experiment Experiment);

// Keeps experiments, with their practice logs and measurements, in SQLite as the library's own JSON documents
// (IntimacyKitJson), one row each. The schema is created on first use. Updates name the version they read, so two
// writers cannot overwrite each other: the second gets a conflict.
internal sealed class ExperimentStore(string connectionString, TimeProvider time)
{
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private volatile bool _schemaReady;

    public async Task<StoredExperiment> AddAsync(Experiment experiment, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("n");
        var now = time.GetUtcNow().ToString("O");
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO experiments (id, version, document, created_utc, updated_utc)
            VALUES ($id, 1, $document, $now, $now)
            """;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$document", IntimacyKitJson.Serialize(experiment));
        command.Parameters.AddWithValue("$now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new StoredExperiment(id, 1, experiment);
    }

    public async Task<StoredExperiment?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, document FROM experiments WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        try
        {
            return new StoredExperiment(id, reader.GetInt64(0), IntimacyKitJson.Deserialize<Experiment>(reader.GetString(1)));
        }
        catch (System.Text.Json.JsonException ex)
        {
            // A row the library no longer reads (written before its limits, or by hand): a 422 naming where, not a 500.
            throw new UnreadableExperimentException(id, ex);
        }
    }

    /// <summary>Replaces the document when the row still has <paramref name="expectedVersion"/>; false when someone wrote first.</summary>
    public async Task<StoredExperiment?> TryUpdateAsync(string id, long expectedVersion, Experiment experiment, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE experiments SET version = version + 1, document = $document, updated_utc = $now
            WHERE id = $id AND version = $version
            """;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$version", expectedVersion);
        command.Parameters.AddWithValue("$document", IntimacyKitJson.Serialize(experiment));
        command.Parameters.AddWithValue("$now", time.GetUtcNow().ToString("O"));
        var changed = await command.ExecuteNonQueryAsync(cancellationToken);
        return changed == 1 ? new StoredExperiment(id, expectedVersion + 1, experiment) : null;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (!_schemaReady)
            {
                await CreateSchemaAsync(connection, cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task CreateSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _schemaLock.WaitAsync(cancellationToken);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS experiments (
                    id          TEXT    NOT NULL PRIMARY KEY,
                    version     INTEGER NOT NULL,
                    document    TEXT    NOT NULL,
                    created_utc TEXT    NOT NULL,
                    updated_utc TEXT    NOT NULL
                );
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _schemaReady = true;
        }
        finally
        {
            _schemaLock.Release();
        }
    }
}
