using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit;

/// <summary>Plain names of the kinds of catalog item, for messages.</summary>
internal static class CatalogNouns
{
    /// <summary>The noun with its indefinite article: "an exercise", "a chapter".</summary>
    public static string WithArticle(Type type)
    {
        var noun = Of(type);
        return ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;
    }

    public static string Of(Type type) => type switch
    {
        _ when type == typeof(Chapter) => "chapter",
        _ when type == typeof(PatternDescription) => "pattern",
        _ when type == typeof(Dance) => "dance",
        _ when type == typeof(Practice) => "practice",
        _ when type == typeof(Exercise) => "exercise",
        _ when type == typeof(Principle) => "principle",
        _ when type == typeof(ToolboxItem) => "toolbox item",
        _ when type == typeof(ScriptTemplate) => "script template",
        _ => "item",
    };
}
