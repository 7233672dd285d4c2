using System.Collections.Immutable;

namespace IntimacyKit;

/// <summary>
/// The exception thrown when a document built in code breaks one of the <see cref="DocumentLimits"/> and is asked to
/// do something only a document within them may do, such as render: a worksheet that <c>Validate</c> reports as too
/// long is refused rather than rendered. <see cref="Problems"/> name every value at fault, with its path and code.
/// </summary>
/// <remarks>Call the document's <c>Validate</c> first to show a person what to shorten. Instances are immutable.</remarks>
public sealed class DocumentLimitException : IntimacyKitException
{
    /// <summary>Initializes a new instance with the problems found.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public DocumentLimitException(IEnumerable<ValidationProblem> problems)
        : this(Freeze(problems))
    {
    }

    private DocumentLimitException(ImmutableArray<ValidationProblem> problems)
        : base($"The document breaks {(problems.Length == 1 ? "a limit" : $"{problems.Length} limits")} (see DocumentLimits):{Environment.NewLine}  {string.Join($"{Environment.NewLine}  ", problems)}") =>
        Problems = problems;

    /// <summary>Gets every value over a limit, each with its path, a stable code and a message.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    private static ImmutableArray<ValidationProblem> Freeze(IEnumerable<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var list = problems.ToImmutableArray();
        return list.IsEmpty ? throw new ArgumentException("A limit error needs at least one problem.", nameof(problems)) : list;
    }
}
