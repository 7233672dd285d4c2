using System.Collections.Immutable;
using System.Text.Json;
using IntimacyKit.Serialization;

namespace IntimacyKit.Safety;

/// <summary>
/// An app's own safety rules, read from a JSON rule file and checked against the built-in rules, to add to a
/// <see cref="SafetyScreen"/> with <see cref="SafetyScreen(SafetyResources, IEnumerable{SafetyRuleFile})"/>.
/// </summary>
/// <remarks>
/// <para>
/// A rule file has the shape of the built-in <c>safety-rules.en.json</c>: its <c>language</c>, optional word
/// <c>classes</c> and named <c>frames</c>, optional <c>categories</c> explanations, and <c>rules</c>, each with an
/// <c>id</c>, a <c>category</c>, a <c>level</c> (<c>concern</c> or <c>urgent</c>), <c>frames</c> that find it and
/// optional exceptions (<c>unless</c>, <c>unlessBefore</c>, <c>unlessSentence</c>). Frames are short patterns over
/// words and word classes (<c>@violent:past me</c>), and may use the classes and named frames of the language's
/// lexicon and of the built-in rules. The article "Safety rules and the text engine" (docs/articles/text-rules.md) describes the syntax.
/// </para>
/// <para>
/// Loading checks the whole file and compiles it with the built-in rules, so an invalid file fails here, with the
/// JSON path of each problem, and never when text is screened. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class SafetyRuleFile
{
    private SafetyRuleFile(string name, SafetyRuleDocument document)
    {
        Name = name;
        Document = document;
        Language = document.Language;
        RuleIds = [.. document.Rules.Select(r => r.Id)];
    }

    /// <summary>Gets where the file was read from: its path, <c>(stream)</c> or <c>(string)</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the language the rules read, as a culture name such as <c>en</c>.</summary>
    public string Language { get; }

    /// <summary>Gets the ids of the file's rules, in order; findings name the rule that fired by these ids.</summary>
    public ImmutableArray<string> RuleIds { get; }

    internal SafetyRuleDocument Document { get; }

    /// <summary>Reads and checks a rule file from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The rule file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SafetyRulesException">The file is malformed or a rule is invalid; every problem is listed with its JSON path.</exception>
    public static SafetyRuleFile Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Check("(string)", SafetyRuleSet.Read(() => JsonSerializer.Deserialize(json, IntimacyKitJsonContext.Default.SafetyRuleDocument), "(string)"));
    }

    /// <summary>Reads and checks a rule file from a stream of UTF-8 JSON. The stream is read to its end and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The rule file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SafetyRulesException">The file is malformed or a rule is invalid; every problem is listed with its JSON path.</exception>
    public static SafetyRuleFile Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Check("(stream)", SafetyRuleSet.Read(() => JsonSerializer.Deserialize(utf8Json, IntimacyKitJsonContext.Default.SafetyRuleDocument), "(stream)"));
    }

    /// <summary>Reads and checks a rule file from a stream of UTF-8 JSON without blocking on the read. The stream is read to its end and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rule file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SafetyRulesException">The file is malformed or a rule is invalid; every problem is listed with its JSON path.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<SafetyRuleFile> LoadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        SafetyRuleDocument document;
        try
        {
            document = await JsonSerializer.DeserializeAsync(utf8Json, IntimacyKitJsonContext.Default.SafetyRuleDocument, cancellationToken).ConfigureAwait(false)
                ?? throw SafetyRuleSet.Null("(stream)");
        }
        catch (JsonException ex)
        {
            throw SafetyRuleSet.FromJson("(stream)", ex);
        }

        return Check("(stream)", document);
    }

    /// <summary>Reads and checks a rule file from a UTF-8 JSON file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The rule file.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DirectoryNotFoundException">A folder on the path does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened for reading.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="SafetyRulesException">The file is malformed or a rule is invalid; the error names the file and each problem's JSON path.</exception>
    public static SafetyRuleFile LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Check(path, SafetyRuleSet.Read(() => JsonSerializer.Deserialize(stream, IntimacyKitJsonContext.Default.SafetyRuleDocument), path));
    }

    // Compiles the file with the built-in rules of its language, so that every problem is found now.
    private static SafetyRuleFile Check(string name, SafetyRuleDocument document)
    {
        _ = SafetyRuleSet.Compile(SafetyRuleSet.BuiltInFiles(document.Language, (name, document)));
        return new SafetyRuleFile(name, document);
    }
}
