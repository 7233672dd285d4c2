using System.Text.RegularExpressions;

namespace IntimacyKit.Safety;

/// <summary>One compiled safety rule: what its findings say, and the patterns of its figurative uses.</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Category">The category of its findings.</param>
/// <param name="Level">The level of its findings.</param>
/// <param name="Explanation">The explanation its findings give.</param>
/// <param name="Unless">The figurative uses, anchored at the start of a match and compiled on first use; <see langword="null"/> when the rule has none.</param>
/// <param name="Alone">
/// The rule's pattern as an expression of its own, compiled on first use: it tells which rule of an expression shared
/// by several matched, without the cost of reading the shared expression's groups.
/// </param>
internal sealed record SafetyRule(string Id, SafetyCategory Category, SafetyLevel Level, string Explanation, Lazy<Regex>? Unless, Lazy<Regex> Alone);
