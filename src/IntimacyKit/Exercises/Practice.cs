using System.Collections.Immutable;
using IntimacyKit.Patterns;

namespace IntimacyKit.Exercises;

/// <summary>
/// A practical takeaway of a chapter: something to practise in daily life, such as saying one small
/// "no" each week.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record Practice : ICatalogItem, IPartnerInvolving
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the id of the chapter the practice comes from.</summary>
    public required string ChapterId { get; init; }

    /// <summary>Gets a short imperative title, such as <c>Say one small no each week</c>.</summary>
    public required string Title { get; init; }

    /// <summary>Gets what to do and why, in a few sentences.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the anxiety responses the practice works against; empty when it helps with all of them.</summary>
    public ImmutableArray<AnxietyResponse> Patterns { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets what the practice asks a person to do with their partner; <see cref="PartnerInvolvement.None"/> for reflection and self-care.</summary>
    public PartnerInvolvement PartnerInvolvement { get; init; }

    /// <inheritdoc/>
    public string? SafetyNote { get; init; }
}
