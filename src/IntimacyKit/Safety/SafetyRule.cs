using System.Text.RegularExpressions;

namespace IntimacyKit.Safety;

/// <summary>One compiled safety rule: what its findings say, and the patterns of its figurative uses.</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Category">The category of its findings.</param>
/// <param name="Level">The level of its findings.</param>
/// <param name="Explanation">The explanation its findings give.</param>
/// <param name="Unless">The figurative uses, anchored at the start of a match and compiled on first use; <see langword="null"/> when the rule has none.</param>
internal sealed record SafetyRule(string Id, SafetyCategory Category, SafetyLevel Level, string Explanation, Lazy<Regex>? Unless);
