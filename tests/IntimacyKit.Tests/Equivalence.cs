using FluentAssertions.Equivalency;

namespace IntimacyKit.Tests;

/// <summary>
/// Equivalency options for the models: records compare their collections by reference, so deep
/// comparisons go member by member, use each value's runtime type (answers are polymorphic) and keep order.
/// </summary>
internal static class Equivalence
{
    public static EquivalencyAssertionOptions<T> Deep<T>(EquivalencyAssertionOptions<T> options) =>
        options.ComparingRecordsByMembers().RespectingRuntimeTypes().WithStrictOrdering();
}
