using System.Text.Json.Serialization;

namespace IntimacyKit.Exercises;

/// <summary>
/// A person's answer to one <see cref="ExerciseField"/>. Each field type has its own answer type,
/// such as <see cref="TextAnswer"/> for <see cref="FieldType.Text"/>.
/// </summary>
/// <remarks>
/// In JSON an answer is an object whose <c>type</c> member names its field type:
/// <c>{ "type": "rating", "value": 7 }</c>. Instances are immutable and thread-safe.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(TextAnswer), "text")]
[JsonDerivedType(typeof(ListAnswer), "list")]
[JsonDerivedType(typeof(TableAnswer), "two-column-table")]
[JsonDerivedType(typeof(DurationAnswer), "duration")]
[JsonDerivedType(typeof(TimeAnswer), "time")]
[JsonDerivedType(typeof(RatingAnswer), "rating")]
[JsonDerivedType(typeof(DateAnswer), "date")]
public abstract record FieldAnswer
{
    private protected FieldAnswer(FieldType type) => Type = type;

    /// <summary>Gets the type of field this answer fills.</summary>
    [JsonIgnore]
    public FieldType Type { get; }
}
