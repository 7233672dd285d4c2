using System.Collections.Immutable;

namespace IntimacyKit.Patterns;

/// <summary>
/// What one intimacy-anxiety response looks like, what drives it, what it does to the partner,
/// and the practices that loosen it.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. Record equality compares the collections by reference;
/// compare serialized JSON when you need deep equality.
/// </remarks>
public sealed record PatternDescription : ICatalogItem
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the response this pattern describes.</summary>
    public required AnxietyResponse Response { get; init; }

    /// <summary>Gets the pattern's short name, such as <c>Withdrawal</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets a one- or two-sentence summary of the pattern.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets what the pattern looks like from outside: signs such as silence or over-helping.</summary>
    public ImmutableArray<string> Signs { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the fear that usually sits beneath the pattern.</summary>
    public required string UnderlyingFear { get; init; }

    /// <summary>Gets how the pattern tends to leave the partner feeling.</summary>
    public required string EffectOnPartner { get; init; }

    /// <summary>Gets how the pattern feeds the partner's own response, which in turn feeds this one.</summary>
    public required string HowItFeedsThePartner { get; init; }

    /// <summary>
    /// Gets the antidotes: what a person can practise instead, in plain words, each with what it asks of them with
    /// their partner and a safety note where it asks something. After a safety message, offer only those
    /// <see cref="Safety.SafeCatalogView.GetAntidotes(PatternDescription)"/> returns.
    /// </summary>
    public ImmutableArray<Antidote> Antidotes { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the ids of the catalog's practices that work against this pattern.</summary>
    public ImmutableArray<string> PracticeIds { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the ids of the chapters this description draws on.</summary>
    public ImmutableArray<string> ChapterIds { get; init => field = value.OrEmpty(); } = [];
}
