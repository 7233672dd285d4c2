using System.Collections.Immutable;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit.Assessments;

/// <summary>Picks the catalog items to start with for a set of default responses, from the catalog's own tags.</summary>
internal static class Recommender
{
    public static (ImmutableArray<Chapter> Chapters, ImmutableArray<Practice> Practices, ImmutableArray<Exercise> Exercises, ImmutableArray<ScriptTemplate> Scripts)
        For(IntimacyCatalog catalog, ImmutableArray<AnxietyResponse> responses)
    {
        var descriptions = catalog.Patterns.Where(p => responses.Contains(p.Response)).ToList();
        var chapterIds = descriptions.SelectMany(p => p.ChapterIds).ToHashSet(StringComparer.Ordinal);
        var practiceIds = descriptions.SelectMany(p => p.PracticeIds).ToHashSet(StringComparer.Ordinal);

        ImmutableArray<Chapter> chapters = [.. catalog.Chapters.Where(c => chapterIds.Contains(c.Id) || Targets(c.Patterns, responses))];
        var recommendedChapters = chapters.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        ImmutableArray<Practice> practices = [.. catalog.Practices.Where(p => practiceIds.Contains(p.Id) || Targets(p.Patterns, responses))];

        ImmutableArray<Exercise> exercises =
        [
            .. catalog.Exercises.Where(e => Targets(e.Patterns, responses)),
            .. catalog.Exercises.Where(e => e.Patterns.IsEmpty && recommendedChapters.Contains(e.ChapterId)),
        ];

        var usedScripts = exercises.SelectMany(e => e.ScriptIds).ToHashSet(StringComparer.Ordinal);
        ImmutableArray<ScriptTemplate> scripts = [.. catalog.Scripts.Where(s => Targets(s.Patterns, responses) || usedScripts.Contains(s.Id))];
        return (chapters, practices, exercises, scripts);
    }

    // An item targets a response when it names it; an item meant for every pattern (no tags) is not specific to one.
    private static bool Targets(ImmutableArray<AnxietyResponse> tags, ImmutableArray<AnxietyResponse> responses) =>
        tags.Any(responses.Contains);
}
