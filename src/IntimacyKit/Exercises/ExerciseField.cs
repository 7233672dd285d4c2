namespace IntimacyKit.Exercises;

/// <summary>
/// One thing a person fills in when doing an <see cref="Exercise"/>: its label, its type and the
/// limits its answer must keep to.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ExerciseField
{
    /// <summary>The longest text accepted in one text answer, list entry or table cell when <see cref="MaxLength"/> is not set.</summary>
    public const int DefaultMaxLength = DocumentLimits.MaxTextLength;

    /// <summary>Gets the field's id, lower-kebab-case and unique within its exercise; answers are keyed by it.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the label to show beside the field.</summary>
    public required string Label { get; init; }

    /// <summary>Gets the type of value the field takes.</summary>
    public required FieldType Type { get; init; }

    /// <summary>
    /// Gets a value indicating whether the field may be left blank. Fields are required unless marked optional
    /// (in JSON: <c>"isOptional": true</c>).
    /// </summary>
    public bool IsOptional { get; init; }

    /// <summary>Gets a hint to show a person, or <see langword="null"/>.</summary>
    public string? Help { get; init; }

    /// <summary>Gets the longest text accepted in a text answer, a list entry or a table cell; <see langword="null"/> means <see cref="DefaultMaxLength"/>.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Gets the fewest entries (list) or rows (table) a complete answer has; <see langword="null"/> means one.</summary>
    public int? MinItems { get; init; }

    /// <summary>Gets the most entries (list) or rows (table) accepted, or <see langword="null"/> for no limit.</summary>
    public int? MaxItems { get; init; }

    /// <summary>Gets the lowest value of a rating field's scale; <see langword="null"/> means 1.</summary>
    public int? MinRating { get; init; }

    /// <summary>Gets the highest value of a rating field's scale; <see langword="null"/> means 10.</summary>
    public int? MaxRating { get; init; }

    /// <summary>Gets the heading of a two-column table's left column, or <see langword="null"/> for other types.</summary>
    public string? LeftColumn { get; init; }

    /// <summary>Gets the heading of a two-column table's right column, or <see langword="null"/> for other types.</summary>
    public string? RightColumn { get; init; }
}
