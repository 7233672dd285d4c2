using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntimacyKit.Serialization;

/// <summary>
/// Reads and writes a <see cref="TimeSpan"/> in the constant form (<c>00:20:00</c>, <c>1.02:00:00</c>), refusing a
/// length of time longer than <see cref="DocumentLimits.MaxDurationDays"/> days either way (such as 29,000 years) with its path.
/// </summary>
internal sealed class PlausibleDurationConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String
            || !TimeSpan.TryParseExact(reader.GetString(), "c", CultureInfo.InvariantCulture, out var duration))
        {
            throw new StrictJsonException("wrong-type", $"{StrictJsonException.NotADuration} [d.]hh:mm:ss, such as \"00:20:00\".");
        }

        return duration.Duration() > TimeSpan.FromDays(DocumentLimits.MaxDurationDays)
            ? throw new StrictJsonException("out-of-range", string.Create(CultureInfo.InvariantCulture,
                $"The length of time {duration:c} {StrictJsonException.NotPlausible} the longest is {DocumentLimits.MaxDurationDays} days."))
            : duration;
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("c", CultureInfo.InvariantCulture));
}
