using System.Security.Cryptography;

namespace IntimacyKit.ConsoleCoach;

/// <summary>What loading the data file found.</summary>
/// <param name="Data">The person's data, or <see cref="CoachData.Empty"/> for a fresh start.</param>
/// <param name="Problem">Why the file could not be used, naming the file; <see langword="null"/> when it could.</param>
internal sealed record CoachLoad(CoachData Data, string? Problem);

/// <summary>
/// Keeps <see cref="CoachData"/> in one JSON file. Writes are atomic: the new content goes to a temporary file in
/// the same folder, is flushed to disk, and then replaces the old file in one rename, so a crash mid-write leaves
/// either the old file or the new one, never half of each. A file that cannot be read is moved aside to a name
/// that is not taken yet (so an earlier bad file is never overwritten) and the coach starts afresh.
/// </summary>
/// <remarks>
/// Two coaches on one file: the store remembers a SHA-256 hash of the file as it loaded it (or that there was none)
/// and, holding a lock file while it writes, checks the file still has that hash before the replace. When another
/// coach saved in between, the replace is refused with <see cref="CoachConflictException"/>: the file keeps the
/// other coach's data, and this one's is written beside it (<c>coach.json.conflict-1</c>, never over an earlier one),
/// so nothing of either is lost. Temporary files left by a coach killed mid-save are removed at the next load.
/// </remarks>
internal sealed class CoachStore
{
    private const string Absent = "(no file)";

    private string? _loadedHash;

    private string? _conflictPath;

