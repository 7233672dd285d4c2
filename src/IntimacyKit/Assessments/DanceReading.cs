namespace IntimacyKit.Assessments;

/// <summary>
/// How a <see cref="Questionnaire"/> describes a dance when two partners' answers show it: in neutral words about the
/// moves, not about the people, and, where the dance can touch fear, threats or control, with a safety note.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record DanceReading
{
    /// <summary>Gets the id of the catalog's dance this reading describes, such as <c>pursuer-distancer</c>.</summary>
    public required string DanceId { get; init; }

    /// <summary>Gets two or three sentences, addressed to both partners, about the moves their answers show.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// Gets the sentence to show with the reading when the dance can touch fear, threats or control: that fear is not a
    /// dance, and safety comes first; <see langword="null"/> when the dance does not touch them.
    /// </summary>
    public string? SafetyNote { get; init; }
}
