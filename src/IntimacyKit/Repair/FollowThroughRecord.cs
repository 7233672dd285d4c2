using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntimacyKit.Repair;

/// <summary>
/// One entry of a <see cref="RepairPlan"/>'s follow-through over time: on a given day, whether the promised change was
/// kept, with an optional note. Trust comes back through steady, visible behaviour, so a plan keeps these records.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. JSON members this version does not know are kept in
/// <see cref="AdditionalProperties"/> so that they survive a round trip.
/// </remarks>
public sealed record FollowThroughRecord
{
    private Dictionary<string, JsonElement>? _additionalProperties;

    /// <summary>Gets the day the record is about.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Gets a value indicating whether the change was kept that day.</summary>
    public required bool Kept { get; init; }

    /// <summary>Gets an optional note, such as what helped or what got in the way, or <see langword="null"/>.</summary>
    public string? Note { get; init; }

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

    // The serializer's view of AdditionalProperties (see ExerciseResponse for why it is settable).
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get => _additionalProperties; set => _additionalProperties = value; }
}
