using System.Collections.Immutable;
using IntimacyKit.Safety;

namespace IntimacyKit.Repair;

/// <summary>
/// What the <see cref="ApologyReviewer"/> found in a draft apology: which of the five repair steps are present (with
/// their spans) and which are missing, whether the promised change is vague, and whether it is a non-apology.
/// </summary>
/// <remarks>Instances are immutable and thread-safe. Record equality compares the collections by reference.</remarks>
public sealed record ApologyReview
{
    /// <summary>Gets the draft that was reviewed, as it was given.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the steps found, ordered by <see cref="ApologyStepSpan.Start"/>; a step can be found more than once.</summary>
    public ImmutableArray<ApologyStepSpan> Steps { get; init => field = value.OrEmpty(); } = [];

    /// <summary>
    /// Gets the findings: non-apologies and vague changes ordered by position, then one
    /// <see cref="ApologyFindingKind.MissingStep"/> finding per missing step, in checklist order.
    /// </summary>
    public ImmutableArray<ApologyFinding> Findings { get; init => field = value.OrEmpty(); } = [];

    /// <summary>
    /// Gets what the safety screen found when the draft shows any sign of danger (violence, threats, coercive control,
    /// self-harm), or <see langword="null"/>. When it is set the review has no steps and no findings: an apology is not
    /// what is needed, and an app shows <see cref="SafetyResult.Resources"/> instead of polishing the words.
    /// </summary>
    public SafetyResult? Safety { get; init; }

    /// <summary>Gets the steps of the checklist with no span in the draft, in checklist order.</summary>
    public ImmutableArray<RepairStep> MissingSteps =>
        Safety is null ? [.. RepairChecklist.Steps.Where(s => !Steps.Any(f => f.Step == s))] : [];

    /// <summary>Gets a value indicating whether the promised change has no concrete action or no time.</summary>
    public bool HasVagueChange => Findings.Any(f => f.Kind == ApologyFindingKind.VagueChange);

    /// <summary>Gets a value indicating whether the draft uses non-apology wording ("sorry if…", "sorry, but you…").</summary>
    public bool IsNonApology => Findings.Any(f => f.Kind == ApologyFindingKind.NonApology);

    /// <summary>Gets a value indicating whether the draft has all five steps, a concrete change and no non-apology, and the safety screen found nothing.</summary>
    public bool IsComplete => Safety is null && Findings.IsEmpty;
}
