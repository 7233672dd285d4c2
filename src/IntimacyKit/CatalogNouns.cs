using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit;

/// <summary>Plain names of the kinds of catalog item, for messages.</summary>
internal static class CatalogNouns
{
    public static string Of(Type type) => type switch
    {
        _ when type == typeof(Chapter) => "chapter",
        _ when type == typeof(PatternDescription) => "pattern",
        _ when type == typeof(Dance) => "dance",
        _ when type == typeof(Practice) => "practice",
        _ when type == typeof(Exercise) => "exercise",
        _ when type == typeof(Principle) => "principle",
        _ when type == typeof(ToolboxItem) => "toolbox item",
        _ => "item",
    };
}
