using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace IntimacyKit.Safety;

/// <summary>
/// A safety rule file could not be read or compiled. <see cref="Problems"/> lists the problems found, each with the
/// JSON path of the member at fault, such as <c>$.rules[2].frames[0]</c>. No screen was changed.
/// </summary>
public sealed class SafetyRulesException : IntimacyKitException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="source">Where the rule file was read from: a file path, <c>(stream)</c> or <c>(string)</c>.</param>
    /// <param name="problems">The problems found; at least one.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="problems"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public SafetyRulesException(string source, IEnumerable<ValidationProblem> problems, Exception? innerException = null)
        : this(source, Freeze(problems), innerException)
    {
    }

    private SafetyRulesException(string source, ImmutableArray<ValidationProblem> problems, Exception? innerException)
        : base(Describe(source, problems), innerException)
    {
        RuleFileName = source;
        Problems = problems;
    }

    /// <summary>Gets where the rule file was read from: a file path, <c>(stream)</c> or <c>(string)</c>.</summary>
    public string RuleFileName { get; }

    /// <summary>Gets every problem found; paths are JSON paths such as <c>$.rules[2].frames[0]</c>.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    private static ImmutableArray<ValidationProblem> Freeze(IEnumerable<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var list = problems.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException("A safety rules error needs at least one problem.", nameof(problems));
        }

        return list;
    }

    private static string Describe(string source, ImmutableArray<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"Safety rule file '{source}' has {problems.Length} problem{(problems.Length == 1 ? "" : "s")}:");
        foreach (var problem in problems)
        {
            text.AppendLine().Append("  ").Append(problem);
        }

        return text.ToString();
    }
}
