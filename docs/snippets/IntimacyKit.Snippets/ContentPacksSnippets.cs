#region usings
using System.Globalization;
using IntimacyKit;
using IntimacyKit.Exercises;
using IntimacyKit.Scripts;
#endregion

namespace DocsSnippets;

public sealed class ContentPacksSnippets : SnippetTest
{
    [Fact]
    public void A_pack_in_the_catalogs_language_adds_its_items()
    {
        #region add-a-pack-to-the-catalog
        ContentPack pack = ContentPack.LoadFile("my-app-extras.json");
        IntimacyCatalog catalog = IntimacyCatalog.BuiltIn.WithContentPack(pack);
        #endregion

        catalog.PackNames.Should().Equal(IntimacyCatalog.BuiltIn.PackNames.Add("my-app-extras"));
        catalog.Get<Exercise>("my-app-weekly-check-in").ChapterId.Should().Be("chapter-3");
        IntimacyCatalog.BuiltIn.TryGet<Exercise>("my-app-weekly-check-in", out _).Should().BeFalse();
    }

    [Fact]
    public void A_packs_script_renders_with_its_default_for_a_left_out_value()
    {
        #region scripts
        IntimacyCatalog catalog = IntimacyCatalog.BuiltIn.WithContentPack(ContentPack.LoadFile("my-app-scripts.json"));
        var renderer = new ScriptRenderer(catalog);

        Console.WriteLine(renderer.RenderTemplate("my-app-weekend-plan-script", new Dictionary<string, object?>
        {
            ["day"] = DayOfWeek.Saturday,
            ["activity"] = "a walk by the river",
        }, CultureInfo.GetCultureInfo("en-GB")));
        // Could we keep Saturday for a walk by the river? About 2 hours would be enough for me.
        #endregion

        Output.Should().Contain("Could we keep Saturday for a walk by the river? About 2 hours would be enough for me.");
    }

    [Fact]
    public void A_pack_in_another_language_translates_by_id_and_leaves_the_original_catalog_alone()
    {
        #region how-a-pack-is-merged
        IntimacyCatalog english = IntimacyCatalog.BuiltIn.WithContentPack(ContentPack.LoadFile("my-app-extras.json"));
        IntimacyCatalog spanish = english.WithContentPack(ContentPack.LoadFile("my-app-extras.es.json"));

        Console.WriteLine(spanish.Language);                                      // es
        Console.WriteLine(spanish.Get<Exercise>("my-app-weekly-check-in").Title); // Repaso semanal
        Console.WriteLine(english.Get<Exercise>("my-app-weekly-check-in").Title); // Weekly check-in
        #endregion

        Output.Should().Be("es\nRepaso semanal\nWeekly check-in\n");
    }

    [Fact]
    public void A_dangling_chapter_reference_is_reported_with_its_path_and_code()
    {
        IntimacyCatalog catalog = IntimacyCatalog.BuiltIn;
        const string path = "broken-pack.json";

        #region errors
        try
        {
            catalog = catalog.WithContentPack(ContentPack.LoadFile(path));
        }
        catch (ContentPackException ex)
        {
            foreach (ValidationProblem problem in ex.Problems)
            {
                // $.exercises[0].chapterId: No chapter with id 'chapter-99' is in this pack or the catalog. (dangling-reference)
                Console.Error.WriteLine($"{ex.PackName}: {problem.Path}: {problem.Message} ({problem.Code})");
            }
        }
        #endregion

        catalog.Should().BeSameAs(IntimacyCatalog.BuiltIn);
        Output.Should().Contain("$.exercises[0].chapterId: No chapter with id 'chapter-99' is in this pack or the catalog. (dangling-reference)");
    }
}
