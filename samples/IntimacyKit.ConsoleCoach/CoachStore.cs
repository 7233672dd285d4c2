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
internal sealed class CoachStore
{
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

    public CoachLoad Load()
    {
        if (!File.Exists(FilePath))
        {
            return new CoachLoad(CoachData.Empty, null);
        }

        string text;
        try
        {
            text = File.ReadAllText(FilePath);
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
            return new CoachLoad(CoachData.FromJson(text), null);
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

            return new CoachLoad(CoachData.Empty, $"Your data file {FilePath} could not be used: {ex.Message}. "
                + $"It is kept as {keptAs}; the coach starts afresh.");
        }
    }

    public void Save(CoachData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!CanSave)
        {
            throw new InvalidOperationException($"The data file {FilePath} could not be read, so the coach does not write over it.");
        }

        var folder = Path.GetDirectoryName(FilePath)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(FilePath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(data.ToJson());
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            BeforeReplace?.Invoke(temporary);
            File.Move(temporary, FilePath, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Saves when the store may write, and returns what went wrong (naming the file) when the disk refused, so the
    /// coach can say so and carry on with what the person entered; <see langword="null"/> when all is well.
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
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"Could not save to {FilePath}: {ex.Message}";
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
