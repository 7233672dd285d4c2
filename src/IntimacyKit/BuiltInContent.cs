namespace IntimacyKit;

/// <summary>The names of the built-in content resources embedded in the assembly.</summary>
internal static class BuiltInContent
{
    public const string EnglishResource = "IntimacyKit.Content.builtin.en.json";

    public const string SpanishResource = "IntimacyKit.Content.builtin.es.json";

    public const string SafetyRulesEnglishResource = "IntimacyKit.Content.safety-rules.en.json";

    public const string CoachRulesResource = "IntimacyKit.Content.coach-rules.en.json";

    public const string VocabularyResource = "IntimacyKit.Content.vocabulary.en.json";

    public const string ApologyRulesResource = "IntimacyKit.Content.apology-rules.en.json";

    public const string SelfAssessmentEnglishResource = "IntimacyKit.Content.self-assessment.en.json";

    public const string SelfAssessmentSpanishResource = "IntimacyKit.Content.self-assessment.es.json";

    /// <summary>Gets the name of a language's word lexicon (see <see cref="Text.Lexicons"/>).</summary>
    /// <param name="language">The language, as a culture name such as <c>en</c>.</param>
    /// <returns>The resource name.</returns>
    public static string LexiconResource(string language) => $"IntimacyKit.Content.lexicon.{language.ToLowerInvariant()}.json";
}
