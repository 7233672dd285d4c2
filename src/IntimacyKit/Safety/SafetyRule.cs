namespace IntimacyKit.Safety;

/// <summary>One compiled safety rule: what its findings say.</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Category">The category of its findings.</param>
/// <param name="Level">The level of its findings.</param>
/// <param name="Explanation">The explanation its findings give.</param>
internal sealed record SafetyRule(string Id, SafetyCategory Category, SafetyLevel Level, string Explanation);
