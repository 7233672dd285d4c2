using System.Collections.Immutable;

namespace IntimacyKit.Exercises;

/// <summary>An answer to a <see cref="FieldType.List"/> field.</summary>
/// <param name="Items">The entries, in the order the person gave them.</param>
/// <remarks>Record equality compares <paramref name="Items"/> by reference.</remarks>
public sealed record ListAnswer(ImmutableArray<string> Items) : FieldAnswer(FieldType.List)
{
    /// <summary>Gets the entries, in the order the person gave them; never a default (uninitialized) array.</summary>
    public ImmutableArray<string> Items { get; init => field = value.OrEmpty(); } = Items.OrEmpty();
}
