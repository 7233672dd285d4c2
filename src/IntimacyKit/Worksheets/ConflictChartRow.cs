namespace IntimacyKit.Worksheets;

/// <summary>One row of a <see cref="ConflictChart"/>: a recurring conflict and what each partner does during it.</summary>
/// <remarks>Immutable and thread-safe; equality compares both cells.</remarks>
public sealed record ConflictChartRow
{
    /// <summary>Gets the recurring conflict, such as "who does the evening dishes".</summary>
    public required string Conflict { get; init; }

    /// <summary>Gets what each partner typically does during it, such as "I criticise; Sam goes quiet and leaves the room".</summary>
    public required string Moves { get; init; }
}
