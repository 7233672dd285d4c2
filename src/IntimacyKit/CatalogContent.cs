using System.Collections.Immutable;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit;

/// <summary>The lists an <see cref="IntimacyCatalog"/> holds, as one value the merge can work on.</summary>
internal sealed record CatalogContent(
    string? Language,
    ImmutableArray<string> PackNames,
    ImmutableArray<string> Attributions,
    ImmutableArray<Chapter> Chapters,
    ImmutableArray<PatternDescription> Patterns,
    ImmutableArray<Dance> Dances,
    ImmutableArray<Practice> Practices,
    ImmutableArray<Exercise> Exercises,
    ImmutableArray<Principle> Principles,
    ImmutableArray<ToolboxItem> Toolbox,
    ImmutableArray<ScriptTemplate> Scripts)
{
    public static CatalogContent Empty { get; } = new(null, [], [], [], [], [], [], [], [], [], []);

    public IEnumerable<ICatalogItem> AllItems() =>
        Chapters.Cast<ICatalogItem>()
            .Concat(Patterns)
            .Concat(Dances)
            .Concat(Practices)
            .Concat(Exercises)
            .Concat(Principles)
            .Concat(Toolbox)
            .Concat(Scripts);
}
