using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Worksheets;

/// <summary>Who carries a part of a task, or who takes on a practical need: one partner or both.</summary>
/// <remarks>In JSON the values are lower kebab case: <c>first-partner</c>, <c>second-partner</c>, <c>both</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<Carrier>))]
public enum Carrier
{
    /// <summary>The first partner named on the worksheet.</summary>
    FirstPartner = 1,

    /// <summary>The second partner named on the worksheet.</summary>
    SecondPartner = 2,

    /// <summary>Both partners, equally.</summary>
    Both = 3,
}
