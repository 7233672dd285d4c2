using System.Collections.Immutable;
using IntimacyKit.Exercises;

namespace IntimacyKit.Scripts;

/// <summary>
/// An item of the book summary's practical toolbox: a quick script, such as the bridge sentence for
/// withdrawal, or a checklist, such as the five repair steps.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. Record equality compares the collections by reference.
/// </remarks>
public sealed record ToolboxItem : ICatalogItem, IPartnerInvolving
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the id of the chapter whose ideas the item puts to work.</summary>
    public required string ChapterId { get; init; }

    /// <summary>Gets the item's name, such as <c>Bridge sentence for withdrawal</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets whether the item is a script or a checklist.</summary>
    public required ToolboxItemKind Kind { get; init; }

    /// <summary>Gets when to reach for the item.</summary>
    public required string Purpose { get; init; }

    /// <summary>
    /// Gets the wording, with blanks in square brackets, such as
    /// <c>I feel [feeling] when [behavior]; I'd like [concrete request].</c>
    /// A checklist's text introduces its <see cref="Steps"/>.
    /// </summary>
    public required string Text { get; init; }

    /// <summary>Gets the id of the <see cref="ScriptTemplate"/> that renders the item in a person's own words, or <see langword="null"/>.</summary>
    public string? ScriptId { get; init; }

    /// <summary>Gets a checklist's steps, in order; empty for a script.</summary>
    public ImmutableArray<string> Steps { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets what using the item asks a person to do with their partner; <see cref="PartnerInvolvement.None"/> for asking for space or calming down.</summary>
    public PartnerInvolvement PartnerInvolvement { get; init; }

    /// <inheritdoc/>
    public string? SafetyNote { get; init; }
}
