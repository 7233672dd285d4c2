using System.Collections.Immutable;

namespace IntimacyKit;

/// <summary>Helpers that keep the models free of uninitialized (<see langword="default"/>) immutable arrays.</summary>
internal static class ImmutableArrayExtensions
{
    /// <summary>
    /// Returns the array, or an empty one for <see langword="default"/>. Model setters use it because the JSON
    /// source generator passes <see langword="default"/> for a collection the document leaves out, and so can code
    /// (<c>with { Fields = default }</c>); enumerating a default array would throw.
    /// </summary>
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
