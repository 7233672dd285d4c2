using System.Text.Json.Serialization;

namespace IntimacyKit.Experiments;

/// <summary>That a micro-practice was done on a day, and how many times. One log per practice per day.</summary>
/// <remarks>
/// Instances are immutable and thread-safe; equality compares all members. The members' setters are internal so
/// that the JSON source generator reads logs, the bulk of an experiment, without its slower constructor path.
/// </remarks>
public sealed record PracticeLog
{
    /// <summary>The most times a practice can be logged for one day.</summary>
    public const int MaxTimesPerDay = 24;

    /// <summary>Initializes a log.</summary>
    /// <param name="Date">The day the practice was done, within the experiment's dates.</param>
    /// <param name="PracticeId">The <see cref="MicroPractice.Id"/> of the practice.</param>
    /// <param name="Times">How many times it was done that day, from 1 to <see cref="MaxTimesPerDay"/>.</param>
    /// <param name="Note">The person's note, or <see langword="null"/>.</param>
#pragma warning disable SA1313 // Parameter names match the members, as in a positional record.
    public PracticeLog(DateOnly Date, string PracticeId, int Times = 1, string? Note = null)
#pragma warning restore SA1313
    {
        this.Date = Date;
        this.PracticeId = PracticeId;
        this.Times = Times;
        this.Note = Note;
    }

    [JsonConstructor]
    internal PracticeLog() => PracticeId = string.Empty;

    /// <summary>Gets the day the practice was done.</summary>
    [JsonInclude]
    [JsonRequired]
    public DateOnly Date { get; internal set; }

    /// <summary>Gets the <see cref="MicroPractice.Id"/> of the practice.</summary>
    [JsonInclude]
    [JsonRequired]
    public string PracticeId { get; internal set; }

    /// <summary>Gets how many times it was done that day.</summary>
    [JsonInclude]
    public int Times { get; internal set; } = 1;

    /// <summary>Gets the person's note, or <see langword="null"/>.</summary>
    [JsonInclude]
    public string? Note { get; internal set; }
}
