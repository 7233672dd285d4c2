namespace IntimacyKit.Exercises;

/// <summary>An answer to a <see cref="FieldType.Text"/> field.</summary>
/// <param name="Value">The text the person wrote.</param>
public sealed record TextAnswer(string Value) : FieldAnswer(FieldType.Text);
