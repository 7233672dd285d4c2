using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace IntimacyKit;

/// <summary>
/// A content pack could not be read or does not fit the catalog. <see cref="Problems"/> lists every
/// problem found, each with the JSON path of the member at fault. The catalog it was meant for is unchanged.
/// </summary>
public sealed class ContentPackException : IntimacyKitException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="packName">The pack's name, or where it was read from.</param>
    /// <param name="problems">The problems found; at least one.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="packName"/> or <paramref name="problems"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public ContentPackException(string packName, IEnumerable<ValidationProblem> problems, Exception? innerException = null)
        : this(packName, Freeze(problems), innerException)
    {
    }

    private ContentPackException(string packName, ImmutableArray<ValidationProblem> problems, Exception? innerException)
        : base(Describe(packName, problems), innerException)
    {
        PackName = packName;
        Problems = problems;
    }

    /// <summary>Gets the pack's name, or where it was read from: a file path, <c>(stream)</c> or <c>(string)</c>.</summary>
    public string PackName { get; }

    /// <summary>Gets every problem found; paths are JSON paths such as <c>$.exercises[2].chapterId</c>.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    internal static ContentPackException NullDocument(string source) =>
        new(source, [new ValidationProblem("$", "wrong-type", "The document is null; a content pack is a JSON object.")]);

    internal static ContentPackException FromJsonException(string source, JsonException exception, string reference = "content-pack.schema.json")
    {
        var message = exception.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        var code = message switch
        {
            _ when Serialization.StrictJsonException.CodeOf(exception) is { } strict => strict,
            _ when message.Contains("missing required properties", StringComparison.Ordinal) => "missing-member",
            _ when message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) => "unknown-member",
            _ when message.Contains("doesn't allow null values", StringComparison.Ordinal)
                || message.Contains("doesn't allow setting null values", StringComparison.Ordinal)
                || message.Contains("doesn't allow getting null values", StringComparison.Ordinal)
                || message.Contains("does not allow null values", StringComparison.Ordinal) => "null-value",
            _ when message.Contains("could not be converted", StringComparison.Ordinal) => "wrong-type",
            _ => "invalid-json",
        };

        if (code == "duplicate-member")
        {
            message = "The member is given twice in one object; give each member once.";
        }

        if (code == "wrong-type" && Serialization.StrictJsonException.CodeOf(exception) is null)
        {
            // The serializer names a .NET type, often the enclosing one; say what a content author can act on.
            message = IsAntidoteOrCircuitBreaker(exception.Path)
                ? "An antidote or circuit breaker is an object, such as { \"text\": \"Slow the interaction down.\" }, with a partnerInvolvement and a safetyNote "
                    + $"when it asks something of the partner; a plain string is not read (see {reference})."
                : $"The value has the wrong JSON type, or is not one of the allowed values (see {reference}).";
        }

        if (exception.LineNumber is { } line)
        {
            message = string.Create(CultureInfo.InvariantCulture,
                $"{message} (line {line + 1}, position {(exception.BytePositionInLine ?? 0) + 1})");
        }

        return new ContentPackException(source, [new ValidationProblem(exception.Path ?? "$", code, message)], exception);
    }

    private static bool IsAntidoteOrCircuitBreaker(string? path)
    {
        if (path is null || !path.EndsWith(']'))
        {
            return false;
        }

        var open = path.LastIndexOf('[');
        return open > 0 && (path[..open].EndsWith(".antidotes", StringComparison.Ordinal) || path[..open].EndsWith(".circuitBreakers", StringComparison.Ordinal));
    }

    private static ImmutableArray<ValidationProblem> Freeze(IEnumerable<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var list = problems.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException("A content pack error needs at least one problem.", nameof(problems));
        }

        return list;
    }

    private static string Describe(string packName, ImmutableArray<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(packName);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"Content pack '{packName}' has {problems.Length} problem{(problems.Length == 1 ? "" : "s")}:");
        foreach (var problem in problems)
        {
            text.AppendLine().Append("  ").Append(problem);
        }

        return text.ToString();
    }
}
