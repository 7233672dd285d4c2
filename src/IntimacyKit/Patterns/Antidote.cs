using IntimacyKit.Exercises;

namespace IntimacyKit.Patterns;

/// <summary>
/// One antidote to an intimacy-anxiety pattern: something a person can practise instead, such as
/// <c>Make small acts of self-assertion, such as one small no each week.</c>, with what it asks of them with their
/// partner and, when it asks something, a safety note.
/// </summary>
/// <remarks>
/// In JSON an antidote is an object: <c>{ "text": "...", "partnerInvolvement": "confront", "safetyNote": "..." }</c>;
/// <c>partnerInvolvement</c> defaults to <c>none</c> and <c>safetyNote</c> may then be left out.
/// Instances are immutable and thread-safe; equality compares the three members.
/// </remarks>
public sealed record Antidote : IPartnerInvolving
{
    /// <summary>Gets what to practise, in plain words.</summary>
    public required string Text { get; init; }

    /// <summary>Gets what the antidote asks a person to do with their partner; <see cref="PartnerInvolvement.None"/> when it is something to do on one's own.</summary>
    public PartnerInvolvement PartnerInvolvement { get; init; }

    /// <inheritdoc/>
    public string? SafetyNote { get; init; }

    /// <summary>Returns the antidote's <see cref="Text"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
