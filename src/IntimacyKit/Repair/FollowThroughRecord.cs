namespace IntimacyKit.Repair;

/// <summary>
/// One entry of a <see cref="RepairPlan"/>'s follow-through over time: on a given day, whether the promised change was
/// kept, with an optional note. Trust comes back through steady, visible behaviour, so a plan keeps these records.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. JSON members this version does not know are kept in
/// <see cref="UserDocument.AdditionalProperties"/> so that they survive a round trip.
/// </remarks>
public sealed record FollowThroughRecord : UserDocument
{
    /// <summary>Gets the day the record is about.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Gets a value indicating whether the change was kept that day.</summary>
    public required bool Kept { get; init; }

    /// <summary>Gets an optional note, such as what helped or what got in the way, or <see langword="null"/>.</summary>
    public string? Note { get; init; }
}
