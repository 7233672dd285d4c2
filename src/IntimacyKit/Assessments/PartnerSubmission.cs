using System.Collections.Immutable;
using IntimacyKit.Exercises;

namespace IntimacyKit.Assessments;

/// <summary>One partner's answers to a <see cref="JointSession"/>'s exercise, and which of them they keep private.</summary>
/// <remarks>
/// Instances are immutable and thread-safe; JSON members this version does not know are kept in
/// <see cref="UserDocument.AdditionalProperties"/>. Record equality compares the collections by reference.
/// </remarks>
public sealed record PartnerSubmission : UserDocument
{
    /// <summary>Gets the app's identifier of the partner who answered.</summary>
    public required string PartnerId { get; init; }

    /// <summary>Gets the partner's answers.</summary>
    public required ExerciseResponse Response { get; init; }

    /// <summary>Gets the ids of the fields whose answers the partner keeps to themselves; they are never shown to the other partner.</summary>
    public ImmutableArray<string> PrivateFieldIds { get; init => field = value.OrEmpty(); } = [];
}
