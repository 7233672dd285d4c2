namespace IntimacyKit.Experiments;

/// <summary>A reading of the goal's <see cref="GoalMeasure"/> on a day. One reading per day.</summary>
/// <param name="Date">The day of the reading, within the experiment's dates.</param>
/// <param name="Value">The value, on the measure's scale (see <see cref="GoalMeasure.IsOnScale"/>).</param>
/// <param name="Note">The person's note, or <see langword="null"/>.</param>
/// <remarks>Instances are immutable and thread-safe; equality compares all members.</remarks>
public sealed record Measurement(DateOnly Date, int Value, string? Note = null);
