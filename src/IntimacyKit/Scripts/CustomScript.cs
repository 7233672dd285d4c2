using System.Collections.Immutable;
using System.Globalization;

namespace IntimacyKit.Scripts;

/// <summary>
/// A script written by an app's developer or its user, such as <c>I feel {{ feeling }}, and I need {{ need }}.</c>,
/// parsed and checked once. Its placeholders are the values it needs; render it with
/// <see cref="ScriptRenderer.RenderCustom(CustomScript, IReadOnlyDictionary{string, object?}, System.Globalization.CultureInfo?, CancellationToken)"/>.
/// </summary>
/// <remarks>
/// A custom script may use placeholders, <c>if</c>/<c>else</c> and the <c>string</c>, <c>math</c>, <c>array</c>
/// and <c>html</c> functions (less <c>math.random</c> and <c>math.uuid</c>, whose output changes from render to
/// render). Loops, functions, assignments, bit shifts, very large literals, <c>include</c>, <c>object</c>,
/// <c>regex</c>, <c>date</c> and <c>timespan</c> are rejected. Rendering is sandboxed: no .NET object is ever exposed, and
/// limits and a time budget stop a hostile script. Instances are immutable and thread-safe.
/// </remarks>
public sealed class CustomScript
{
    /// <summary>The longest source accepted, in characters: a short script needs far less.</summary>
    public const int MaxSourceLength = 10_000;

    private CustomScript(string source, ScriptSource parsed)
    {
        Source = source;
        Parsed = parsed;
    }

    /// <summary>Gets the script's source.</summary>
    public string Source { get; }

    /// <summary>Gets the names of the values the script needs, in order of first use.</summary>
    public ImmutableArray<string> Placeholders => Parsed.Placeholders;

    internal ScriptSource Parsed { get; }

    /// <summary>Parses and checks a script.</summary>
    /// <param name="source">The Scriban source.</param>
    /// <returns>The script, ready to render.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScriptTemplateException">The source does not parse or uses a construct that is not allowed; every problem is listed with its line and column.</exception>
    public static CustomScript Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parsed = ParseChecked(source);
        return parsed.IsValid ? new CustomScript(source, parsed) : throw new ScriptTemplateException(parsed.Problems);
    }

    /// <summary>
    /// Checks a script as it is written, without throwing: the placeholders it uses and every problem, with line
    /// and column, for an editor to show.
    /// </summary>
    /// <param name="source">The Scriban source.</param>
    /// <returns>The placeholders and the problems; no problems means <see cref="Parse(string)"/> will succeed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public static ScriptTemplateCheck Check(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parsed = ParseChecked(source);
        return new ScriptTemplateCheck(parsed.Placeholders, parsed.Problems);
    }

    private static ScriptSource ParseChecked(string source) =>
        source.Length > MaxSourceLength
            ? ScriptSource.Rejected(new ScriptTemplateProblem(1, 1, "too-long",
                string.Create(CultureInfo.InvariantCulture, $"The script is {source.Length:N0} characters long; a custom script may have at most {MaxSourceLength:N0}.")))
            : ScriptSource.Parse(source);
}
