namespace IntimacyKit.Worksheets;

/// <summary>One change of a <see cref="RedistributionTrial"/>: one part of one task moves to another carrier for the week.</summary>
/// <remarks>Immutable and thread-safe; equality compares every member.</remarks>
public sealed record TaskMove
{
    /// <summary>Gets the <see cref="FairnessTask.Name"/> of the task in the ledger (compared ignoring case).</summary>
    public required string Task { get; init; }

    /// <summary>Gets the part of the task that moves.</summary>
    public required TaskRole Role { get; init; }

    /// <summary>Gets who carries that part during the trial.</summary>
    public required Carrier To { get; init; }

    /// <summary>
    /// Gets how many times in the trial week the part comes up, such as 5 for weeknight dinners, from 1 to
    /// <see cref="Experiments.MicroPractice.MaxTimesPerWeek"/>; <see langword="null"/> for once.
    /// </summary>
    public int? TimesPerWeek { get; init; }
}
