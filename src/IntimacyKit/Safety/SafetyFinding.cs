namespace IntimacyKit.Safety;

/// <summary>One thing a <see cref="SafetyScreen"/> found in a text: what it is about, how serious it is, where it is and which rule found it.</summary>
/// <param name="Category">What the finding is about.</param>
/// <param name="Level">How serious it is: <see cref="SafetyLevel.Concern"/> or <see cref="SafetyLevel.Urgent"/>.</param>
/// <param name="Start">The zero-based index of the first character of the span in the screened text.</param>
/// <param name="Length">The number of characters in the span.</param>
/// <param name="Text">The span exactly as it appears in the screened text: <c>text.Substring(Start, Length)</c>.</param>
/// <param name="RuleId">The lower-kebab-case id of the rule that fired, such as <c>strangulation-verb</c>, so that every finding can be explained.</param>
/// <param name="Explanation">A plain, non-judgmental sentence about what the span seems to describe, in English, that can be shown to a person.</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record SafetyFinding(
    SafetyCategory Category,
    SafetyLevel Level,
    int Start,
    int Length,
    string Text,
    string RuleId,
    string Explanation);
