using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests;

/// <summary>Lookups on a catalog built from <see cref="TestContent.Pack"/>, which every test here knows item by item.</summary>
public sealed class IntimacyCatalogTests
{
    private readonly IntimacyCatalog _catalog = TestContent.Catalog;

    [Fact]
    public void The_built_in_catalog_is_the_same_instance_every_time()
    {
        IntimacyCatalog.BuiltIn.Should().BeSameAs(IntimacyCatalog.BuiltIn);
    }

    [Fact]
    public void The_built_in_catalog_is_in_English_and_names_its_pack()
    {
        var catalog = IntimacyCatalog.BuiltIn;

        catalog.Language.Should().Be("en");
        catalog.PackNames.Should().ContainSingle();
    }

    [Fact]
    public void The_empty_catalog_has_no_language_and_no_content()
    {
        var empty = IntimacyCatalog.Empty;

        empty.Language.Should().BeNull();
        empty.PackNames.Should().BeEmpty();
        empty.Attributions.Should().BeEmpty();
        empty.Chapters.Should().BeEmpty();
        empty.Patterns.Should().BeEmpty();
        empty.Dances.Should().BeEmpty();
        empty.Practices.Should().BeEmpty();
        empty.Exercises.Should().BeEmpty();
        empty.Principles.Should().BeEmpty();
        empty.Toolbox.Should().BeEmpty();
        empty.Scripts.Should().BeEmpty();
        empty.TryGet<ICatalogItem>("anything", out _).Should().BeFalse();
    }

    [Fact]
    public void A_catalog_built_from_a_pack_holds_its_items_in_pack_order_and_takes_its_name_language_and_attribution()
    {
        _catalog.Language.Should().Be("en");
        _catalog.PackNames.Should().Equal(TestContent.PackName);
        _catalog.Attributions.Should().Equal(TestContent.Pack.Attribution);
        _catalog.Chapters.Select(c => c.Id).Should().Equal("ch-one", "ch-two", "wrap-up");
        _catalog.Patterns.Should().Equal(TestContent.WithdrawPattern);
        _catalog.Dances.Should().Equal(TestContent.TestDance);
        _catalog.Practices.Should().Equal(TestContent.PracticeOne, TestContent.PracticeTwo);
        _catalog.Exercises.Should().Equal(TestContent.ChartExercise, TestContent.WritingExercise);
        _catalog.Principles.Should().Equal(TestContent.OnePrinciple);
        _catalog.Toolbox.Should().Equal(TestContent.PauseScript, TestContent.FixChecklist);
        _catalog.Scripts.Should().Equal(TestContent.PauseTemplate);
    }

    [Fact]
    public void Get_finds_an_item_of_each_kind_by_id()
    {
        _catalog.Get<Chapter>("ch-one").Should().BeSameAs(TestContent.ChapterOne);
        _catalog.Get<PatternDescription>("withdraw-pattern").Should().BeSameAs(TestContent.WithdrawPattern);
        _catalog.Get<Dance>("test-dance").Should().BeSameAs(TestContent.TestDance);
        _catalog.Get<Practice>("practice-two").Should().BeSameAs(TestContent.PracticeTwo);
        _catalog.Get<Exercise>("chart-exercise").Should().BeSameAs(TestContent.ChartExercise);
        _catalog.Get<Principle>("one-principle").Should().BeSameAs(TestContent.OnePrinciple);
        _catalog.Get<ToolboxItem>("fix-checklist").Should().BeSameAs(TestContent.FixChecklist);
        _catalog.Get<ScriptTemplate>("pause-template").Should().BeSameAs(TestContent.PauseTemplate);
    }

    [Fact]
    public void Get_as_any_catalog_item_finds_every_kind()
    {
        _catalog.Get<ICatalogItem>("test-dance").Should().BeSameAs(TestContent.TestDance);
        _catalog.Get<ICatalogItem>("pause-script").Should().BeSameAs(TestContent.PauseScript);
        _catalog.Get<ICatalogItem>("pause-template").Should().BeSameAs(TestContent.PauseTemplate);
    }

