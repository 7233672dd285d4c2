namespace IntimacyKit.Assessments;

/// <summary>One answer that counts as evidence for a person's part in a dance: the question, the answer given and how strongly it leans toward the part.</summary>
/// <remarks>Instances are immutable and thread-safe; equality compares all members.</remarks>
public sealed record AnswerEvidence
{
    /// <summary>Gets the id of the question answered.</summary>
    public required string QuestionId { get; init; }

    /// <summary>Gets the statement the person rated.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the answer as given, on the questionnaire's scale.</summary>
    public required int Answer { get; init; }

    /// <summary>Gets a value indicating whether the statement is worded the other way round, so a low answer leans toward the part.</summary>
    public required bool Reversed { get; init; }

    /// <summary>Gets how strongly the answer leans toward the part, from 0 (not at all) to 1 (fully), after reversing a reversed statement's answer.</summary>
    public required double Strength { get; init; }
}
