using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests;

/// <summary>Every id a pack's items refer to must name an item of the right kind, in the pack or the catalog.</summary>
public sealed class ReferenceCheckTests
{
    public static TheoryData<ContentPack, string, string> DanglingReferences => new()
    {
        { new ContentPack { Name = "p", Practices = [TestContent.PracticeOne with { Id = "p", ChapterId = "chapter-99" }] }, "$.practices[0].chapterId", "chapter-99" },
        { TestContent.ExtrasWith(TestContent.NewExercise() with { ChapterId = "chapter-99" }), "$.exercises[0].chapterId", "chapter-99" },
        { TestContent.ExtrasWith(TestContent.NewExercise() with { ScriptIds = ["pause-template", "no-such-script"] }), "$.exercises[0].scriptIds[1]", "no-such-script" },
        { new ContentPack { Name = "p", Patterns = [TestContent.WithdrawPattern with { Id = "p", Response = AnxietyResponse.Pursue, PracticeIds = ["practice-one", "practice-99"] }] }, "$.patterns[0].practiceIds[1]", "practice-99" },
        { new ContentPack { Name = "p", Patterns = [TestContent.WithdrawPattern with { Id = "p", Response = AnxietyResponse.Pursue, ChapterIds = ["chapter-99"] }] }, "$.patterns[0].chapterIds[0]", "chapter-99" },
        { new ContentPack { Name = "p", Dances = [TestContent.TestDance with { Id = "d", ChapterIds = ["ch-one", "ch-two", "chapter-99"] }] }, "$.dances[0].chapterIds[2]", "chapter-99" },
        { new ContentPack { Name = "p", Principles = [TestContent.OnePrinciple with { Id = "p", ChapterId = "conclusion-99" }] }, "$.principles[0].chapterId", "conclusion-99" },
        { new ContentPack { Name = "p", Toolbox = [TestContent.PauseScript with { Id = "t", ChapterId = "chapter-99" }] }, "$.toolbox[0].chapterId", "chapter-99" },
        { new ContentPack { Name = "p", Toolbox = [TestContent.PauseScript with { Id = "t", ScriptId = "no-such-template" }] }, "$.toolbox[0].scriptId", "no-such-template" },
        { new ContentPack { Name = "p", Scripts = [TestContent.PauseTemplate with { Id = "s", ChapterId = "chapter-99" }] }, "$.scripts[0].chapterId", "chapter-99" },
    };

    [Theory]
    [MemberData(nameof(DanglingReferences))]
    public void A_reference_to_an_id_that_is_nowhere_is_a_dangling_reference(ContentPack pack, string path, string id)
    {
        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be(path);
        problem.Code.Should().Be("dangling-reference");
        problem.Message.Should().Contain($"'{id}'");
    }

    public static TheoryData<ContentPack, string, string> ReferencesToTheWrongKind => new()
    {
        { TestContent.ExtrasWith(TestContent.NewExercise() with { ChapterId = "practice-one" }), "$.exercises[0].chapterId", "a practice" },
        { new ContentPack { Name = "p", Practices = [TestContent.PracticeOne with { Id = "p", ChapterId = "chart-exercise" }] }, "$.practices[0].chapterId", "an exercise" },
        { new ContentPack { Name = "p", Patterns = [TestContent.WithdrawPattern with { Id = "p", Response = AnxietyResponse.Engulf, PracticeIds = ["chart-exercise"] }] }, "$.patterns[0].practiceIds[0]", "an exercise" },
        { new ContentPack { Name = "p", Dances = [TestContent.TestDance with { Id = "d", ChapterIds = ["test-dance"] }] }, "$.dances[0].chapterIds[0]", "a dance" },
        { TestContent.ExtrasWith(TestContent.NewExercise() with { ScriptIds = ["ch-one"] }), "$.exercises[0].scriptIds[0]", "a chapter" },
        { TestContent.ExtrasWith(TestContent.NewExercise() with { ScriptIds = ["pause-script"] }), "$.exercises[0].scriptIds[0]", "a toolbox item" },
        { new ContentPack { Name = "p", Toolbox = [TestContent.PauseScript with { Id = "t", ScriptId = "pause-script" }] }, "$.toolbox[0].scriptId", "a toolbox item" },
        { new ContentPack { Name = "p", Toolbox = [TestContent.PauseScript with { Id = "t", ScriptId = "chart-exercise" }] }, "$.toolbox[0].scriptId", "an exercise" },
        { new ContentPack { Name = "p", Scripts = [TestContent.PauseTemplate with { Id = "s", ChapterId = "pause-template" }] }, "$.scripts[0].chapterId", "a script template" },
    };

    [Theory]
    [MemberData(nameof(ReferencesToTheWrongKind))]
    public void A_reference_to_an_item_of_the_wrong_kind_is_a_dangling_reference_naming_the_kind(ContentPack pack, string path, string kind)
    {
        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be(path);
        problem.Code.Should().Be("dangling-reference");
        problem.Message.Should().Contain($"is {kind}");
    }

    [Theory]
    [InlineData("fix-checklist")]
    [InlineData("pause-script")]
    public void A_script_id_that_names_a_toolbox_item_instead_of_a_script_template_is_a_dangling_reference(string toolboxItemId)
    {
        var pack = TestContent.ExtrasWith(TestContent.NewExercise() with { ScriptIds = [toolboxItemId] });

        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.exercises[0].scriptIds[0]");
        problem.Code.Should().Be("dangling-reference");
        problem.Message.Should().Contain($"'{toolboxItemId}' is a toolbox item, not a script template");
    }

