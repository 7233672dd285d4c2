using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntimacyKit.Serialization;

/// <summary>
/// Writes and reads an IntimacyKit enum as a lower-kebab-case string (<c>script-rehearsal</c>). Reading takes only
/// the exact name of one defined value: numbers, other casings (<c>Writing</c>) and comma lists
/// (<c>withdraw, pursue</c>, which <see cref="JsonStringEnumConverter"/> would combine into another value) are refused
/// with the JSON path.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class KebabCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> s_names =
        Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> s_values =
        s_names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"The value is {Describe(reader.TokenType)}; {StrictJsonException.NotOneValue} {Expected()}, as a string.");
        }

        return Parse(reader.GetString());
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(NameOf(value));

    /// <inheritdoc/>
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WritePropertyName(NameOf(value));

    private static TEnum Parse(string? text) =>
        text is not null && s_values.TryGetValue(text, out var value)
            ? value
            : throw new JsonException($"'{Shorten(text)}' is not a {typeof(TEnum).Name}; {StrictJsonException.NotOneValue} {Expected()} (lower-kebab-case, one value).");

    private static string NameOf(TEnum value) =>
        s_names.TryGetValue(value, out var name)
            ? name
            : throw new JsonException($"{Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)} is not a defined {typeof(TEnum).Name} and cannot be written.");

    private static string Expected() => string.Join(", ", Enum.GetValues<TEnum>().Distinct().Select(v => $"'{s_names[v]}'"));

    private static string Shorten(string? text) => text is null ? "null" : text.Length <= 40 ? text : text[..40] + "...";

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
