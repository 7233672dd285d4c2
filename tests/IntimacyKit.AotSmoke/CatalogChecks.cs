using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit.AotSmoke;

/// <summary>The built-in catalog: it loads from its embedded resource, and its lookups work.</summary>
internal static class CatalogChecks
{
    private static IntimacyCatalog Catalog => IntimacyCatalog.BuiltIn;

    public static void Run(SmokeRun run)
    {
        run.Check("the built-in catalog loads, in English, from its one pack", () =>
            Expect.Equal(IntimacyCatalog.BuiltIn.Language, "en", "language")
            && Expect.Equal(IntimacyCatalog.BuiltIn.PackNames.Length, 1, "number of packs"));

        // Each check reaches the catalog itself, so that a catalog that fails to load fails each check, not the group.
        (string Section, Func<int> Count, int Expected)[] sections =
        [
            ("chapters", () => Catalog.Chapters.Length, 11),
            ("patterns", () => Catalog.Patterns.Length, 3),
            ("dances", () => Catalog.Dances.Length, 3),
            ("practices", () => Catalog.Practices.Length, 20),
            ("exercises", () => Catalog.Exercises.Length, 15),
            ("principles", () => Catalog.Principles.Length, 5),
            ("toolbox items", () => Catalog.Toolbox.Length, 5),
        ];
        foreach (var (section, count, expected) in sections)
        {
            run.Check($"it has {expected} {section}", () => Expect.Equal(count(), expected, $"number of {section}"));
        }

        run.Check("GetPattern(Withdraw) describes withdrawal, with signs", () =>
        {
            var withdraw = Catalog.GetPattern(AnxietyResponse.Withdraw);
            return Expect.Equal(withdraw.Response, AnxietyResponse.Withdraw, "response")
                && Expect.True(!withdraw.Signs.IsDefaultOrEmpty, "at least one sign")
                && Expect.True(!string.IsNullOrWhiteSpace(withdraw.Summary), "a summary");
        });

        run.Check("GetExercisesForPattern(Withdraw) finds exercises", () =>
            Expect.True(Catalog.GetExercisesForPattern(AnxietyResponse.Withdraw).Length > 0, "at least one exercise"));

        run.Check("GetChapter(2) and its exercises include the conflict chart", () =>
        {
            var chapter = Catalog.GetChapter(2);
            return Expect.Equal(chapter.Id, "chapter-2", "chapter id")
                && Expect.True(Catalog.GetExercisesInChapter(chapter.Id).Any(e => e.Id == "conflict-chart"), "conflict-chart among chapter 2's exercises");
        });

        run.Check("GetExercisesOfKind(ScriptRehearsal) finds the assertive alternative", () =>
            Expect.True(Catalog.GetExercisesOfKind(ExerciseKind.ScriptRehearsal).Any(e => e.Id == "assertive-alternative"), "assertive-alternative"));

        run.Check("Get<ToolboxItem> and TryGet find items by id", () =>
            Expect.Equal(Catalog.Get<ToolboxItem>("bridge-sentence").Kind, ToolboxItemKind.Script, "bridge-sentence's kind")
            && Expect.True(Catalog.TryGet<ICatalogItem>("repair-checklist", out var item) && item is ToolboxItem, "repair-checklist as a toolbox item")
            && Expect.True(!Catalog.TryGet<Exercise>("no-such-id", out _), "no item for an unknown id"));

        run.Check("Get<Exercise> of a toolbox item's id names both kinds of item", () =>
        {
            var error = Expect.Throws<KeyNotFoundException>(() => Catalog.Get<Exercise>("bridge-sentence"));
            return Expect.Contains(error.Message, "belongs to a toolbox item, not an exercise", "the message");
        });
    }
}
