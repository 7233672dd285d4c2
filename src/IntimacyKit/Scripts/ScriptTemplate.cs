using System.Collections.Immutable;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;

namespace IntimacyKit.Scripts;

/// <summary>
/// A short conversation script with blanks, such as the honesty formula, as a Scriban template with declared
/// parameters. Render it with a <see cref="ScriptRenderer"/>.
/// </summary>
/// <remarks>
/// A template's <see cref="Source"/> may use its parameters, <c>if</c>/<c>else</c>, and the <c>string</c>,
/// <c>math</c>, <c>array</c> and <c>html</c> functions; loops, functions, assignments, includes and the other
/// builtins are rejected when the content pack is added. Instances are immutable and thread-safe. Record equality compares the collections by reference.
/// </remarks>
public sealed record ScriptTemplate : ICatalogItem, IPartnerInvolving
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the id of the chapter the script puts to work.</summary>
    public required string ChapterId { get; init; }

    /// <summary>Gets the script's title, such as <c>Honesty formula</c>.</summary>
    public required string Title { get; init; }

    /// <summary>Gets what the script is for.</summary>
    public required string Purpose { get; init; }

    /// <summary>Gets when to reach for it.</summary>
    public required string WhenToUse { get; init; }

    /// <summary>Gets the anxiety responses the script helps with; empty when it helps with all of them.</summary>
    public ImmutableArray<AnxietyResponse> Patterns { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets what saying the script to a partner asks of a person; <see cref="PartnerInvolvement.None"/> for asking for space or calming down.</summary>
    public PartnerInvolvement PartnerInvolvement { get; init; }

    /// <inheritdoc/>
    public string? SafetyNote { get; init; }

    /// <summary>Gets the Scriban source, such as <c>I feel {{ feeling }} when {{ behaviour }}; I'd like {{ request }}.</c></summary>
    public required string Source { get; init; }

    /// <summary>Gets the blanks the script has, in the order a person fills them.</summary>
    public ImmutableArray<ScriptParameter> Parameters { get; init => field = value.OrEmpty(); } = [];
}
