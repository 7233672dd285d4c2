namespace IntimacyKit.Repair;

/// <summary>
/// One thing the <see cref="ApologyReviewer"/> points out in a draft apology: a missing step, a vague change or a
/// non-apology, with where it is, which rule found it and a plain explanation.
/// </summary>
/// <remarks>Instances are immutable and thread-safe; equality compares all members.</remarks>
public sealed record ApologyFinding
{
    /// <summary>Gets what was found.</summary>
    public required ApologyFindingKind Kind { get; init; }

    /// <summary>
    /// Gets the index in the draft of the span's first character. A <see cref="ApologyFindingKind.MissingStep"/> has no
    /// span: its <see cref="Start"/> and <see cref="Length"/> are 0.
    /// </summary>
    public required int Start { get; init; }

    /// <summary>Gets the length of the span in characters; 0 for a missing step.</summary>
    public required int Length { get; init; }

    /// <summary>Gets the span's text, exactly as it is in the draft; empty for a missing step.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// Gets the id of the rule that fired, such as <c>non-apology-if</c> or <c>vague-effort</c>; for a missing step
    /// <c>missing-</c> and the step (<c>missing-state-change</c>), and for a change without a time <c>change-without-time</c>.
    /// </summary>
    public required string RuleId { get; init; }

    /// <summary>Gets a plain explanation of the finding and what to do instead.</summary>
    public required string Explanation { get; init; }

    /// <summary>Gets the step concerned: the missing step, <see cref="RepairStep.StateChange"/> for a vague change, or <see langword="null"/> for a non-apology.</summary>
    public RepairStep? Step { get; init; }
}