    [Fact]
    public void Get_of_a_toolbox_item_as_a_script_template_names_both_kinds()
    {
        var act = () => _catalog.Get<ScriptTemplate>("pause-script");

        act.Should().Throw<KeyNotFoundException>()
            .Which.Message.Should().Contain("'pause-script'").And.Contain("toolbox item").And.Contain("script template");
    }

    [Fact]
    public void Get_of_an_unknown_id_throws_KeyNotFoundException_naming_the_id_and_the_kind()
    {
        var act = () => _catalog.Get<Exercise>("no-such-exercise");

        act.Should().Throw<KeyNotFoundException>()
            .Which.Message.Should().Contain("'no-such-exercise'").And.Contain("exercise");
    }

    [Fact]
    public void Get_of_an_id_of_another_kind_throws_KeyNotFoundException_naming_both_kinds()
    {
        var act = () => _catalog.Get<Exercise>("practice-one");

        act.Should().Throw<KeyNotFoundException>()
            .Which.Message.Should().Contain("'practice-one'").And.Contain("practice").And.Contain("exercise");
    }

    [Fact]
    public void Get_of_a_toolbox_item_as_a_chapter_names_the_toolbox_item_kind()
    {
        var act = () => _catalog.Get<Chapter>("pause-script");

        act.Should().Throw<KeyNotFoundException>()
            .Which.Message.Should().Contain("toolbox item").And.Contain("chapter");
    }

    [Fact]
    public void Ids_are_case_sensitive()
    {
        _catalog.TryGet<Chapter>("CH-ONE", out _).Should().BeFalse();
    }

