using System.Collections.Immutable;
using System.Globalization;

namespace IntimacyKit.Coaching;

/// <summary>
/// A coach rule file could not be read or compiled. <see cref="Problems"/> lists the problems found, each with the JSON
/// path of the member at fault, such as <c>$.rules[2].frames[0]</c>. No coach was changed.
/// </summary>
public sealed class CoachRulesException : IntimacyKitException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="source">Where the rule file was read from: a file path, <c>(stream)</c> or <c>(string)</c>.</param>
    /// <param name="problems">The problems found; at least one.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="problems"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public CoachRulesException(string source, IEnumerable<ValidationProblem> problems, Exception? innerException = null)
        : this(source, NonEmpty(problems), innerException)
    {
    }

    private CoachRulesException(string source, ImmutableArray<ValidationProblem> problems, Exception? innerException)
        : base(Describe(source, problems), innerException)
    {
        RuleFileName = source;
        Problems = problems;
    }

    /// <summary>Gets where the rule file was read from: a file path, <c>(stream)</c> or <c>(string)</c>.</summary>
    public string RuleFileName { get; }

    /// <summary>Gets every problem found; paths are JSON paths such as <c>$.rules[2].frames[0]</c>.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    private static ImmutableArray<ValidationProblem> NonEmpty(IEnumerable<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var all = problems.ToImmutableArray();
        return all.IsEmpty ? throw new ArgumentException("A coach rules error needs at least one problem.", nameof(problems)) : all;
    }

    private static string Describe(string source, ImmutableArray<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(source);
        return string.Create(CultureInfo.InvariantCulture, $"Coach rule file '{source}': {string.Join("; ", problems)}");
    }
}
