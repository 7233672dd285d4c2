using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntimacyKit;

/// <summary>
/// A document that holds what a person entered (answers, plans, logs, worksheets) and keeps the JSON members this
/// version of the library does not know, so that a round trip through an older version loses nothing.
/// </summary>
/// <remarks>
/// <para>
/// The library's user-data types derive from this record; apps cannot derive from it. Read and write these
/// documents through <see cref="Serialization.IntimacyKitJson"/>.
/// </para>
/// <para>
/// Instances are immutable and thread-safe. Record equality compares <see cref="AdditionalProperties"/> by
/// reference, not by content.
/// </para>
/// </remarks>
public abstract record UserDocument
{
    private Dictionary<string, JsonElement>? _additionalProperties;

    private protected UserDocument()
    {
    }

    /// <summary>
    /// Gets JSON members this version does not know, kept so that a round trip loses nothing, or
    /// <see langword="null"/> when there are none. Setting it stores a copy.
    /// </summary>
    /// <remarks>
    /// The copy compares keys with <see cref="StringComparer.Ordinal"/>, so changing the dictionary passed in
    /// afterwards does not change the document. When written as JSON, these members follow the known ones.
    /// </remarks>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement>? AdditionalProperties
    {
        get => _additionalProperties;
        init => _additionalProperties = value is null ? null : new Dictionary<string, JsonElement>(value, StringComparer.Ordinal);
    }

    // The serializer's view of AdditionalProperties. An init-only extension data property would be bound as a
    // constructor parameter by the source generator, which System.Text.Json rejects; a settable one is not.
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get => _additionalProperties; set => _additionalProperties = value; }
}
