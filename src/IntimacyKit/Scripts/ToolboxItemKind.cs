using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Scripts;

/// <summary>What a <see cref="ToolboxItem"/> is: a script to say, or a checklist to work through.</summary>
/// <remarks>In JSON the values are lower case: <c>script</c>, <c>checklist</c>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<ToolboxItemKind>))]
public enum ToolboxItemKind
{
    /// <summary>A sentence or two to say, with blanks to fill, such as the honesty formula.</summary>
    Script = 1,

    /// <summary>Ordered steps to work through, such as the repair checklist.</summary>
    Checklist = 2,
}
