namespace IntimacyKit.Experiments;

/// <summary>A move made on an experiment, on a date, with an optional note such as why it was paused.</summary>
/// <param name="Date">The day the move was made.</param>
/// <param name="Move">The move.</param>
/// <param name="Note">The person's note, or <see langword="null"/>.</param>
/// <remarks>Instances are immutable and thread-safe; equality compares all members.</remarks>
public sealed record ExperimentEvent(DateOnly Date, ExperimentMove Move, string? Note = null);
