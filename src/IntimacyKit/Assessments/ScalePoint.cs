namespace IntimacyKit.Assessments;

/// <summary>One point of a <see cref="Questionnaire"/>'s answer scale, such as <c>3</c> = <c>Sometimes</c>.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ScalePoint
{
    /// <summary>Gets the value an answer records when a person picks this point.</summary>
    public required int Value { get; init; }

    /// <summary>Gets the label to show for this point, such as <c>Often</c>.</summary>
    public required string Label { get; init; }
}
