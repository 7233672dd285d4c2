namespace IntimacyKit.Repair;

/// <summary>Where the <see cref="ApologyReviewer"/> found a step of the repair checklist in a draft apology, and which rule found it.</summary>
/// <remarks>Instances are immutable and thread-safe; equality compares all members.</remarks>
public sealed record ApologyStepSpan
{
    /// <summary>Gets the step found.</summary>
    public required RepairStep Step { get; init; }

    /// <summary>Gets the index in the draft of the span's first character.</summary>
    public required int Start { get; init; }

    /// <summary>Gets the length of the span in characters.</summary>
    public required int Length { get; init; }

    /// <summary>Gets the span's text, exactly as it is in the draft.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the id of the rule that found the span, such as <c>remorse-sorry</c>.</summary>
    public required string RuleId { get; init; }
}
