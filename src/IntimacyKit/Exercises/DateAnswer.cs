namespace IntimacyKit.Exercises;

/// <summary>An answer to a <see cref="FieldType.Date"/> field.</summary>
/// <param name="Value">The calendar date.</param>
public sealed record DateAnswer(DateOnly Value) : FieldAnswer(FieldType.Date);
