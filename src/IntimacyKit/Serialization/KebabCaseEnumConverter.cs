using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntimacyKit.Serialization;

/// <summary>
/// Writes and reads an IntimacyKit enum as a lower-kebab-case string (<c>script-rehearsal</c>);
/// numbers are rejected so that content stays readable.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class KebabCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
