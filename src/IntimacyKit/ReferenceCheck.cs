using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Exercises;
using IntimacyKit.Scripts;

namespace IntimacyKit;

/// <summary>
/// Checks that every reference a content pack's items make resolves in the merged catalog, and that
/// what must be unique across the catalog (chapter numbers, one description per pattern) still is.
/// </summary>
internal sealed class ReferenceCheck(CatalogContent merged, List<ValidationProblem> problems)
{
    private readonly Dictionary<string, ICatalogItem> _byId = merged.AllItems()
        .GroupBy(i => i.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    public void Check(ContentPack pack)
    {
        Each(pack.Chapters, "chapters", (chapter, path) =>
        {
            if (chapter.Number is { } number && merged.Chapters.Any(c => c.Number == number && c.Id != chapter.Id))
            {
                Add($"{path}.number", "duplicate-number", string.Create(CultureInfo.InvariantCulture,
                    $"Another chapter already has number {number}."));
            }
        });
        Each(pack.Patterns, "patterns", (pattern, path) =>
        {
            if (merged.Patterns.Any(p => p.Response == pattern.Response && p.Id != pattern.Id))
            {
                Add($"{path}.response", "duplicate-pattern", $"The catalog already describes the '{pattern.Response}' pattern.");
            }

            Refs<Practice>(pattern.PracticeIds, $"{path}.practiceIds");
            Refs<Chapter>(pattern.ChapterIds, $"{path}.chapterIds");
        });
        Each(pack.Dances, "dances", (dance, path) => Refs<Chapter>(dance.ChapterIds, $"{path}.chapterIds"));
        Each(pack.Practices, "practices", (practice, path) => Ref<Chapter>(practice.ChapterId, $"{path}.chapterId"));
        Each(pack.Exercises, "exercises", (exercise, path) =>
        {
            Ref<Chapter>(exercise.ChapterId, $"{path}.chapterId");
            Refs<ScriptTemplate>(exercise.ScriptIds, $"{path}.scriptIds");
        });
        Each(pack.Principles, "principles", (principle, path) => Ref<Chapter>(principle.ChapterId, $"{path}.chapterId"));
        Each(pack.Toolbox, "toolbox", (item, path) =>
        {
            Ref<Chapter>(item.ChapterId, $"{path}.chapterId");
            if (item.ScriptId is not null)
            {
                Ref<ScriptTemplate>(item.ScriptId, $"{path}.scriptId");
            }
        });
        Each(pack.Scripts, "scripts", (script, path) => Ref<Chapter>(script.ChapterId, $"{path}.chapterId"));
    }

    private static void Each<T>(ImmutableArray<T> items, string section, Action<T, string> check)
        where T : class
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is { } item)
            {
                check(item, string.Create(CultureInfo.InvariantCulture, $"$.{section}[{i}]"));
            }
        }
    }

    private void Refs<T>(ImmutableArray<string> ids, string path)
        where T : class, ICatalogItem
    {
        for (var i = 0; i < ids.Length; i++)
        {
            Ref<T>(ids[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"));
        }
    }

    private T? Ref<T>(string? id, string path)
        where T : class, ICatalogItem
    {
        var noun = CatalogNouns.Of(typeof(T));
        if (string.IsNullOrWhiteSpace(id))
        {
            Add(path, "required", $"The id of {CatalogNouns.WithArticle(typeof(T))} is required here.");
            return null;
        }

        if (!_byId.TryGetValue(id, out var item))
        {
            Add(path, "dangling-reference", $"No {noun} with id '{id}' is in this pack or the catalog.");
            return null;
        }

        if (item is not T typed)
        {
            Add(path, "dangling-reference", $"'{id}' is {CatalogNouns.WithArticle(item.GetType())}, not {CatalogNouns.WithArticle(typeof(T))}.");
            return null;
        }

        return typed;
    }

    private void Add(string path, string code, string message) => problems.Add(new ValidationProblem(path, code, message));
}
