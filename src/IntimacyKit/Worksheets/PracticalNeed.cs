namespace IntimacyKit.Worksheets;

/// <summary>
/// One practical need of a <see cref="CrisisSupportPlan"/> and who takes it on: one partner, both, or someone outside
/// the couple (a friend, a relative, a service).
/// </summary>
/// <remarks>Immutable and thread-safe; equality compares every member. Give <see cref="DoneBy"/>, <see cref="Helper"/> or both.</remarks>
public sealed record PracticalNeed
{
    /// <summary>Gets what needs doing, such as "drive to the Tuesday treatments" or "cook on weeknights".</summary>
    public required string Need { get; init; }

    /// <summary>Gets which partner takes it on, or <see langword="null"/> when someone else does.</summary>
    public Carrier? DoneBy { get; init; }

    /// <summary>Gets someone outside the couple who takes it on or helps, such as "my sister", or <see langword="null"/>.</summary>
    public string? Helper { get; init; }
}
