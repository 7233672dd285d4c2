using System.Text.Json;

namespace IntimacyKit.Serialization;

/// <summary>
/// A <see cref="JsonException"/> raised by IntimacyKit's own strict reading (a limit, an enum name, a date or a
/// duration out of range, a duplicate member), carrying the stable problem code that errors report.
/// </summary>
internal sealed class StrictJsonException : JsonException
{
    public StrictJsonException(string code, string message)
        : base(message) => Code = code;

    public StrictJsonException(string code, string message, string path)
        : base(message, path, lineNumber: null, bytePositionInLine: null) => Code = code;

    public string Code { get; }

    /// <summary>
    /// The problem code of an error of strict reading, or <see langword="null"/> for another error. System.Text.Json
    /// rethrows an error a converter raises as a new <see cref="JsonException"/> with the same message and the path,
    /// so the converters' errors are known by their wording.
    /// </summary>
    public static string? CodeOf(JsonException exception) => exception switch
    {
        StrictJsonException strict => strict.Code,
        _ when exception.Message.Contains(NotPlausible, StringComparison.Ordinal) => "out-of-range",
        _ when exception.Message.Contains(NotOneValue, StringComparison.Ordinal)
            || exception.Message.Contains(NotADate, StringComparison.Ordinal)
            || exception.Message.Contains(NotADuration, StringComparison.Ordinal) => "wrong-type",
        _ when exception.Message.StartsWith("Duplicate propert", StringComparison.Ordinal) => "duplicate-member",
        _ => null,
    };

    /// <summary>The wording of a date or a length of time out of range.</summary>
    internal const string NotPlausible = "is not plausible;";

    /// <summary>The wording of an enum value that is not exactly one value's name.</summary>
    internal const string NotOneValue = "expected exactly one of";

    /// <summary>The wording of a date that is not one.</summary>
    internal const string NotADate = "A date is a string of the form yyyy-MM-dd";

    /// <summary>The wording of a length of time that is not one.</summary>
    internal const string NotADuration = "A length of time is a string of the form";
}
