namespace IntimacyKit.Exercises;

/// <summary>One of the core principles the book's conclusion asks readers to hold on to.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record Principle : ICatalogItem
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the id of the chapter the principle comes from (the conclusion).</summary>
    public required string ChapterId { get; init; }

    /// <summary>Gets the principle in one sentence.</summary>
    public required string Text { get; init; }
}
