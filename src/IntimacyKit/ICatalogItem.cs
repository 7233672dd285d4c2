namespace IntimacyKit;

/// <summary>
/// An item of an <see cref="IntimacyCatalog"/> that can be looked up by its id: a chapter, a practice,
/// an exercise, a pattern, a dance, a principle or a toolbox item.
/// </summary>
public interface ICatalogItem
{
    /// <summary>
    /// Gets the item's id: stable across versions, lower-kebab-case (<c>conflict-chart</c>), and unique
    /// across the whole catalog.
    /// </summary>
    string Id { get; }
}
