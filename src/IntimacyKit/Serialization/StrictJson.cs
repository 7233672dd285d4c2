using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IntimacyKit.Serialization;

/// <summary>
/// The one reading policy of every document the library reads: the <see cref="DocumentLimits"/> checked on the
/// JSON itself (with the path of the value at fault) before the source-generated context reads it, and the same
/// check of a model built in code, for its <c>Validate</c>.
/// </summary>
internal static partial class StrictJson
{
    private static readonly JsonReaderOptions s_readerOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Reads a document from UTF-8 JSON, refusing the first value over a limit.</summary>
    public static T? Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo)
    {
        if (utf8Json.Length > DocumentLimits.MaxDocumentBytes)
        {
            throw TooLarge(utf8Json.Length);
        }

        Walk(utf8Json, problems: null);
        return JsonSerializer.Deserialize(utf8Json, typeInfo);
    }

    /// <summary>Reads a document from JSON text, refusing the first value over a limit.</summary>
    public static T? Read<T>(string json, JsonTypeInfo<T> typeInfo) =>
        json.Length > DocumentLimits.MaxDocumentBytes ? throw TooLarge(json.Length) : Read(Encoding.UTF8.GetBytes(json), typeInfo);

    /// <summary>Reads a document from a stream of UTF-8 JSON, refusing the first value over a limit.</summary>
    public static T? Read<T>(Stream utf8Json, JsonTypeInfo<T> typeInfo) => Read(ReadAll(utf8Json).Span, typeInfo);

    /// <summary>Reads a document from a stream of UTF-8 JSON without blocking, refusing the first value over a limit.</summary>
    public static async ValueTask<T?> ReadAsync<T>(Stream utf8Json, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await utf8Json.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            Append(buffer, chunk, read);
        }

        return Read(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), typeInfo);
    }

    /// <summary>
    /// Checks a model against the limits as its JSON would be read, returning every problem; paths are relative to
    /// the document (<c>rows[2].conflict</c>) unless <paramref name="rooted"/>, when they start at <c>$</c>.
    /// </summary>
    public static List<ValidationProblem> Check(object document, bool rooted = false)
    {
        var typeInfo = IntimacyKitJsonContext.Default.GetTypeInfo(document.GetType())
            ?? throw new NotSupportedException($"{document.GetType()} is not an IntimacyKit document.");
        byte[] utf8;
        try
        {
            utf8 = JsonSerializer.SerializeToUtf8Bytes(document, typeInfo);
        }
        catch (JsonException)
        {
            // A value that cannot be written at all (an undefined enum value) is reported by the document's own rules.
            return [];
        }

        var problems = new List<ValidationProblem>();
        if (utf8.Length > DocumentLimits.MaxDocumentBytes)
        {
            problems.Add(new("$", "too-large", TooLarge(utf8.Length).Message));
        }

        Walk(utf8, problems);
        try
        {
            // Dates, durations and the like are checked by the strict converters as the document is read back.
            JsonSerializer.Deserialize(utf8, typeInfo);
        }
        catch (JsonException ex) when (StrictJsonException.CodeOf(ex) is { } code)
        {
            problems.Add(new(ex.Path ?? "$", code, Message(ex)));
        }
        catch (JsonException)
        {
            // Anything else (a required member left null) is a problem the document's own rules report.
        }

        return rooted ? problems : problems.ConvertAll(p => p with { Path = Relative(p.Path) });
    }

    /// <summary>
    /// Adds to a document's own problems those of <see cref="Check"/> at paths where its rules found nothing, so that
    /// <c>Validate</c> refuses whatever reading refuses without reporting one fault twice. With
    /// <paramref name="answerPaths"/>, an answer's value is named as its answer (<c>answers.start-on</c>, not
    /// <c>answers.start-on.value</c>), as the exercise's own rules name it.
    /// </summary>
    public static IEnumerable<ValidationProblem> With(IEnumerable<ValidationProblem> problems, object document, bool rooted = false, bool answerPaths = false)
    {
        var list = problems.ToList();
        var reported = list.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        list.AddRange(Check(document, rooted)
            .Where(p => !reported.Contains(p.Path) && !reported.Contains(AnswerPath(p.Path)))
            .Select(p => answerPaths ? p with { Path = AnswerPath(p.Path) } : p));
        return list;
    }

    // An answer's rules name its entries as answers.steps[1] where the JSON has answers.steps.items[1].
    private static string AnswerPath(string path) => AnswerMembers().Replace(path, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"\.(?:value|items|rows)(?=\[|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AnswerMembers();

    /// <summary>The message of a reading error without the serializer's " Path: ..." suffix.</summary>
    public static string Message(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut >= 0 ? message[..cut] : message;
    }

    // A problem of the whole document keeps "$" as its path: a path is never empty.
    private static string Relative(string path) => path switch
    {
        "$" => "$",
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ when path.StartsWith('$') => path[1..],
        _ => path,
    };

    private static ReadOnlyMemory<byte> ReadAll(Stream utf8Json)
    {
        if (utf8Json is MemoryStream memory && memory.TryGetBuffer(out var segment))
        {
            var rest = segment.AsMemory((int)memory.Position);
            memory.Seek(0, SeekOrigin.End);
            return rest;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            Append(buffer, chunk, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static void Append(MemoryStream buffer, byte[] chunk, int count)
    {
        if (buffer.Length + count > DocumentLimits.MaxDocumentBytes)
        {
            throw TooLarge(buffer.Length + count);
        }

        buffer.Write(chunk, 0, count);
    }

    private static StrictJsonException TooLarge(long bytes) => new("too-large", string.Create(CultureInfo.InvariantCulture,
        $"The document is larger than {DocumentLimits.MaxDocumentBytes:N0} bytes ({bytes:N0} bytes read); split it or leave out what it does not need."), "$");

    // Walks the JSON once, tracking the path, and checks every string, member name, list and object against its limit.
    // With problems null it throws at the first value over a limit; otherwise it collects them all. JSON that is not
    // well formed is left to the serializer, which reports it with its position.
    private static void Walk(ReadOnlySpan<byte> utf8Json, List<ValidationProblem>? problems)
    {
        var reader = new Utf8JsonReader(utf8Json, s_readerOptions);
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var frame = frames[^1];
                        frame.Property = reader.GetString();
                        frame.Count++;
                        if (frame.Property!.Length > DocumentLimits.MaxIdLength)
                        {
                            Report(problems, PathOf(frames, frames.Count), "too-long", string.Create(CultureInfo.InvariantCulture,
                                $"The member name is {frame.Property.Length} characters long; the limit is {DocumentLimits.MaxIdLength}."));
                        }

                        if (frame.Count > frame.Limit && !frame.Reported)
                        {
                            frame.Reported = true;
                            Report(problems, PathOf(frames, frames.Count - 1), "too-many-items", string.Create(CultureInfo.InvariantCulture,
                                $"The object has more than {frame.Limit} members."));
                        }

                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        CountValue(problems, frames);
                        if (frames.Count >= DocumentLimits.MaxDepth)
                        {
                            Report(problems, PathOf(frames, frames.Count), "too-deep", string.Create(CultureInfo.InvariantCulture,
                                $"The document nests objects and lists more than {DocumentLimits.MaxDepth} deep."));
                            reader.Skip();
                            break;
                        }

                        var isArray = reader.TokenType == JsonTokenType.StartArray;
                        frames.Add(new Frame
                        {
                            IsArray = isArray,
                            Limit = isArray && frames.Count == 1 ? DocumentLimits.MaxSectionItems : DocumentLimits.MaxItems,
                            Name = frames.Count == 0 ? null : frames[^1].IsArray ? frames[^1].Name : frames[^1].Property,
                        });
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.String:
                        CountValue(problems, frames);
                        var limit = StringLimit(frames);
                        var length = Length(ref reader, limit);
                        if (length > limit)
                        {
                            Report(problems, PathOf(frames, frames.Count), "too-long", string.Create(CultureInfo.InvariantCulture,
                                $"The text is {length:N0} characters long; the limit is {limit:N0}."));
                        }

                        break;
                    case JsonTokenType.Number:
                        CountValue(problems, frames);
                        if (frames.Count > 0 && !frames[^1].IsArray && NumberLimit(frames[^1].Property) is { } most
                            && reader.TryGetInt64(out var number) && number > most)
                        {
                            Report(problems, PathOf(frames, frames.Count), "out-of-range", string.Create(CultureInfo.InvariantCulture,
                                $"{frames[^1].Property} is {number:N0}; the most it may be is {most:N0}."));
                        }

                        break;
                    default:
                        CountValue(problems, frames);
                        break;
                }
            }
        }
        catch (JsonException ex) when (ex is not StrictJsonException)
        {
            // Malformed JSON: the serializer reads it next and reports it with its path and position.
        }
    }

    private static void CountValue(List<ValidationProblem>? problems, List<Frame> frames)
    {
        if (frames.Count == 0 || !frames[^1].IsArray)
        {
            return;
        }

        var frame = frames[^1];
        frame.Count++;
        if (frame.Count > frame.Limit && !frame.Reported)
        {
            frame.Reported = true;
            Report(problems, PathOf(frames, frames.Count - 1), "too-many-items", string.Create(CultureInfo.InvariantCulture,
                $"The list has more than {frame.Limit:N0} entries."));
        }
    }

    /// <summary>The limit on a string value, from the name of the member that holds it (see <see cref="DocumentLimits"/>).</summary>
    internal static int StringLimit(string? member, bool inList) => member switch
    {
        null => DocumentLimits.MaxTextLength,
        _ when inList => member.EndsWith("Ids", StringComparison.Ordinal) ? DocumentLimits.MaxIdLength : DocumentLimits.MaxTextLength,
        "id" => DocumentLimits.MaxIdLength,
        _ when member.EndsWith("Id", StringComparison.Ordinal) => DocumentLimits.MaxIdLength,
        "title" or "name" or "label" or "leftColumn" or "rightColumn" => DocumentLimits.MaxNameLength,
        _ => DocumentLimits.MaxTextLength,
    };

    /// <summary>The largest value of a number that sets a limit itself (a field's <c>maxLength</c>), or <see langword="null"/>.</summary>
    internal static int? NumberLimit(string? member) => member switch
    {
        "maxLength" => DocumentLimits.MaxTextLength,
        "minItems" or "maxItems" => DocumentLimits.MaxItems,
        _ => null,
    };

    private static int StringLimit(List<Frame> frames) =>
        frames.Count == 0 ? DocumentLimits.MaxTextLength
        : frames[^1].IsArray ? StringLimit(frames[^1].Name, inList: true)
        : StringLimit(frames[^1].Property, inList: false);

    private static int Length(ref Utf8JsonReader reader, int limit)
    {
        var bytes = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (bytes <= limit)
        {
            // A UTF-8 string, escaped or not, is never longer in UTF-16 characters than in bytes.
            return (int)bytes;
        }

        return reader.ValueIsEscaped || reader.HasValueSequence ? reader.GetString()!.Length : Encoding.UTF8.GetCharCount(reader.ValueSpan);
    }

    private static void Report(List<ValidationProblem>? problems, string path, string code, string message)
    {
        if (problems is null)
        {
            throw new StrictJsonException(code, message, path);
        }

        problems.Add(new(path, code, message));
    }

    // The path of the value being read inside the first `depth` frames, in System.Text.Json's form ($.a[2].b).
    private static string PathOf(List<Frame> frames, int depth)
    {
        var path = new StringBuilder("$");
        for (var i = 0; i < depth; i++)
        {
            var frame = frames[i];
            if (frame.IsArray)
            {
                path.Append(CultureInfo.InvariantCulture, $"[{Math.Max(frame.Count - 1, 0)}]");
            }
            else if (frame.Property is { } property)
            {
                if (property.Length > DocumentLimits.MaxIdLength)
                {
                    property = property[..40] + "...";
                }

                if (property.Length > 0 && property.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$'))
                {
                    path.Append('.').Append(property);
                }
                else
                {
                    path.Append("['").Append(property.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
                }
            }
        }

        return path.ToString();
    }

    private sealed class Frame
    {
        public bool IsArray { get; init; }

        public int Limit { get; init; }

        public string? Name { get; init; }

        public string? Property { get; set; }

        public int Count { get; set; }

        public bool Reported { get; set; }
    }
}
