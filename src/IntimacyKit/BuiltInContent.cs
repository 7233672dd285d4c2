namespace IntimacyKit;

/// <summary>The names of the built-in content resources embedded in the assembly.</summary>
internal static class BuiltInContent
{
    public const string EnglishResource = "IntimacyKit.Content.builtin.en.json";

    public const string SpanishResource = "IntimacyKit.Content.builtin.es.json";
}
