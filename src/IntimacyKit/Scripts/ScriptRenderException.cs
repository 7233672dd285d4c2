using System.Globalization;

namespace IntimacyKit.Scripts;

/// <summary>
/// Rendering a script was stopped: it went past a limit of its <see cref="ScriptRenderOptions"/>, ran out of
/// its time budget, or failed while running. The message says what happened without revealing anything about
/// the host.
/// </summary>
public sealed class ScriptRenderException : IntimacyKitException
{
    internal ScriptRenderException(string code, string message, int line, int column, Exception? innerException = null)
        : base(string.Create(CultureInfo.InvariantCulture, $"({line},{column}): {message} ({code})"), innerException)
    {
        Code = code;
        Line = line;
        Column = column;
    }

    /// <summary>
    /// Gets a stable code: <c>time-budget</c> when the script ran out of time, <c>limit-exceeded</c> when it went
    /// past a loop, recursion, string or output limit, <c>runtime-error</c> for anything else.
    /// </summary>
    public string Code { get; }

    /// <summary>Gets the 1-based line where rendering stopped.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column where rendering stopped.</summary>
    public int Column { get; }
}
