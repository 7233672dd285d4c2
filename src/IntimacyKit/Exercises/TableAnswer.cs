using System.Collections.Immutable;

namespace IntimacyKit.Exercises;

/// <summary>An answer to a <see cref="FieldType.TwoColumnTable"/> field.</summary>
/// <param name="Rows">The rows, in the order the person gave them.</param>
/// <remarks>Record equality compares <paramref name="Rows"/> by reference.</remarks>
public sealed record TableAnswer(ImmutableArray<TableRow> Rows) : FieldAnswer(FieldType.TwoColumnTable)
{
    /// <summary>Gets the rows, in the order the person gave them; never a default (uninitialized) array.</summary>
    public ImmutableArray<TableRow> Rows { get; init => field = value.OrEmpty(); } = Rows.OrEmpty();
}
