using System.Collections.Immutable;

namespace IntimacyKit.Patterns;

/// <summary>One partner's part in a <see cref="Dance"/>: the move they make and how it feeds the other's move.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record DanceRole
{
    /// <summary>Gets the role's name, such as <c>pursuer</c> or <c>over-functioner</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the anxiety response this role usually expresses, or <see langword="null"/> when it mixes several.</summary>
    public AnxietyResponse? Response { get; init; }

    /// <summary>
    /// Gets the moves, besides <see cref="Response"/>, that show a person in this role, such as
    /// <see cref="DanceMove.UnderFunction"/>; empty when the response alone shows it. The self-assessment reads a
    /// role from a person's answers to the questions about its response and its moves, and from nothing else.
    /// </summary>
    public ImmutableArray<DanceMove> Moves { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets what the person in this role typically does.</summary>
    public required string Move { get; init; }

    /// <summary>Gets how this move provokes or feeds the other partner's move.</summary>
    public required string FeedsTheOther { get; init; }
}
