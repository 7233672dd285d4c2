using System.Text;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit.AotSmoke;

/// <summary>An app's own content: packs read from JSON, merged into the catalog, and the errors of broken ones.</summary>
internal static class ContentPackChecks
{
    private const string SmallPack = """
        {
          "$schema": "https://example.org/content-pack.schema.json",
          "schemaVersion": 1,
          "name": "smoke-extras",
          "language": "en",
          "attribution": "Written for the AOT smoke test.",
          "exercises": [
            {
              "id": "weekly-check-in",
              "chapterId": "chapter-2",
              "title": "Weekly check-in",
              "kind": "script-rehearsal",
              "instructions": "Rehearse the opening line of the weekly check-in.",
              "estimatedMinutes": 10,
              "patterns": ["withdraw", "pursue"],
              "fields": [
                { "id": "line", "label": "Opening line", "type": "text", "maxLength": 200 },
                { "id": "pairs", "label": "When and then", "type": "two-column-table", "leftColumn": "When", "rightColumn": "Then", "isOptional": true }
              ]
            }
          ]
        }
        """;

    public static void Run(SmokeRun run)
    {
        run.Check("ContentPack.Parse reads a small pack, kebab-case enums included", () =>
        {
            var exercise = ContentPack.Parse(SmallPack).Exercises.Single();
            return Expect.Equal(exercise.Kind, ExerciseKind.ScriptRehearsal, "kind")
                && Expect.Equal(string.Join(",", exercise.Patterns), "Withdraw,Pursue", "patterns")
                && Expect.Equal(exercise.Fields[1].Type, FieldType.TwoColumnTable, "second field's type");
        });

        run.Check("WithContentPack adds its one exercise and leaves the built-in catalog as it was", () =>
        {
            var catalog = IntimacyCatalog.BuiltIn.WithContentPack(ContentPack.Parse(SmallPack));
            return Expect.Equal(catalog.Exercises.Length, 16, "exercises in the new catalog")
                && Expect.Equal(catalog.Get<Exercise>("weekly-check-in").Title, "Weekly check-in", "the new exercise's title")
                && Expect.True(catalog.GetExercisesInChapter("chapter-2").Any(e => e.Id == "weekly-check-in"), "the new exercise in chapter 2")
                && Expect.Equal(string.Join(",", catalog.PackNames), "intimacykit-builtin,smoke-extras", "pack names")
                && Expect.Equal(IntimacyCatalog.BuiltIn.Exercises.Length, 15, "exercises in the built-in catalog");
        });

        run.Check("ContentPack.LoadAsync reads the same pack from a stream", () =>
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SmallPack));
            var pack = ContentPack.LoadAsync(stream).GetAwaiter().GetResult();
            return Expect.Equal(pack.Name, "smoke-extras", "name");
        });

        run.Check("a pack's ToJson reads back to the same JSON", () =>
        {
            var json = ContentPack.Parse(SmallPack).ToJson();
            return Expect.Equal(ContentPack.Parse(json).ToJson(), json, "JSON after a round trip");
        });

        run.Check("a pack of the wrong shape throws ContentPackException with the member's JSON path", () =>
        {
            var broken = SmallPack.Replace("\"estimatedMinutes\": 10", "\"estimatedMinutes\": \"10\"", StringComparison.Ordinal);
            var error = Expect.Throws<ContentPackException>(() => ContentPack.Parse(broken));
            return Expect.Equal(error.Problems.Length, 1, "number of problems")
                && Expect.Equal(error.Problems[0].Path, "$.exercises[0].estimatedMinutes", "path")
                && Expect.Equal(error.Problems[0].Code, "wrong-type", "code");
        });

        run.Check("a pack with an unknown member is reported as unknown-member", () =>
        {
            var broken = SmallPack.Replace("\"estimatedMinutes\": 10", "\"estimatedMinutes\": 10, \"minutes\": 10", StringComparison.Ordinal);
            var problem = Expect.Throws<ContentPackException>(() => ContentPack.Parse(broken)).Problems[0];
            return Expect.Equal(problem.Code, "unknown-member", "code")
                && Expect.Contains(problem.Path, "$.exercises[0]", "path");
        });

        run.Check("a pack that does not fit the catalog names every problem by JSON path", () =>
        {
            var broken = SmallPack
                .Replace("\"id\": \"weekly-check-in\"", "\"id\": \"conflict-chart\"", StringComparison.Ordinal)
                .Replace("\"chapterId\": \"chapter-2\"", "\"chapterId\": \"chapter-99\"", StringComparison.Ordinal);
            var pack = ContentPack.Parse(broken);
            var builtIn = IntimacyCatalog.BuiltIn;
            var error = Expect.Throws<ContentPackException>(() => builtIn.WithContentPack(pack));
            var found = string.Join("; ", error.Problems.Select(p => $"{p.Path} {p.Code}"));
            return Expect.Contains(found, "$.exercises[0].id duplicate-id", "the problems")
                && Expect.Contains(found, "$.exercises[0].chapterId", "the problems");
        });

        run.Check("a translation pack in another language replaces items by id", () =>
        {
            var bridge = IntimacyCatalog.BuiltIn.Get<ToolboxItem>("bridge-sentence");
            var pack = new ContentPack { Name = "smoke-es", Language = "es-MX", Toolbox = [bridge with { Name = "Frase puente" }] };
            var catalog = IntimacyCatalog.BuiltIn.WithContentPack(pack);
            return Expect.Equal(catalog.Language, "es-MX", "the catalog's language")
                && Expect.Equal(catalog.Get<ToolboxItem>("bridge-sentence").Name, "Frase puente", "the translated name")
                && Expect.Equal(catalog.GetPattern(AnxietyResponse.Withdraw).Name, IntimacyCatalog.BuiltIn.GetPattern(AnxietyResponse.Withdraw).Name, "an untranslated item");
        });
    }
}
