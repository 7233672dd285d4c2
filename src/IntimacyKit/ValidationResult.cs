using System.Collections.Immutable;

namespace IntimacyKit;

/// <summary>
/// The outcome of validating a value: either valid, or every problem found, all at once, so a
/// person can fix everything in one pass.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ValidationResult
{
    private ValidationResult(ImmutableArray<ValidationProblem> problems) => Problems = problems;

    /// <summary>Gets the result that has no problems.</summary>
    public static ValidationResult Valid { get; } = new([]);

    /// <summary>Gets every problem found, in the order of the value's members; empty when valid.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    /// <summary>Gets a value indicating whether no problem was found.</summary>
    public bool IsValid => Problems.IsEmpty;

    /// <summary>Creates a result from the problems found.</summary>
    /// <param name="problems">The problems; an empty sequence gives <see cref="Valid"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    public static ValidationResult FromProblems(IEnumerable<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var list = problems.ToImmutableArray();
        return list.IsEmpty ? Valid : new ValidationResult(list);
    }

    /// <summary>Returns <c>valid</c>, or one line per problem.</summary>
    /// <returns>A description of the result.</returns>
    public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Problems);
}
