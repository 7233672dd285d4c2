using System.Collections.Immutable;

namespace IntimacyKit.Assessments;

/// <summary>
/// Answers could not be turned into a profile. <see cref="Problems"/> lists every problem at once, such as each
/// question left unanswered and each value off the scale; the answers themselves are unchanged.
/// </summary>
public sealed class AssessmentAnswersException : IntimacyKitException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="problems">The problems found; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public AssessmentAnswersException(IEnumerable<ValidationProblem> problems)
        : this(Freeze(problems))
    {
    }

    private AssessmentAnswersException(ImmutableArray<ValidationProblem> problems)
        : base($"The answers cannot be scored yet:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}") =>
        Problems = problems;

    /// <summary>Gets every problem found; paths name the answers, such as <c>answers.quiet-when-tense</c>.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    private static ImmutableArray<ValidationProblem> Freeze(IEnumerable<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var list = problems.ToImmutableArray();
        return list.IsEmpty ? throw new ArgumentException("At least one problem is needed.", nameof(problems)) : list;
    }
}
