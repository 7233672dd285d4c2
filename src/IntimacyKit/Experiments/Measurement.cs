using System.Text.Json.Serialization;

namespace IntimacyKit.Experiments;

/// <summary>A reading of the goal's <see cref="GoalMeasure"/> on a day. One reading per day.</summary>
/// <remarks>
/// Instances are immutable and thread-safe; equality compares all members. The members' setters are internal so
/// that the JSON source generator reads them without its slower constructor path, as for <see cref="PracticeLog"/>.
/// </remarks>
public sealed record Measurement
{
    /// <summary>Initializes a reading.</summary>
    /// <param name="Date">The day of the reading, within the experiment's dates.</param>
    /// <param name="Value">The value, on the measure's scale (see <see cref="GoalMeasure.IsOnScale"/>).</param>
    /// <param name="Note">The person's note, or <see langword="null"/>.</param>
#pragma warning disable SA1313 // Parameter names match the members, as in a positional record.
    public Measurement(DateOnly Date, int Value, string? Note = null)
#pragma warning restore SA1313
    {
        this.Date = Date;
        this.Value = Value;
        this.Note = Note;
    }

    [JsonConstructor]
    internal Measurement()
    {
    }

    /// <summary>Gets the day of the reading.</summary>
    [JsonInclude]
    [JsonRequired]
    public DateOnly Date { get; internal set; }

    /// <summary>Gets the value, on the measure's scale.</summary>
    [JsonInclude]
    [JsonRequired]
    public int Value { get; internal set; }

    /// <summary>Gets the person's note, or <see langword="null"/>.</summary>
    [JsonInclude]
    public string? Note { get; internal set; }
}
