using IntimacyKit.Exercises;
using IntimacyKit.Patterns;

namespace IntimacyKit.Tests;

/// <summary>Every id a pack's items refer to must name an item of the right kind, in the pack or the catalog.</summary>
public sealed class ReferenceCheckTests
{
    public static TheoryData<ContentPack, string, string> DanglingReferences => new()
    {
        { new ContentPack { Name = "p", Practices = [TestContent.PracticeOne with { Id = "p", ChapterId = "chapter-99" }] }, "$.practices[0].chapterId", "chapter-99" },
        { TestContent.ExtrasWith(TestContent.NewExercise() with { ChapterId = "chapter-99" }), "$.exercises[0].chapterId", "chapter-99" },
        { TestContent.ExtrasWith(TestContent.NewExercise() with { ScriptIds = ["pause-script", "no-such-script"] }), "$.exercises[0].scriptIds[1]", "no-such-script" },
        { new ContentPack { Name = "p", Patterns = [TestContent.WithdrawPattern with { Id = "p", Response = AnxietyResponse.Pursue, PracticeIds = ["practice-one", "practice-99"] }] }, "$.patterns[0].practiceIds[1]", "practice-99" },
        { new ContentPack { Name = "p", Patterns = [TestContent.WithdrawPattern with { Id = "p", Response = AnxietyResponse.Pursue, ChapterIds = ["chapter-99"] }] }, "$.patterns[0].chapterIds[0]", "chapter-99" },
        { new ContentPack { Name = "p", Dances = [TestContent.TestDance with { Id = "d", ChapterIds = ["ch-one", "ch-two", "chapter-99"] }] }, "$.dances[0].chapterIds[2]", "chapter-99" },
        { new ContentPack { Name = "p", Principles = [TestContent.OnePrinciple with { Id = "p", ChapterId = "conclusion-99" }] }, "$.principles[0].chapterId", "conclusion-99" },
        { new ContentPack { Name = "p", Toolbox = [TestContent.PauseScript with { Id = "t", ChapterId = "chapter-99" }] }, "$.toolbox[0].chapterId", "chapter-99" },
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

    [Fact]
    public void A_script_id_that_names_a_checklist_is_a_dangling_reference()
    {
        var pack = TestContent.ExtrasWith(TestContent.NewExercise() with { ScriptIds = ["fix-checklist"] });

        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.exercises[0].scriptIds[0]");
        problem.Code.Should().Be("dangling-reference");
        problem.Message.Should().Contain("'fix-checklist' is a checklist, not a script");
    }

    [Fact]
    public void A_script_id_that_names_the_built_in_repair_checklist_is_a_dangling_reference()
    {
        var pack = TestContent.ExtrasWith(TestContent.NewExercise(chapterId: "chapter-8") with { ScriptIds = ["bridge-sentence", "repair-checklist"] });

        var problem = TestContent.ProblemsOf(IntimacyCatalog.BuiltIn, pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.exercises[0].scriptIds[1]");
        problem.Code.Should().Be("dangling-reference");
        problem.Message.Should().Contain("checklist");
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
            Exercises = [TestContent.NewExercise("in-new-chapter", "new-chapter") with { ScriptIds = ["pause-script"] }],
            Dances = [TestContent.TestDance with { Id = "new-dance", ChapterIds = ["ch-one", "new-chapter"] }],
        };

        var catalog = TestContent.Catalog.WithContentPack(pack);

        catalog.Get<Exercise>("in-new-chapter").ChapterId.Should().Be("new-chapter");
        catalog.Get<Dance>("new-dance").ChapterIds.Should().Equal("ch-one", "new-chapter");
    }
}
