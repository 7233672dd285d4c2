using System.Collections.Immutable;
using IntimacyKit.Patterns;

namespace IntimacyKit.Exercises;

/// <summary>
/// A chapter of <i>The Dance of Intimacy</i> (or its conclusion) as the catalog tells it: title,
/// theme and key ideas. Its practices and exercises are catalog items that name the chapter; see
/// <see cref="IntimacyCatalog.GetPracticesInChapter(string)"/> and <see cref="IntimacyCatalog.GetExercisesInChapter(string)"/>.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. Record equality compares the collections by reference.
/// </remarks>
public sealed record Chapter : ICatalogItem
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>
    /// Gets the chapter's number (1 to 10 in the book; a content pack may add others, each number used once),
    /// or <see langword="null"/> for a section without one, such as the conclusion.
    /// </summary>
    public int? Number { get; init; }

    /// <summary>Gets the chapter's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the chapter's theme in one or two sentences.</summary>
    public required string Theme { get; init; }

    /// <summary>Gets the chapter's key ideas, in the catalog's own words.</summary>
    public ImmutableArray<string> KeyIdeas { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the anxiety responses the chapter is mostly about; empty when it is about all of them.</summary>
    public ImmutableArray<AnxietyResponse> Patterns { get; init => field = value.OrEmpty(); } = [];
}
