using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntimacyKit.Serialization;

/// <summary>
/// Reads and writes a <see cref="DateOnly"/> as <c>yyyy-MM-dd</c>, refusing a date outside the years
/// <see cref="DocumentLimits.MinYear"/> to <see cref="DocumentLimits.MaxYear"/> (such as <c>0001-01-01</c>) with its path.
/// </summary>
internal sealed class PlausibleDateConverter : JsonConverter<DateOnly>
{
    private const string Format = "yyyy-MM-dd";

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String
            || !DateOnly.TryParseExact(reader.GetString(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new StrictJsonException("wrong-type", $"{StrictJsonException.NotADate}, such as \"2025-03-14\".");
        }

        return date.Year is < DocumentLimits.MinYear or > DocumentLimits.MaxYear
            ? throw new StrictJsonException("out-of-range", string.Create(CultureInfo.InvariantCulture,
                $"The date {date.ToString(Format, CultureInfo.InvariantCulture)} {StrictJsonException.NotPlausible} dates are from {DocumentLimits.MinYear} to {DocumentLimits.MaxYear}."))
            : date;
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
