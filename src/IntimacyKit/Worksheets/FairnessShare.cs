namespace IntimacyKit.Worksheets;

/// <summary>
/// Each partner's share of some of the work of a <see cref="TaskFairnessLedger"/>, as computed by
/// <see cref="TaskFairnessLedger.GetShare(TaskKind?, TaskRole?)"/>: every part of a task (conception, planning, doing)
/// counts once; a part carried by both counts half for each.
/// </summary>
/// <param name="Parts">How many task parts were counted; 0 when there was nothing to count.</param>
/// <param name="FirstPartner">The first partner's share, from 0 to 1; 0 when <paramref name="Parts"/> is 0.</param>
/// <param name="SecondPartner">The second partner's share, from 0 to 1; 0 when <paramref name="Parts"/> is 0.</param>
/// <remarks>Immutable and thread-safe; equality compares all three members. When there are parts, the two shares add up to 1.</remarks>
public sealed record FairnessShare(int Parts, double FirstPartner, double SecondPartner)
{
    /// <summary>Gets a value indicating whether there was nothing to count.</summary>
    public bool IsEmpty => Parts == 0;
}
