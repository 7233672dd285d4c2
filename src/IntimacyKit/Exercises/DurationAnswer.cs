namespace IntimacyKit.Exercises;

/// <summary>An answer to a <see cref="FieldType.Duration"/> field, such as the length of a break.</summary>
/// <param name="Value">The length of time; it must be positive.</param>
public sealed record DurationAnswer(TimeSpan Value) : FieldAnswer(FieldType.Duration);
