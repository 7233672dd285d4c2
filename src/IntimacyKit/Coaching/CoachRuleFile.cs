using System.Collections.Immutable;
using System.Text.Json;
using IntimacyKit.Serialization;

namespace IntimacyKit.Coaching;

/// <summary>
/// An app's own message-coach rules, read from a JSON rule file and checked against the built-in rules, to add to a
/// coach with <see cref="MessageCoach.WithRules(IEnumerable{CoachRuleFile})"/>.
/// </summary>
/// <remarks>
/// <para>
/// A rule file has the shape of the built-in <c>coach-rules.en.json</c> without its <c>antidotes</c> and <c>rewrite</c>
/// (an app's rules take the built-in ones): its <c>language</c>, optional word <c>classes</c> and named <c>frames</c>, and
/// <c>rules</c>, each with an <c>id</c>, a <c>kind</c> (such as <c>contempt</c> or <c>mind-reading</c>), <c>frames</c>, an
/// <c>explanation</c>, a <c>suggestion</c> and optional exceptions (<c>unless</c>, <c>unlessBefore</c>,
/// <c>unlessSentence</c>, <c>unlessOpening</c>, <c>unlessClosing</c>). Its frames may use the classes and named frames
/// of the language's lexicon, the feelings vocabulary and the built-in coach rules. The frame syntax is the safety
/// rules' (docs/articles/text-rules.md).
/// </para>
/// <para>
/// Loading compiles the file with the built-in rules, so an invalid file fails here, with the JSON path of the
/// problem, and never when a message is analysed. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class CoachRuleFile
{
    private CoachRuleFile(string name, CoachRulesDocument document)
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

    internal CoachRulesDocument Document { get; }

    /// <summary>Reads and checks a rule file from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The rule file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="CoachRulesException">The file is malformed or a rule is invalid; the problem is given with its JSON path.</exception>
    public static CoachRuleFile Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Check("(string)", () => JsonSerializer.Deserialize(json, IntimacyKitJsonContext.Default.CoachRulesDocument));
    }

    /// <summary>Reads and checks a rule file from a stream of UTF-8 JSON. The stream is read to its end and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The rule file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="CoachRulesException">The file is malformed or a rule is invalid; the problem is given with its JSON path.</exception>
    public static CoachRuleFile Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Check("(stream)", () => JsonSerializer.Deserialize(utf8Json, IntimacyKitJsonContext.Default.CoachRulesDocument));
    }

    /// <summary>Reads and checks a rule file from a UTF-8 JSON file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The rule file.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DirectoryNotFoundException">A folder on the path does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened for reading.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="CoachRulesException">The file is malformed or a rule is invalid; the error names the file and the problem's JSON path.</exception>
    public static CoachRuleFile LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Check(path, () => JsonSerializer.Deserialize(stream, IntimacyKitJsonContext.Default.CoachRulesDocument));
    }

    // Reads the document, then compiles it with the built-in rules, so that a mistake is found now.
    private static CoachRuleFile Check(string name, Func<CoachRulesDocument?> read)
    {
        CoachRulesDocument document;
        try
        {
            document = read() ?? throw new CoachRulesException(name, [new ValidationProblem("$", "wrong-type", "The document is null; a coach rule file is a JSON object.")]);
        }
        catch (JsonException ex)
        {
            throw new CoachRulesException(name, [ContentPackException.FromJsonException(name, ex, "the coach article, docs/articles/four-horsemen.md").Problems[0]], ex);
        }

        _ = CoachRuleSet.Compile(CoachRuleSet.BuiltIn, [(name, document)], FeelingsVocabulary.Default);
        return new CoachRuleFile(name, document);
    }
}
