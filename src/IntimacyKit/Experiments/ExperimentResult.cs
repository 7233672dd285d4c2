using System.Collections.Immutable;

namespace IntimacyKit.Experiments;

/// <summary>
/// The outcome of an operation on an <see cref="Experiment"/>: the new experiment, or, when something was wrong,
/// the unchanged one with every problem found. Nothing already entered is ever lost.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ExperimentResult
{
    internal ExperimentResult(Experiment experiment, ImmutableArray<ValidationProblem> problems)
    {
        Experiment = experiment;
        Problems = problems;
    }

    /// <summary>Gets the experiment after the operation; when it failed, the experiment as it was before.</summary>
    public Experiment Experiment { get; }

    /// <summary>Gets every problem found; empty when the operation succeeded.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    /// <summary>Gets a value indicating whether the operation succeeded.</summary>
    public bool Succeeded => Problems.IsEmpty;

    /// <summary>Returns <c>succeeded</c>, or one line per problem.</summary>
    /// <returns>A description of the result.</returns>
    public override string ToString() => Succeeded ? "succeeded" : string.Join(Environment.NewLine, Problems);
}
