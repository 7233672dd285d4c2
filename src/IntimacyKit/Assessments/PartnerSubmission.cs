using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using IntimacyKit.Exercises;

namespace IntimacyKit.Assessments;

/// <summary>One partner's answers to a <see cref="JointSession"/>'s exercise, and which of them they keep private.</summary>
/// <remarks>
/// Instances are immutable and thread-safe; JSON members this version does not know are kept in
/// <see cref="AdditionalProperties"/>. Record equality compares the collections by reference.
/// </remarks>
public sealed record PartnerSubmission
{
    private Dictionary<string, JsonElement>? _additionalProperties;

    /// <summary>Gets the app's identifier of the partner who answered.</summary>
    public required string PartnerId { get; init; }

    /// <summary>Gets the partner's answers.</summary>
    public required ExerciseResponse Response { get; init; }

    /// <summary>Gets the ids of the fields whose answers the partner keeps to themselves; they are never shown to the other partner.</summary>
    public ImmutableArray<string> PrivateFieldIds { get; init => field = value.OrEmpty(); } = [];

    /// <summary>
    /// Gets JSON members this version does not know, kept so that a round trip loses nothing, or
    /// <see langword="null"/> when there are none. Setting it stores a copy.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement>? AdditionalProperties
    {
        get => _additionalProperties;
        init => _additionalProperties = value is null ? null : new Dictionary<string, JsonElement>(value, StringComparer.Ordinal);
    }

    // The serializer's view of AdditionalProperties (see ExerciseResponse for why it is settable and internal).
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get => _additionalProperties; set => _additionalProperties = value; }
}
