using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Exercises;

/// <summary>The type of value a person enters in an <see cref="ExerciseField"/>.</summary>
/// <remarks>In JSON the values are lower-kebab-case: <c>text</c>, <c>two-column-table</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<FieldType>))]
public enum FieldType
{
    /// <summary>Free text, answered with a <see cref="TextAnswer"/>.</summary>
    Text = 1,

    /// <summary>A list of short entries, answered with a <see cref="ListAnswer"/>.</summary>
    List = 2,

    /// <summary>Rows of two cells under two column headings, answered with a <see cref="TableAnswer"/>.</summary>
    TwoColumnTable = 3,

    /// <summary>A length of time, answered with a <see cref="DurationAnswer"/>.</summary>
    Duration = 4,

    /// <summary>A time of day, answered with a <see cref="TimeAnswer"/>.</summary>
    Time = 5,

    /// <summary>A whole number on a scale, answered with a <see cref="RatingAnswer"/>.</summary>
    Rating = 6,

    /// <summary>A calendar date, answered with a <see cref="DateAnswer"/>.</summary>
    Date = 7,
}
