using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;
using IntimacyKit.Serialization;

namespace IntimacyKit;

/// <summary>
/// A document of catalog content: chapters, patterns, dances, practices, exercises, principles,
/// toolbox items and script templates. The built-in content is one pack; an app adds its own (extra exercises, a
/// translation) with <see cref="IntimacyCatalog.WithContentPack(ContentPack)"/>.
/// </summary>
/// <remarks>
/// <para>
/// The JSON form is described by <c>content-pack.schema.json</c>, shipped in the package's
/// <c>schemas</c> folder. Members are camelCase; enums are lower-kebab-case strings; unknown
/// members are an error, so that a typo is caught rather than ignored.
/// </para>
/// <para>
/// Loading checks the JSON's shape; <see cref="IntimacyCatalog.WithContentPack(ContentPack)"/>
/// checks the content itself (ids, references, field definitions). Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed record ContentPack
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The language of a pack that does not name one: <c>en</c>.</summary>
    public const string DefaultLanguage = "en";

    /// <summary>
    /// Gets the schema version of the document. A document that leaves it out (or gives 0) is read as
    /// <see cref="CurrentSchemaVersion"/>; any other version this library does not read is an error.
    /// </summary>
    public int SchemaVersion { get; init => field = value == 0 ? CurrentSchemaVersion : value; } = CurrentSchemaVersion;

    /// <summary>
    /// Gets the address of the JSON Schema the document declares in its <c>$schema</c> member, so that editors
    /// can check the file as it is written; <see langword="null"/> when it declares none. The library ignores it.
    /// </summary>
    [JsonPropertyName("$schema")]
    public string? JsonSchema { get; init; }

    /// <summary>Gets the pack's name, lower-kebab-case, used in error messages; such as <c>my-app-extras</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the language of the pack's text as a culture name, such as <c>en</c> or <c>es-MX</c>. Defaults to <c>en</c>.</summary>
    public string Language { get; init => field = value ?? DefaultLanguage; } = DefaultLanguage;

    /// <summary>Gets where the content comes from and who wrote it, or <see langword="null"/>.</summary>
    public string? Attribution { get; init; }

    /// <summary>Gets the chapters.</summary>
    public ImmutableArray<Chapter> Chapters { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the pattern descriptions.</summary>
    public ImmutableArray<PatternDescription> Patterns { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the dances.</summary>
    public ImmutableArray<Dance> Dances { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the practices.</summary>
    public ImmutableArray<Practice> Practices { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the exercises.</summary>
    public ImmutableArray<Exercise> Exercises { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the core principles.</summary>
    public ImmutableArray<Principle> Principles { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the toolbox items.</summary>
    public ImmutableArray<ToolboxItem> Toolbox { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the conversation script templates.</summary>
    public ImmutableArray<ScriptTemplate> Scripts { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Reads a pack from UTF-8 JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ContentPackException">The JSON is malformed, does not have the shape of a pack, repeats a member or holds a value over one of the <see cref="DocumentLimits"/>; the error names the JSON path.</exception>
    public static ContentPack Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(() => StrictJson.Read(json, IntimacyKitJsonContext.Default.ContentPack), "(string)");
    }

    /// <summary>Reads a pack from a stream of UTF-8 JSON. The stream is read to its end and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ContentPackException">The JSON is malformed, does not have the shape of a pack, repeats a member or holds a value over one of the <see cref="DocumentLimits"/>; the error names the JSON path.</exception>
    public static ContentPack Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Read(() => StrictJson.Read(utf8Json, IntimacyKitJsonContext.Default.ContentPack), "(stream)");
    }

    /// <summary>Reads a pack from a stream of UTF-8 JSON without blocking. The stream is read to its end and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ContentPackException">The JSON is malformed, does not have the shape of a pack, repeats a member or holds a value over one of the <see cref="DocumentLimits"/>; the error names the JSON path.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<ContentPack> LoadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            return await StrictJson.ReadAsync(utf8Json, IntimacyKitJsonContext.Default.ContentPack, cancellationToken).ConfigureAwait(false)
                ?? throw ContentPackException.NullDocument("(stream)");
        }
        catch (JsonException ex)
        {
            throw ContentPackException.FromJsonException("(stream)", ex);
        }
    }

    /// <summary>Reads a pack from a UTF-8 JSON file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DirectoryNotFoundException">A folder on the path does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened for reading.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="ContentPackException">The JSON is malformed, does not have the shape of a pack, repeats a member or holds a value over one of the <see cref="DocumentLimits"/>; the error names the file and the JSON path.</exception>
    public static ContentPack LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Read(() => StrictJson.Read(stream, IntimacyKitJsonContext.Default.ContentPack), path);
    }

    /// <summary>Writes the pack as indented UTF-8 JSON that <see cref="Parse(string)"/> reads back unchanged.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, IntimacyKitJsonContext.Default.ContentPack);

    private static ContentPack Read(Func<ContentPack?> read, string source)
    {
        try
        {
            return read() ?? throw ContentPackException.NullDocument(source);
        }
        catch (JsonException ex)
        {
            throw ContentPackException.FromJsonException(source, ex);
        }
    }
}