    public CoachStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FilePath = Path.GetFullPath(path);
    }

    public string FilePath { get; }

    /// <summary>Whether <see cref="Save"/> may write: false after a file that could not be read nor moved aside.</summary>
    public bool CanSave { get; private set; } = true;

    /// <summary>For tests: runs after the temporary file is written and flushed, before it replaces the data file.</summary>
    internal Action<string>? BeforeReplace { get; init; }

    private string Folder => Path.GetDirectoryName(FilePath)!;

    private string TemporaryPrefix => $".{Path.GetFileName(FilePath)}.";

    public CoachLoad Load()
    {
        RemoveStrayTemporaryFiles();
        if (!File.Exists(FilePath))
        {
            _loadedHash = Absent;
            return new CoachLoad(CoachData.Empty, null);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(FilePath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // It cannot be read, so it cannot be moved either: leave it alone and never write over it.
            CanSave = false;
            return new CoachLoad(CoachData.Empty, $"Your data file {FilePath} could not be read: {ex.Message} "
                + "It is left as it is, and nothing you do in this session will be saved.");
        }

        try
        {
            var data = CoachData.FromJson(System.Text.Encoding.UTF8.GetString(bytes));
            _loadedHash = Hash(bytes);
            return new CoachLoad(data, null);
        }
        catch (CoachDataException ex)
        {
            var keptAs = MoveAside();
            if (keptAs is null)
            {
                CanSave = false;
                return new CoachLoad(CoachData.Empty, $"Your data file {FilePath} could not be used: {ex.Message}. "
                    + "It could not be moved aside, so it is left as it is and nothing in this session will be saved.");
            }

            _loadedHash = Absent;
            return new CoachLoad(CoachData.Empty, $"Your data file {FilePath} could not be used: {ex.Message}. "
                + $"It is kept as {keptAs}; the coach starts afresh.");
        }
    }

    /// <summary>Writes the data atomically, unless another coach saved the file since this one loaded or saved it.</summary>
    /// <exception cref="CoachConflictException">Another coach saved the file in between; this data is kept beside it.</exception>
    public void Save(CoachData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!CanSave)
        {
            throw new InvalidOperationException($"The data file {FilePath} could not be read, so the coach does not write over it.");
        }

        Directory.CreateDirectory(Folder);
        var content = System.Text.Encoding.UTF8.GetBytes(data.ToJson());
        using var writing = Lock() ?? throw Conflict(content, "another coach is saving to it right now");
        if (_conflictPath is not null || (_loadedHash is not null && CurrentHash() != _loadedHash))
        {
            throw Conflict(content, "another coach saved it after this one opened it");
        }

        var temporary = Path.Combine(Folder, $"{TemporaryPrefix}{Guid.NewGuid():N}.tmp");
        try
        {
            Write(temporary, content, FileMode.CreateNew);
            BeforeReplace?.Invoke(temporary);
            File.Move(temporary, FilePath, overwrite: true);
            _loadedHash = Hash(content);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Saves when the store may write, and returns what went wrong (naming the file) when the disk refused or another
    /// coach saved in between, so the coach can say so and carry on with what the person entered; <see langword="null"/>
    /// when all is well.
    /// </summary>
    public string? TrySave(CoachData data)
    {
        if (!CanSave)
        {
            return null;
        }

        try
        {
            Save(data);
            return null;
        }
        catch (CoachConflictException ex)
        {
            return ex.Message;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"Could not save to {FilePath}: {ex.Message}";
        }
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    private static void Write(string path, byte[] content, FileMode mode)
    {
        using var stream = new FileStream(path, mode, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough);
        stream.Write(content);
        stream.Flush(flushToDisk: true);
    }

    private string CurrentHash()
    {
        try
        {
            return Hash(File.ReadAllBytes(FilePath));
        }
        catch (FileNotFoundException)
        {
            return Absent;
        }
    }

    // The lock file is held while a coach writes and while it tidies up; another coach holding it means a save is under way.
    private FileStream? Lock()
    {
        try
        {
            return new FileStream(Path.Combine(Folder, $"{TemporaryPrefix}lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return null;
        }
    }

    // The data this coach could not write is kept beside the file, under a name no earlier conflict took, and the
    // person is told where; the data file keeps what the other coach saved.
    private CoachConflictException Conflict(byte[] content, string why)
    {
        string? keptAs = null;
        for (var n = 1; n < 1000 && keptAs is null; n++)
        {
            var candidate = _conflictPath ?? $"{FilePath}.conflict-{n}";
            try
            {
                Write(candidate, content, _conflictPath is null ? FileMode.CreateNew : FileMode.Create);
                keptAs = candidate;
            }
            catch (IOException) when (_conflictPath is null && File.Exists(candidate))
            {
                // Taken by an earlier conflict: try the next name.
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                break;
            }
        }

        _conflictPath = keptAs ?? _conflictPath;
        return new CoachConflictException(keptAs is null
            ? $"Not saved: {FilePath} was not written over, because {why}. What you entered is kept for this session only; "
                + "close the other coach and start this one again to see what it saved."
            : $"Not saved to {FilePath}, because {why}: writing over it would lose the other coach's data. "
                + $"What you entered is kept in {keptAs}, and the data file keeps what the other coach saved. "
                + "Close the other coach and start this one again to carry on from the saved file.");
    }

    private void RemoveStrayTemporaryFiles()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        // Only while holding the lock: then no coach is mid-save, so every temporary file left is a stray from a kill.
        using var tidying = Lock();
        if (tidying is null)
        {
            return;
        }

        foreach (var stray in Directory.EnumerateFiles(Folder, $"{TemporaryPrefix}*.tmp"))
        {
            TryDelete(stray);
        }
    }

    // coach.json -> coach.json.unreadable-1, or -2 if that is taken, and so on; File.Move never overwrites here.
    private string? MoveAside()
    {
        for (var n = 1; n < 1000; n++)
        {
            var candidate = $"{FilePath}.unreadable-{n}";
            if (File.Exists(candidate))
            {
                continue;
            }

            try
            {
                File.Move(FilePath, candidate, overwrite: false);
                return candidate;
            }
            catch (IOException) when (File.Exists(candidate))
            {
                // Taken between the check and the move: try the next name.
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        return null;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A stray temporary file is harmless: the data file itself was not touched.
        }
    }
}

/// <summary>Another coach saved the data file in between; the message says where this coach's data was kept.</summary>
internal sealed class CoachConflictException(string message) : Exception(message);
