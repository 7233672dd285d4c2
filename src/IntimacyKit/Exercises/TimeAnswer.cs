namespace IntimacyKit.Exercises;

/// <summary>An answer to a <see cref="FieldType.Time"/> field, such as the time to reconnect.</summary>
/// <param name="Value">The time of day.</param>
public sealed record TimeAnswer(TimeOnly Value) : FieldAnswer(FieldType.Time);
