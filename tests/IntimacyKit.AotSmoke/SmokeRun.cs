using System.Globalization;

namespace IntimacyKit.AotSmoke;

/// <summary>A named set of checks: <see cref="Run"/> calls <see cref="SmokeRun.Check"/> once per check.</summary>
/// <param name="Name">The group's name, printed before each of its checks.</param>
/// <param name="Run">Runs the group's checks.</param>
internal sealed record CheckGroup(string Name, Action<SmokeRun> Run);

/// <summary>Runs checks, prints one line for each and counts the failures.</summary>
/// <param name="output">Where the lines go.</param>
internal sealed class SmokeRun(TextWriter output)
{
    private string _group = "";
    private int _passed;
    private int _failed;

    /// <summary>Runs every check of a group. A group that throws outside its checks counts as one failure.</summary>
    public void RunGroup(CheckGroup group)
    {
        _group = group.Name;
        try
        {
            group.Run(this);
        }
        catch (Exception ex)
        {
            Report("the group's own code ran without an error", Describe(ex));
        }
    }

    /// <summary>
    /// Runs one check: it passes when <paramref name="test"/> returns <see langword="true"/>. It fails when it
    /// returns <see langword="false"/> or throws; <see cref="Expect"/> throws with a message saying what differed.
    /// </summary>
    public void Check(string name, Func<bool> test)
    {
        string? failure;
        try
        {
            failure = test() ? null : "the check returned false";
        }
        catch (Exception ex)
        {
            failure = Describe(ex);
        }

        Report(name, failure);
    }

    /// <summary>Prints the closing line and returns the exit code: 0 when every check passed, otherwise 1.</summary>
    public int Finish()
    {
        var total = _passed + _failed;
        output.WriteLine(_failed == 0
            ? string.Create(CultureInfo.InvariantCulture, $"aot smoke: all {total} checks passed")
            : string.Create(CultureInfo.InvariantCulture, $"aot smoke: {_failed} of {total} checks FAILED"));
        return _failed == 0 ? 0 : 1;
    }

    private void Report(string name, string? failure)
    {
        if (failure is null)
        {
            _passed++;
            output.WriteLine($"ok: {_group}: {name}");
        }
        else
        {
            _failed++;
            output.WriteLine($"FAIL: {_group}: {name}: {failure.ReplaceLineEndings(" ")}");
        }
    }

    private static string Describe(Exception exception) => exception is CheckFailedException
        ? exception.Message
        : $"{exception.GetType().FullName}: {exception.Message}";
}

/// <summary>A check found something other than it expected; the message says what.</summary>
internal sealed class CheckFailedException(string message) : Exception(message);

/// <summary>Assertions for checks: each returns <see langword="true"/> or throws <see cref="CheckFailedException"/>.</summary>
internal static class Expect
{
    public static bool Equal<T>(T actual, T expected, string what) =>
        EqualityComparer<T>.Default.Equals(actual, expected) ? true : throw new CheckFailedException($"{what}: expected {Show(expected)}, got {Show(actual)}");

    public static bool True(bool condition, string what) =>
        condition ? true : throw new CheckFailedException($"expected {what}");

    public static bool Contains(string text, string part, string what) =>
        text.Contains(part, StringComparison.Ordinal) ? true : throw new CheckFailedException($"{what} lacks {Show(part)}: {Show(text)}");

    /// <summary>Runs <paramref name="action"/> and returns the <typeparamref name="TException"/> it throws.</summary>
    public static TException Throws<TException>(Action action)
        where TException : Exception
    {
        try
        {
            action();
        }
        catch (TException ex)
        {
            return ex;
        }
        catch (Exception ex)
        {
            throw new CheckFailedException($"expected {typeof(TException).Name}, got {ex.GetType().FullName}: {ex.Message}");
        }

        throw new CheckFailedException($"expected {typeof(TException).Name}, but nothing was thrown");
    }

    private static string Show<T>(T value) => value switch
    {
        null => "null",
        string text => $"\"{(text.Length > 300 ? text[..300] + "..." : text)}\"",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };
}
