namespace IntimacyKit.Exercises;

/// <summary>An answer to a <see cref="FieldType.Rating"/> field.</summary>
/// <param name="Value">The rating; it must lie on the field's scale.</param>
public sealed record RatingAnswer(int Value) : FieldAnswer(FieldType.Rating);
