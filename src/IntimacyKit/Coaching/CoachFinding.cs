using System.Collections.Immutable;

namespace IntimacyKit.Coaching;

/// <summary>
/// One piece of wording the <see cref="MessageCoach"/> points out in a message: where it is, which rule found it, why it
/// tends to backfire, and what to try instead.
/// </summary>
/// <remarks>Instances are immutable and thread-safe. Record equality compares the collections by reference.</remarks>
public sealed record CoachFinding
{
    /// <summary>Gets the kind of wording, such as <see cref="CoachFindingKind.Generalisation"/>.</summary>
    public required CoachFindingKind Kind { get; init; }

    /// <summary>Gets the index in the message of the span's first character.</summary>
    public required int Start { get; init; }

    /// <summary>Gets the length of the span in characters.</summary>
    public required int Length { get; init; }

    /// <summary>Gets the span's text, exactly as it is in the message (<c>message.Substring(Start, Length)</c>).</summary>
    public required string Text { get; init; }

    /// <summary>Gets the id of the coach rule that found the span, such as <c>you-always</c>, so that every finding can be explained.</summary>
    public required string RuleId { get; init; }

    /// <summary>Gets a plain explanation of why this wording tends to backfire.</summary>
    public required string Explanation { get; init; }

    /// <summary>Gets a suggestion of what to say instead.</summary>
    public required string Suggestion { get; init; }

    /// <summary>
    /// Gets the antidote to this kind of wording, in a sentence: for criticism, a gentle start-up with the honesty formula;
    /// for contempt, appreciation and one's own feelings; for defensiveness, taking responsibility with the repair
    /// checklist; for stonewalling, a bridge sentence and a timed break.
    /// </summary>
    public required string Antidote { get; init; }

    /// <summary>
    /// Gets the id of the catalog item that practises the <see cref="Antidote"/>, a toolbox item, script or practice of
    /// <see cref="IntimacyCatalog.BuiltIn"/> (such as <c>honesty-formula</c> or <c>repair-checklist</c>); look it up with
    /// <see cref="IntimacyCatalog.Get{T}(string)"/> and <see cref="ICatalogItem"/>.
    /// </summary>
    public required string AntidoteId { get; init; }

    /// <summary>
    /// Gets, for a <see cref="CoachFindingKind.FauxFeeling"/>, the real feelings that often sit beneath the word, from the
    /// <see cref="FeelingsVocabulary"/> (for "abandoned": lonely, scared, sad); empty for the other kinds.
    /// </summary>
    public ImmutableArray<string> UnderlyingFeelings { get; init => field = value.OrEmpty(); } = [];
}