    [Fact]
    public void Get_and_TryGet_reject_a_null_id()
    {
        var get = () => _catalog.Get<Exercise>(null!);
        var tryGet = () => _catalog.TryGet<Exercise>(null!, out _);

        get.Should().Throw<ArgumentNullException>().WithParameterName("id");
        tryGet.Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void TryGet_returns_the_item_when_the_id_has_the_requested_kind()
    {
        _catalog.TryGet<Exercise>("writing-exercise", out var exercise).Should().BeTrue();
        exercise.Should().BeSameAs(TestContent.WritingExercise);
    }

    [Fact]
    public void TryGet_returns_false_and_null_for_an_unknown_id()
    {
        _catalog.TryGet<Exercise>("no-such-exercise", out var exercise).Should().BeFalse();
        exercise.Should().BeNull();
    }

    [Fact]
    public void TryGet_returns_false_and_null_for_an_id_of_another_kind()
    {
        _catalog.TryGet<Exercise>("ch-one", out var exercise).Should().BeFalse();
        exercise.Should().BeNull();
    }

    [Fact]
    public void GetChapter_finds_a_chapter_by_number()
    {
        _catalog.GetChapter(2).Should().BeSameAs(TestContent.ChapterTwo);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-1)]
    public void GetChapter_of_a_number_no_chapter_has_throws_KeyNotFoundException(int number)
    {
        var act = () => _catalog.GetChapter(number);

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void GetPattern_finds_the_description_of_a_pattern()
    {
        _catalog.GetPattern(AnxietyResponse.Withdraw).Should().BeSameAs(TestContent.WithdrawPattern);
    }

    [Fact]
    public void GetPattern_of_a_pattern_the_catalog_does_not_describe_throws_KeyNotFoundException()
    {
        var act = () => _catalog.GetPattern(AnxietyResponse.Engulf);

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("Engulf");
    }

    [Fact]
    public void GetPattern_of_an_undefined_value_throws_ArgumentOutOfRangeException()
    {
        var act = () => _catalog.GetPattern((AnxietyResponse)42);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("response");
    }

    [Fact]
    public void GetPracticesInChapter_returns_the_chapters_practices_in_catalog_order()
    {
        _catalog.GetPracticesInChapter("ch-one").Should().Equal(TestContent.PracticeOne, TestContent.PracticeTwo);
    }

    [Fact]
    public void GetPracticesInChapter_of_a_chapter_without_practices_is_empty()
    {
        _catalog.GetPracticesInChapter("ch-two").Should().BeEmpty();
    }

    [Fact]
    public void GetPracticesInChapter_of_an_unknown_chapter_throws_KeyNotFoundException_rather_than_returning_nothing()
    {
        var act = () => _catalog.GetPracticesInChapter("chapter-99");

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("'chapter-99'");
    }

    [Fact]
    public void GetPracticesInChapter_of_an_id_that_is_not_a_chapter_throws_KeyNotFoundException()
    {
        var act = () => _catalog.GetPracticesInChapter("practice-one");

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("practice").And.Contain("chapter");
    }

    [Fact]
    public void GetExercisesInChapter_returns_the_chapters_exercises()
    {
        _catalog.GetExercisesInChapter("ch-one").Should().Equal(TestContent.ChartExercise);
        _catalog.GetExercisesInChapter("ch-two").Should().Equal(TestContent.WritingExercise);
    }

    [Fact]
    public void GetExercisesInChapter_of_a_chapter_without_exercises_is_empty()
    {
        _catalog.GetExercisesInChapter("wrap-up").Should().BeEmpty();
    }

    [Fact]
    public void GetExercisesInChapter_of_an_unknown_chapter_throws_KeyNotFoundException_rather_than_returning_nothing()
    {
        var act = () => _catalog.GetExercisesInChapter("chapter-99");

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("'chapter-99'");
    }

    [Fact]
    public void The_chapter_lookups_reject_a_null_id()
    {
        var practices = () => _catalog.GetPracticesInChapter(null!);
        var exercises = () => _catalog.GetExercisesInChapter(null!);

        practices.Should().Throw<ArgumentNullException>().WithParameterName("chapterId");
        exercises.Should().Throw<ArgumentNullException>().WithParameterName("chapterId");
    }

    [Fact]
    public void GetExercisesForPattern_returns_the_exercises_that_name_the_pattern_and_those_for_every_pattern()
    {
        _catalog.GetExercisesForPattern(AnxietyResponse.Withdraw).Should().Equal(TestContent.ChartExercise, TestContent.WritingExercise);
    }

    [Fact]
    public void GetExercisesForPattern_leaves_out_exercises_that_name_only_other_patterns()
    {
        _catalog.GetExercisesForPattern(AnxietyResponse.Pursue).Should().Equal(TestContent.WritingExercise);
    }

    [Fact]
    public void GetExercisesForPattern_of_an_undefined_value_throws_ArgumentOutOfRangeException()
    {
        var act = () => _catalog.GetExercisesForPattern(default);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("response");
    }

    [Fact]
    public void GetExercisesOfKind_returns_the_exercises_of_that_kind()
    {
        _catalog.GetExercisesOfKind(ExerciseKind.Chart).Should().Equal(TestContent.ChartExercise);
        _catalog.GetExercisesOfKind(ExerciseKind.Writing).Should().Equal(TestContent.WritingExercise);
    }

    [Fact]
    public void GetExercisesOfKind_of_a_kind_no_exercise_has_is_empty()
    {
        _catalog.GetExercisesOfKind(ExerciseKind.RolePlay).Should().BeEmpty();
    }

    [Fact]
    public void GetExercisesOfKind_of_an_undefined_value_throws_ArgumentOutOfRangeException()
    {
        var act = () => _catalog.GetExercisesOfKind((ExerciseKind)99);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
    }

    [Fact]
    public void WithContentPack_rejects_a_null_pack()
    {
        var act = () => _catalog.WithContentPack(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("pack");
    }
}
