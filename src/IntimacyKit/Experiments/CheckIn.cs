namespace IntimacyKit.Experiments;

/// <summary>
/// A check-in on an experiment: what worked, what to adjust, and whether to keep, change or stop the practice.
/// </summary>
/// <remarks>Instances are immutable and thread-safe; equality compares all members.</remarks>
public sealed record CheckIn
{
    /// <summary>Gets whether this is the mid-point or the final check-in.</summary>
    public required CheckInKind Kind { get; init; }

    /// <summary>Gets the day of the check-in.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Gets what worked, in the person's words.</summary>
    public string WhatWorked { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets what to adjust, in the person's words.</summary>
    public string WhatToAdjust { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the decision: keep, change or stop.</summary>
    public required CheckInDecision Decision { get; init; }
}
