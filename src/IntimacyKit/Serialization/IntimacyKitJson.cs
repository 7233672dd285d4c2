using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IntimacyKit.Serialization;

/// <summary>
/// Reads and writes IntimacyKit's models as JSON through a source-generated System.Text.Json
/// context: no reflection, safe under trimming and Native AOT.
/// </summary>
/// <remarks>
/// Every catalog item, <see cref="ContentPack"/>, <see cref="Exercises.ExerciseResponse"/> with its answers,
/// and <see cref="ValidationProblem"/> round-trip without loss; results such as <see cref="ValidationResult"/>
/// are not documents and are not serialized. Documents that people fill in, such as
/// <see cref="Exercises.ExerciseResponse"/>, carry a schema version and keep JSON members this
/// version does not know. All members are thread-safe.
/// </remarks>
public static class IntimacyKitJson
{
    /// <summary>
    /// Gets the read-only options IntimacyKit reads and writes with: camelCase members, lower-kebab-case
    /// enums (the exact name of one value), exact member names, duplicate members rejected, unknown members rejected
    /// except where a model keeps them, plausible dates and lengths of time, and the
    /// source-generated metadata of every model. To combine them with an app's own source-generated context,
    /// copy them: <c>var options = new JsonSerializerOptions(IntimacyKitJson.Options);</c> then
    /// <c>options.TypeInfoResolverChain.Add(MyAppJsonContext.Default);</c>.
    /// </summary>
    public static JsonSerializerOptions Options => IntimacyKitJsonContext.Default.Options;

    /// <summary>Writes a model as indented JSON.</summary>
    /// <typeparam name="T">A public IntimacyKit model type, such as <see cref="Exercises.ExerciseResponse"/>.</typeparam>
    /// <param name="value">The value to write.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not an IntimacyKit model.</exception>
    public static string Serialize<T>(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonSerializer.Serialize(value, TypeInfo<T>());
    }

    /// <summary>Reads a model from JSON text.</summary>
    /// <typeparam name="T">A public IntimacyKit model type, such as <see cref="Exercises.ExerciseResponse"/>.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The model; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The JSON is malformed, is <c>null</c>, does not fit <typeparamref name="T"/>, repeats a member, or holds a value over one of the <see cref="DocumentLimits"/>; the exception's path names the member.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not an IntimacyKit model.</exception>
    public static T Deserialize<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var typeInfo = TypeInfo<T>();
        try
        {
            return StrictJson.Read(json, typeInfo) ?? throw NullDocument<T>();
        }
        catch (NotSupportedException ex)
        {
            throw DoesNotFit(ex);
        }
    }

    /// <summary>Reads a model from a stream of UTF-8 JSON without blocking. The stream is left open.</summary>
    /// <typeparam name="T">A public IntimacyKit model type, such as <see cref="Exercises.ExerciseResponse"/>.</typeparam>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The model; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The JSON is malformed, is <c>null</c>, does not fit <typeparamref name="T"/>, repeats a member, or holds a value over one of the <see cref="DocumentLimits"/>; the exception's path names the member.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not an IntimacyKit model.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<T> DeserializeAsync<T>(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var typeInfo = TypeInfo<T>();
        try
        {
            return await StrictJson.ReadAsync(utf8Json, typeInfo, cancellationToken).ConfigureAwait(false)
                ?? throw NullDocument<T>();
        }
        catch (NotSupportedException ex)
        {
            throw DoesNotFit(ex);
        }
    }

    private static JsonTypeInfo<T> TypeInfo<T>() =>
        (typeof(T).Assembly == typeof(IntimacyKitJson).Assembly ? IntimacyKitJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T> : null)
        ?? throw new NotSupportedException($"{typeof(T).FullName} is not an IntimacyKit model; IntimacyKitJson reads and writes only the library's own models.");

    // System.Text.Json reports some documents that do not fit a model as NotSupportedException, such as an
    // answer whose "type" discriminator is missing or not its first member. This API keeps NotSupportedException
    // for a T that is not a model, so such a document is a JsonException like any other that does not fit.
    private static JsonException DoesNotFit(NotSupportedException exception)
    {
        const string PathMarker = " Path: ";
        var message = exception.Message;
        var at = message.IndexOf(PathMarker, StringComparison.Ordinal);
        if (at < 0)
        {
            return new JsonException(message, exception);
        }

        var path = message[(at + PathMarker.Length)..];
        var end = path.IndexOf(' ', StringComparison.Ordinal);
        return new JsonException(message, end < 0 ? path : path[..end], lineNumber: null, bytePositionInLine: null, exception);
    }

    private static JsonException NullDocument<T>() =>
        new($"The JSON document is null; expected a {typeof(T).Name} object.", path: "$", lineNumber: null, bytePositionInLine: null);
}
