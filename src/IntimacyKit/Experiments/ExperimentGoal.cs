namespace IntimacyKit.Experiments;

/// <summary>
/// The one relationship goal of an experiment: what the person hopes will change, and how they will know.
/// </summary>
/// <remarks>Instances are immutable and thread-safe; equality compares all members.</remarks>
public sealed record ExperimentGoal
{
    /// <summary>Gets what will change, in the person's words, such as <c>Say no when I mean no</c>.</summary>
    public required string Change { get; init; }

    /// <summary>
    /// Gets how the change is measured, or <see langword="null"/> while it is not yet decided. A plan whose goal
    /// has no measure does not pass <see cref="ExperimentPlan.Validate"/>.
    /// </summary>
    public GoalMeasure? Measure { get; init; }
}
