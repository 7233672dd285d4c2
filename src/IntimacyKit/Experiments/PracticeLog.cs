namespace IntimacyKit.Experiments;

/// <summary>That a micro-practice was done on a day, and how many times. One log per practice per day.</summary>
/// <param name="Date">The day the practice was done, within the experiment's dates.</param>
/// <param name="PracticeId">The <see cref="MicroPractice.Id"/> of the practice.</param>
/// <param name="Times">How many times it was done that day, from 1 to <see cref="MaxTimesPerDay"/>.</param>
/// <param name="Note">The person's note, or <see langword="null"/>.</param>
/// <remarks>Instances are immutable and thread-safe; equality compares all members.</remarks>
public sealed record PracticeLog(DateOnly Date, string PracticeId, int Times = 1, string? Note = null)
{
    /// <summary>The most times a practice can be logged for one day.</summary>
    public const int MaxTimesPerDay = 24;
}
