namespace IntimacyKit.Exercises;

/// <summary>One row of a two-column table, such as a recurring conflict and what each partner does during it.</summary>
/// <param name="Left">The left cell.</param>
/// <param name="Right">The right cell.</param>
public sealed record TableRow(string Left, string Right);
