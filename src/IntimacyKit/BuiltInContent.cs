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
}