    [Fact]
    public void A_script_id_that_names_a_built_in_toolbox_item_is_a_dangling_reference_even_when_the_item_has_a_template()
    {
        var pack = TestContent.ExtrasWith(TestContent.NewExercise(chapterId: "chapter-8") with
        {
            ScriptIds = ["bridge-sentence-script", "repair-checklist", "bridge-sentence", "repair-statement-script"],
        });

        var problems = TestContent.ProblemsOf(IntimacyCatalog.BuiltIn, pack);

        problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.exercises[0].scriptIds[1]", "dangling-reference"),
            ("$.exercises[0].scriptIds[2]", "dangling-reference"));
        problems.Should().AllSatisfy(p => p.Message.Should().Contain("toolbox item").And.Contain("script template"));
    }

    [Fact]
    public void A_toolbox_item_may_refer_to_a_script_template_of_its_own_pack_or_of_the_catalog()
    {
        var pack = new ContentPack
        {
            Name = "p",
            Toolbox =
            [
                TestContent.PauseScript with { Id = "uses-catalog-template" },
                TestContent.PauseScript with { Id = "uses-own-template", ScriptId = "own-template" },
                TestContent.FixChecklist with { Id = "has-no-template", ScriptId = null },
            ],
            Scripts = [TestContent.PauseTemplate with { Id = "own-template" }],
        };

        var catalog = TestContent.Catalog.WithContentPack(pack);

        catalog.Get<ToolboxItem>("uses-catalog-template").ScriptId.Should().Be("pause-template");
        catalog.Get<ToolboxItem>("uses-own-template").ScriptId.Should().Be("own-template");
        catalog.Get<ToolboxItem>("has-no-template").ScriptId.Should().BeNull();
        catalog.Get<ScriptTemplate>("own-template").Source.Should().Be(TestContent.PauseTemplate.Source);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_script_id_of_a_toolbox_item_is_required(string scriptId)
    {
        var pack = new ContentPack { Name = "p", Toolbox = [TestContent.PauseScript with { Id = "t", ScriptId = scriptId }] };

        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.toolbox[0].scriptId");
        problem.Code.Should().Be("required");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_reference_is_required(string chapterId)
    {
        var pack = new ContentPack { Name = "p", Practices = [TestContent.PracticeOne with { Id = "p", ChapterId = chapterId }] };

        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.practices[0].chapterId");
        problem.Code.Should().Be("required");
    }

    [Fact]
    public void A_blank_entry_in_a_list_of_references_is_required()
    {
        var pack = TestContent.ExtrasWith(TestContent.NewExercise() with { ScriptIds = [""] });

        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.exercises[0].scriptIds[0]");
        problem.Code.Should().Be("required");
    }

    [Fact]
    public void References_are_case_sensitive()
    {
        var pack = TestContent.ExtrasWith(TestContent.NewExercise() with { ChapterId = "CH-ONE" });

        TestContent.ProblemsOf(pack).Should().ContainSingle().Which.Code.Should().Be("dangling-reference");
    }

    [Fact]
    public void A_reference_to_an_item_whose_own_id_was_rejected_is_dangling()
    {
        var pack = new ContentPack
        {
            Name = "p",
            Chapters = [TestContent.WrapUp with { Id = "Bad Chapter" }],
            Practices = [TestContent.PracticeOne with { Id = "p", ChapterId = "Bad Chapter" }],
        };

        TestContent.ProblemsOf(pack).Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.chapters[0].id", "invalid-id"),
            ("$.practices[0].chapterId", "dangling-reference"));
    }

    [Fact]
    public void Every_dangling_reference_of_an_item_is_reported()
    {
        var pack = TestContent.ExtrasWith(TestContent.NewExercise() with { ChapterId = "chapter-99", ScriptIds = ["nope", "fix-checklist"] });

        TestContent.ProblemsOf(pack).Select(p => p.Path).Should().Equal(
            "$.exercises[0].chapterId", "$.exercises[0].scriptIds[0]", "$.exercises[0].scriptIds[1]");
    }

    [Fact]
    public void References_into_the_catalog_and_into_the_pack_itself_resolve()
    {
        var pack = new ContentPack
        {
            Name = "p",
            Chapters = [new Chapter { Id = "new-chapter", Number = 5, Title = "T", Theme = "T" }],
            Exercises = [TestContent.NewExercise("in-new-chapter", "new-chapter") with { ScriptIds = ["pause-template", "new-template"] }],
            Scripts = [TestContent.PauseTemplate with { Id = "new-template", ChapterId = "new-chapter" }],
            Dances = [TestContent.TestDance with { Id = "new-dance", ChapterIds = ["ch-one", "new-chapter"] }],
        };

        var catalog = TestContent.Catalog.WithContentPack(pack);

        catalog.Get<Exercise>("in-new-chapter").ChapterId.Should().Be("new-chapter");
        catalog.Get<Exercise>("in-new-chapter").ScriptIds.Should().Equal("pause-template", "new-template");
        catalog.Get<ScriptTemplate>("new-template").ChapterId.Should().Be("new-chapter");
        catalog.Get<Dance>("new-dance").ChapterIds.Should().Equal("ch-one", "new-chapter");
    }
}
