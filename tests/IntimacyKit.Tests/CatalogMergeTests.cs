using System.Collections.Immutable;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests;

/// <summary>
/// <see cref="IntimacyCatalog.WithContentPack(ContentPack)"/>: what a pack must get right beyond its JSON
/// shape, how an extension and a translation change the catalog, and that a rejected pack changes nothing.
/// </summary>
public sealed class CatalogMergeTests
{
    private readonly IntimacyCatalog _catalog = TestContent.Catalog;

    [Fact]
    public void An_extension_pack_adds_an_exercise_that_the_lookups_then_find()
    {
        var exercise = TestContent.NewExercise() with { Patterns = [AnxietyResponse.Engulf] };

        var extended = _catalog.WithContentPack(TestContent.ExtrasWith(exercise));

        extended.Get<Exercise>("new-exercise").Should().BeSameAs(exercise);
        extended.Exercises.Should().Equal(TestContent.ChartExercise, TestContent.WritingExercise, exercise);
        extended.GetExercisesInChapter("ch-two").Should().Equal(TestContent.WritingExercise, exercise);
        extended.GetExercisesOfKind(ExerciseKind.Planning).Should().Equal(exercise);
        extended.GetExercisesForPattern(AnxietyResponse.Engulf).Should().Contain(exercise);
        extended.GetExercisesForPattern(AnxietyResponse.Withdraw).Should().NotContain(exercise);
        extended.PackNames.Should().Equal(TestContent.PackName, "extras");
        extended.Language.Should().Be("en");
    }

    [Fact]
    public void An_extension_leaves_the_catalog_it_was_added_to_as_it_was()
    {
        _ = _catalog.WithContentPack(TestContent.ExtrasWith(TestContent.NewExercise()));

        _catalog.Exercises.Should().HaveCount(2);
        _catalog.TryGet<Exercise>("new-exercise", out _).Should().BeFalse();
        _catalog.PackNames.Should().Equal(TestContent.PackName);
    }

    [Fact]
    public void An_extension_pack_can_refer_to_its_own_items()
    {
        var pack = new ContentPack
        {
            Name = "own-chapter",
            Attribution = "Our team",
            Chapters = [new Chapter { Id = "bonus-chapter", Number = 11, Title = "Bonus", Theme = "More." }],
            Practices = [TestContent.PracticeOne with { Id = "bonus-practice", ChapterId = "bonus-chapter" }],
            Exercises = [TestContent.NewExercise("bonus-exercise", "bonus-chapter") with { ScriptIds = ["bonus-template"] }],
            Toolbox = [TestContent.PauseScript with { Id = "bonus-script", ChapterId = "bonus-chapter", ScriptId = "bonus-template" }],
            Scripts = [TestContent.PauseTemplate with { Id = "bonus-template", ChapterId = "bonus-chapter" }],
        };

        var extended = _catalog.WithContentPack(pack);

        extended.GetChapter(11).Id.Should().Be("bonus-chapter");
        extended.GetPracticesInChapter("bonus-chapter").Should().ContainSingle().Which.Id.Should().Be("bonus-practice");
        extended.GetExercisesInChapter("bonus-chapter").Should().ContainSingle().Which.Id.Should().Be("bonus-exercise");
        extended.Scripts.Select(t => t.Id).Should().Equal("pause-template", "bonus-template");
        extended.Get<ToolboxItem>("bonus-script").ScriptId.Should().Be("bonus-template");
        extended.Attributions.Should().Equal(TestContent.Pack.Attribution, "Our team");
    }

    [Fact]
    public void A_pack_without_attribution_adds_none()
    {
        var extended = _catalog.WithContentPack(TestContent.ExtrasWith(TestContent.NewExercise()) with { Attribution = "  " });

        extended.Attributions.Should().Equal(TestContent.Pack.Attribution);
    }

    [Fact]
    public void A_translation_pack_replaces_items_by_id_in_place_and_takes_over_the_language()
    {
        var spanishChapter = TestContent.ChapterOne with { Title = "El primer capítulo", Theme = "De qué trata." };
        var spanishScript = TestContent.PauseScript with { Name = "Guion de pausa", Text = "Necesito [minutos] minutos." };
        var spanishTemplate = TestContent.PauseTemplate with { Title = "Pausa", Source = "Necesito {{ break_length }}{{ if return_time }}; vuelvo a las {{ return_time }}{{ end }}." };
        var pack = new ContentPack { Name = "test-base-es", Language = "es", Chapters = [spanishChapter], Toolbox = [spanishScript], Scripts = [spanishTemplate] };

        var translated = _catalog.WithContentPack(pack);

        translated.Language.Should().Be("es");
        translated.Chapters.Should().Equal(spanishChapter, TestContent.ChapterTwo, TestContent.WrapUp);
        translated.Get<Chapter>("ch-one").Title.Should().Be("El primer capítulo");
        translated.GetChapter(1).Should().BeSameAs(spanishChapter);
        translated.Toolbox.Should().Equal(spanishScript, TestContent.FixChecklist);
        translated.Scripts.Should().Equal(spanishTemplate);
        translated.Get<Exercise>("chart-exercise").Should().BeSameAs(TestContent.ChartExercise);
        translated.Practices.Should().Equal(TestContent.PracticeOne, TestContent.PracticeTwo);
        translated.GetPracticesInChapter("ch-one").Should().HaveCount(2);
        translated.PackNames.Should().Equal(TestContent.PackName, "test-base-es");
        _catalog.Language.Should().Be("en");
        _catalog.Get<Chapter>("ch-one").Should().BeSameAs(TestContent.ChapterOne);
    }

    [Fact]
    public void A_translation_pack_may_also_add_new_items()
    {
        var pack = new ContentPack { Name = "extras-es", Language = "es", Exercises = [TestContent.NewExercise("ejercicio-nuevo")] };

        var translated = _catalog.WithContentPack(pack);

        translated.Exercises.Select(e => e.Id).Should().Equal("chart-exercise", "writing-exercise", "ejercicio-nuevo");
    }

    [Fact]
    public void A_translation_cannot_turn_an_item_into_another_kind()
    {
        var pack = new ContentPack { Name = "bad-es", Language = "es", Exercises = [TestContent.NewExercise("practice-one")] };

        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.exercises[0].id");
        problem.Code.Should().Be("type-mismatch");
        problem.Message.Should().Contain("practice").And.Contain("exercise");
    }

    [Fact]
    public void A_pack_whose_language_differs_only_in_case_is_an_extension_not_a_translation()
    {
        var pack = new ContentPack { Name = "shouting", Language = "EN", Chapters = [TestContent.ChapterOne with { Title = "Other" }] };

        TestContent.ProblemsOf(pack).Should().ContainSingle().Which.Code.Should().Be("duplicate-id");
    }

    [Fact]
    public void The_first_pack_gives_an_empty_catalog_its_language()
    {
        var catalog = IntimacyCatalog.Empty.WithContentPack(new ContentPack { Name = "nur-deutsch", Language = "de-AT" });

        catalog.Language.Should().Be("de-AT");
    }

    [Fact]
    public void An_extension_of_the_built_in_catalog_shows_up_in_its_chapter_and_pattern_lookups()
    {
        var builtIn = IntimacyCatalog.BuiltIn;
        var exercise = TestContent.NewExercise("evening-bridge", "chapter-3") with
        {
            Kind = ExerciseKind.ScriptRehearsal,
            Patterns = [AnxietyResponse.Withdraw],
            ScriptIds = ["bridge-sentence-script"],
        };

        var extended = builtIn.WithContentPack(TestContent.ExtrasWith(exercise));

        extended.Get<Exercise>("evening-bridge").Should().BeSameAs(exercise);
        extended.GetExercisesInChapter("chapter-3").Should().EndWith(exercise).And.HaveCount(builtIn.GetExercisesInChapter("chapter-3").Length + 1);
        extended.GetExercisesForPattern(AnxietyResponse.Withdraw).Should().Contain(exercise);
        extended.GetExercisesForPattern(AnxietyResponse.Engulf).Should().NotContain(exercise);
        extended.GetExercisesOfKind(ExerciseKind.ScriptRehearsal).Should().Contain(exercise);
        extended.Exercises.Should().HaveCount(16);
        extended.PackNames.Should().Equal("intimacykit-builtin", "extras");
        builtIn.Exercises.Should().HaveCount(15);
    }

    [Fact]
    public void A_spanish_translation_of_the_built_in_catalog_replaces_items_by_id_and_keeps_the_rest()
    {
        var builtIn = IntimacyCatalog.BuiltIn;
        var bridge = builtIn.Get<ToolboxItem>("bridge-sentence") with
        {
            Name = "Frase puente",
            Text = "Necesito unos 20 minutos para recomponerme; me importa esto y volveré a hablarlo a las [hora].",
        };
        var chapter = builtIn.GetChapter(1) with { Title = "La búsqueda de la intimidad" };

        var spanish = builtIn.WithContentPack(new ContentPack { Name = "builtin-es", Language = "es", Chapters = [chapter], Toolbox = [bridge] });

        spanish.Language.Should().Be("es");
        spanish.Get<ToolboxItem>("bridge-sentence").Text.Should().StartWith("Necesito");
        spanish.Get<ToolboxItem>("bridge-sentence").ScriptId.Should().Be("bridge-sentence-script");
        spanish.GetChapter(1).Title.Should().Be("La búsqueda de la intimidad");
        spanish.Chapters[0].Should().BeSameAs(chapter);
        spanish.Toolbox.Select(t => t.Id).Should().Equal(builtIn.Toolbox.Select(t => t.Id));
        spanish.Get<ToolboxItem>("honesty-formula").Should().BeSameAs(builtIn.Get<ToolboxItem>("honesty-formula"));
        spanish.Get<Exercise>("conflict-chart").Should().BeSameAs(builtIn.Get<Exercise>("conflict-chart"));
        spanish.Chapters.Should().HaveCount(11);
        builtIn.Language.Should().Be("en");
        builtIn.Get<ToolboxItem>("bridge-sentence").Text.Should().StartWith("I need about 20 minutes");
    }

    [Fact]
    public void A_pack_rejected_by_the_built_in_catalog_leaves_it_unchanged()
    {
        var builtIn = IntimacyCatalog.BuiltIn;
        var pack = TestContent.ExtrasWith(TestContent.NewExercise("conflict-chart", "chapter-2"), TestContent.NewExercise("fine-one", "chapter-2"));

        var problem = TestContent.ProblemsOf(builtIn, pack).Should().ContainSingle().Subject;

        problem.Should().Match<ValidationProblem>(p => p.Path == "$.exercises[0].id" && p.Code == "duplicate-id");
        builtIn.Exercises.Should().HaveCount(15);
        builtIn.TryGet<Exercise>("fine-one", out _).Should().BeFalse();
        builtIn.Get<Exercise>("conflict-chart").Title.Should().NotBe("A new exercise");
    }

    [Fact]
    public void A_duplicate_id_within_the_pack_is_reported_with_the_json_path_of_both_uses()
    {
        var pack = TestContent.ExtrasWith(TestContent.NewExercise("twice"), TestContent.NewExercise("twice"));

        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.exercises[1].id");
        problem.Code.Should().Be("duplicate-id");
        problem.Message.Should().Contain("'twice'").And.Contain("$.exercises[0].id");
    }

    [Fact]
    public void A_duplicate_id_across_sections_of_the_pack_is_reported()
    {
        var pack = new ContentPack
        {
            Name = "clash",
            Practices = [TestContent.PracticeOne with { Id = "same-id" }],
            Exercises = [TestContent.NewExercise("same-id")],
        };

        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.exercises[0].id");
        problem.Code.Should().Be("duplicate-id");
        problem.Message.Should().Contain("$.practices[0].id");
    }

    [Fact]
    public void An_id_already_in_the_catalog_is_a_duplicate()
    {
        var problem = TestContent.ProblemsOf(TestContent.ExtrasWith(TestContent.NewExercise("chart-exercise"))).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.exercises[0].id");
        problem.Code.Should().Be("duplicate-id");
        problem.Message.Should().Contain("'chart-exercise'").And.Contain("already in the catalog");
    }

    [Fact]
    public void An_id_that_another_kind_of_item_has_in_the_catalog_is_a_duplicate_too()
    {
        var problem = TestContent.ProblemsOf(TestContent.ExtrasWith(TestContent.NewExercise("ch-one"))).Should().ContainSingle().Subject;

        problem.Code.Should().Be("duplicate-id");
        problem.Message.Should().Contain("chapter");
    }

    [Theory]
    [InlineData("Conflict-Chart")]
    [InlineData("conflict_chart")]
    [InlineData("conflict chart")]
    [InlineData("conflict--chart")]
    [InlineData("-conflict")]
    [InlineData("conflict-")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("café")]
    public void An_id_that_is_not_lower_kebab_case_is_invalid(string id)
    {
        var problem = TestContent.ProblemsOf(TestContent.ExtrasWith(TestContent.NewExercise(id))).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.exercises[0].id");
        problem.Code.Should().Be("invalid-id");
        problem.Message.Should().Contain($"'{id}'");
    }

    [Theory]
    [InlineData("a")]
    [InlineData("chapter-10")]
    [InlineData("10")]
    [InlineData("x-1-y-2")]
    public void Lower_kebab_case_ids_with_digits_are_valid(string id)
    {
        var extended = _catalog.WithContentPack(TestContent.ExtrasWith(TestContent.NewExercise(id)));

        extended.Get<Exercise>(id).Id.Should().Be(id);
    }

    [Fact]
    public void A_field_id_that_is_not_lower_kebab_case_is_invalid()
    {
        var exercise = TestContent.NewExercise() with { Fields = [new ExerciseField { Id = "myField", Label = "F", Type = FieldType.Text }] };

        var problem = TestContent.ProblemsOf(TestContent.ExtrasWith(exercise)).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.exercises[0].fields[0].id");
        problem.Code.Should().Be("invalid-id");
    }

    [Fact]
    public void A_field_id_used_twice_in_an_exercise_is_a_duplicate()
    {
        var field = new ExerciseField { Id = "same", Label = "F", Type = FieldType.Text };
        var exercise = TestContent.NewExercise() with { Fields = [field, field with { Label = "G" }] };

        var problem = TestContent.ProblemsOf(TestContent.ExtrasWith(exercise)).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.exercises[0].fields[1].id");
        problem.Code.Should().Be("duplicate-id");
    }

    [Fact]
    public void The_same_field_id_in_two_exercises_is_fine()
    {
        var extended = _catalog.WithContentPack(TestContent.ExtrasWith(TestContent.NewExercise("one"), TestContent.NewExercise("two")));

        extended.Get<Exercise>("two").Fields[0].Id.Should().Be(extended.Get<Exercise>("one").Fields[0].Id);
    }

    [Theory]
    [InlineData("Extras")]
    [InlineData("my extras")]
    [InlineData("")]
    public void A_pack_name_that_is_not_lower_kebab_case_is_invalid(string name)
    {
        var problem = TestContent.ProblemsOf(new ContentPack { Name = name }).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.name");
        problem.Code.Should().Be("invalid-id");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(-1)]
    public void An_unsupported_schema_version_is_reported(int version)
    {
        var problem = TestContent.ProblemsOf(new ContentPack { Name = "future", SchemaVersion = version }).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.schemaVersion");
        problem.Code.Should().Be("unsupported-schema-version");
        problem.Message.Should().Contain(version.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("klingon")]
    [InlineData("xx-nope")]
    public void An_invalid_language_is_reported(string language)
    {
        var problem = TestContent.ProblemsOf(new ContentPack { Name = "lang", Language = language }).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.language");
        problem.Code.Should().Be("invalid-language");
    }

    [Theory]
    [InlineData("es")]
    [InlineData("es-MX")]
    [InlineData("pt-BR")]
    [InlineData("zh-Hans")]
    public void A_culture_name_is_a_valid_language(string language)
    {
        var catalog = IntimacyCatalog.Empty.WithContentPack(new ContentPack { Name = "lang", Language = language });

        catalog.Language.Should().Be(language);
    }

    public static TheoryData<ContentPack, string> BlankTexts => new()
    {
        { new ContentPack { Name = "p", Chapters = [TestContent.WrapUp with { Id = "c", Title = " " }] }, "$.chapters[0].title" },
        { new ContentPack { Name = "p", Chapters = [TestContent.WrapUp with { Id = "c", Theme = "" }] }, "$.chapters[0].theme" },
        { new ContentPack { Name = "p", Chapters = [TestContent.WrapUp with { Id = "c", KeyIdeas = ["Fine.", "\t"] }] }, "$.chapters[0].keyIdeas[1]" },
        { new ContentPack { Name = "p", Patterns = [TestContent.WithdrawPattern with { Id = "p", Response = AnxietyResponse.Engulf, Signs = [] }] }, "$.patterns[0].signs" },
        { new ContentPack { Name = "p", Patterns = [TestContent.WithdrawPattern with { Id = "p", Response = AnxietyResponse.Engulf, Antidotes = [] }] }, "$.patterns[0].antidotes" },
        { new ContentPack { Name = "p", Patterns = [TestContent.WithdrawPattern with { Id = "p", Response = AnxietyResponse.Engulf, UnderlyingFear = "" }] }, "$.patterns[0].underlyingFear" },
        { new ContentPack { Name = "p", Patterns = [TestContent.WithdrawPattern with { Id = "p", Response = AnxietyResponse.Engulf, HowItFeedsThePartner = " " }] }, "$.patterns[0].howItFeedsThePartner" },
        { new ContentPack { Name = "p", Dances = [TestContent.TestDance with { Id = "d", CircuitBreakers = [] }] }, "$.dances[0].circuitBreakers" },
        { new ContentPack { Name = "p", Dances = [TestContent.TestDance with { Id = "d", Summary = "" }] }, "$.dances[0].summary" },
        { new ContentPack { Name = "p", Dances = [TestContent.TestDance with { Id = "d", Second = TestContent.TestDance.Second with { Move = "" } }] }, "$.dances[0].second.move" },
        { new ContentPack { Name = "p", Practices = [TestContent.PracticeOne with { Id = "p", Description = "" }] }, "$.practices[0].description" },
        { new ContentPack { Name = "p", Principles = [TestContent.OnePrinciple with { Id = "p", Text = "  " }] }, "$.principles[0].text" },
        { new ContentPack { Name = "p", Toolbox = [TestContent.PauseScript with { Id = "t", Purpose = "" }] }, "$.toolbox[0].purpose" },
        { new ContentPack { Name = "p", Toolbox = [TestContent.FixChecklist with { Id = "t", Steps = [] }] }, "$.toolbox[0].steps" },
        { new ContentPack { Name = "p", Toolbox = [TestContent.FixChecklist with { Id = "t", Steps = ["One", ""] }] }, "$.toolbox[0].steps[1]" },
        { new ContentPack { Name = "p", Exercises = [TestContent.NewExercise() with { Instructions = "" }] }, "$.exercises[0].instructions" },
        { new ContentPack { Name = "p", Exercises = [TestContent.NewExercise() with { Fields = [] }] }, "$.exercises[0].fields" },
        { new ContentPack { Name = "p", Exercises = [TestContent.NewExercise() with { Fields = [new ExerciseField { Id = "f", Label = " ", Type = FieldType.Text }] }] }, "$.exercises[0].fields[0].label" },
        { new ContentPack { Name = "p", Exercises = [TestContent.NewExercise() with { Fields = [new ExerciseField { Id = "f", Label = "F", Type = FieldType.TwoColumnTable, RightColumn = "R" }] }] }, "$.exercises[0].fields[0].leftColumn" },
        { new ContentPack { Name = "p", Scripts = [TestContent.PauseTemplate with { Id = "s", Title = " " }] }, "$.scripts[0].title" },
        { new ContentPack { Name = "p", Scripts = [TestContent.PauseTemplate with { Id = "s", Purpose = "" }] }, "$.scripts[0].purpose" },
        { new ContentPack { Name = "p", Scripts = [TestContent.PauseTemplate with { Id = "s", WhenToUse = "\t" }] }, "$.scripts[0].whenToUse" },
        { new ContentPack { Name = "p", Scripts = [TestContent.PauseTemplate with { Id = "s", Source = "  " }] }, "$.scripts[0].source" },
    };

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public void A_blank_required_text_or_an_empty_required_list_is_reported(ContentPack pack, string path)
    {
        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be(path);
        problem.Code.Should().Be("required");
    }

    public static TheoryData<ExerciseField, string, string> BadFields => new()
    {
        { new ExerciseField { Id = "f", Label = "F", Type = FieldType.Text, MinItems = 1 }, "$.exercises[0].fields[0]", "unexpected-member" },
        { new ExerciseField { Id = "f", Label = "F", Type = FieldType.Rating, MaxItems = 3 }, "$.exercises[0].fields[0]", "unexpected-member" },
        { new ExerciseField { Id = "f", Label = "F", Type = FieldType.List, MinRating = 0 }, "$.exercises[0].fields[0]", "unexpected-member" },
        { new ExerciseField { Id = "f", Label = "F", Type = FieldType.Text, LeftColumn = "L", RightColumn = "R" }, "$.exercises[0].fields[0]", "unexpected-member" },
        { new ExerciseField { Id = "f", Label = "F", Type = FieldType.Text, MaxLength = 0 }, "$.exercises[0].fields[0].maxLength", "out-of-range" },
        { new ExerciseField { Id = "f", Label = "F", Type = FieldType.List, MinItems = -1 }, "$.exercises[0].fields[0].minItems", "out-of-range" },
        { new ExerciseField { Id = "f", Label = "F", Type = FieldType.List, MaxItems = 0, MinItems = 0 }, "$.exercises[0].fields[0].maxItems", "out-of-range" },
        { new ExerciseField { Id = "f", Label = "F", Type = FieldType.List, MinItems = 3, MaxItems = 2 }, "$.exercises[0].fields[0].maxItems", "out-of-range" },
        { new ExerciseField { Id = "f", Label = "F", Type = FieldType.Rating, MinRating = 5, MaxRating = 5 }, "$.exercises[0].fields[0].maxRating", "out-of-range" },
        { new ExerciseField { Id = "f", Label = "F", Type = FieldType.Rating, MaxRating = 1 }, "$.exercises[0].fields[0].maxRating", "out-of-range" },
        { new ExerciseField { Id = "f", Label = "F", Type = FieldType.Rating, MinRating = 10 }, "$.exercises[0].fields[0].maxRating", "out-of-range" },
        { new ExerciseField { Id = "f", Label = "F", Type = (FieldType)0 }, "$.exercises[0].fields[0].type", "invalid-value" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public void An_inconsistent_field_definition_is_reported(ExerciseField field, string path, string code)
    {
        var pack = TestContent.ExtrasWith(TestContent.NewExercise() with { Fields = [field] });

        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be(path);
        problem.Code.Should().Be(code);
    }

    [Fact]
    public void Consistent_field_limits_are_accepted()
    {
        var fields = ImmutableArray.Create(
            new ExerciseField { Id = "a", Label = "A", Type = FieldType.List, MinItems = 0, MaxItems = 1 },
            new ExerciseField { Id = "b", Label = "B", Type = FieldType.TwoColumnTable, LeftColumn = "L", RightColumn = "R", MinItems = 2, MaxItems = 2 },
            new ExerciseField { Id = "c", Label = "C", Type = FieldType.Rating, MinRating = -5, MaxRating = -4 },
            new ExerciseField { Id = "d", Label = "D", Type = FieldType.Text, MaxLength = 1 });

        var extended = _catalog.WithContentPack(TestContent.ExtrasWith(TestContent.NewExercise() with { Fields = fields }));

        extended.Get<Exercise>("new-exercise").Fields.Should().HaveCount(4);
    }

    [Fact]
    public void A_script_with_steps_is_reported()
    {
        var pack = new ContentPack { Name = "p", Toolbox = [TestContent.PauseScript with { Id = "t", Steps = ["One"] }] };

        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.toolbox[0].steps");
        problem.Code.Should().Be("unexpected-member");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(601)]
    public void Estimated_minutes_outside_one_to_six_hundred_are_out_of_range(int minutes)
    {
        var pack = TestContent.ExtrasWith(TestContent.NewExercise() with { EstimatedMinutes = minutes });

        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.exercises[0].estimatedMinutes");
        problem.Code.Should().Be("out-of-range");
    }

    [Fact]
    public void A_chapter_number_that_is_not_positive_is_out_of_range()
    {
        var pack = new ContentPack { Name = "p", Chapters = [TestContent.WrapUp with { Id = "c", Number = 0 }] };

        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.chapters[0].number");
        problem.Code.Should().Be("out-of-range");
    }

    [Fact]
    public void A_chapter_number_another_chapter_has_is_a_duplicate_number()
    {
        var pack = new ContentPack { Name = "p", Chapters = [TestContent.WrapUp with { Id = "another-one", Number = 1 }] };

        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.chapters[0].number");
        problem.Code.Should().Be("duplicate-number");
    }

    [Fact]
    public void A_second_description_of_a_pattern_is_a_duplicate_pattern()
    {
        var pack = new ContentPack { Name = "p", Patterns = [TestContent.WithdrawPattern with { Id = "withdraw-again" }] };

        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.patterns[0].response");
        problem.Code.Should().Be("duplicate-pattern");
    }

    public static TheoryData<ContentPack, string> UndefinedEnums => new()
    {
        { TestContent.ExtrasWith(TestContent.NewExercise() with { Kind = (ExerciseKind)0 }), "$.exercises[0].kind" },
        { TestContent.ExtrasWith(TestContent.NewExercise() with { Patterns = [AnxietyResponse.Pursue, (AnxietyResponse)9] }), "$.exercises[0].patterns[1]" },
        { new ContentPack { Name = "p", Toolbox = [TestContent.PauseScript with { Id = "t", Kind = (ToolboxItemKind)3 }] }, "$.toolbox[0].kind" },
        { new ContentPack { Name = "p", Practices = [TestContent.PracticeOne with { Id = "p", Patterns = [(AnxietyResponse)(-1)] }] }, "$.practices[0].patterns[0]" },
        { new ContentPack { Name = "p", Chapters = [TestContent.WrapUp with { Id = "c", Patterns = [(AnxietyResponse)4] }] }, "$.chapters[0].patterns[0]" },
        { new ContentPack { Name = "p", Dances = [TestContent.TestDance with { Id = "d", First = TestContent.TestDance.First with { Response = (AnxietyResponse)0 } }] }, "$.dances[0].first.response" },
        { new ContentPack { Name = "p", Scripts = [TestContent.PauseTemplate with { Id = "s", Patterns = [(AnxietyResponse)7] }] }, "$.scripts[0].patterns[0]" },
    };

    [Theory]
    [MemberData(nameof(UndefinedEnums))]
    public void An_undefined_enum_value_in_a_pack_built_in_code_is_an_invalid_value(ContentPack pack, string path)
    {
        var problem = TestContent.ProblemsOf(pack).Should().Contain(p => p.Path == path).Subject;

        problem.Code.Should().Be("invalid-value");
    }

    [Fact]
    public void A_null_entry_in_a_section_is_a_null_value()
    {
        var problem = TestContent.ProblemsOf("""{ "name": "p", "exercises": [ null ] }""").Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.exercises[0]");
        problem.Code.Should().Be("null-value");
    }

    [Fact]
    public void A_null_field_is_a_null_value()
    {
        var problem = TestContent.ProblemsOf("""
            { "name": "p", "exercises": [ { "id": "e", "chapterId": "ch-one", "title": "T", "kind": "writing",
              "instructions": "I", "estimatedMinutes": 5, "fields": [ { "id": "f", "label": "F", "type": "text" }, null ] } ] }
            """).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.exercises[0].fields[1]");
        problem.Code.Should().Be("null-value");
    }

    [Fact]
    public void A_null_key_idea_in_json_is_a_blank_required_text()
    {
        var problem = TestContent.ProblemsOf("""
            { "name": "p", "chapters": [ { "id": "c", "title": "T", "theme": "T", "keyIdeas": [ "One.", null ] } ] }
            """).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.chapters[0].keyIdeas[1]");
        problem.Code.Should().Be("required");
    }

    [Fact]
    public void Every_problem_of_a_pack_is_reported_at_once_in_pack_order()
    {
        var problems = TestContent.ProblemsOf("""
            {
              "name": "three-mistakes",
              "practices": [
                { "id": "fine-practice", "chapterId": "ch-one", "title": "T", "description": "" }
              ],
              "exercises": [
                { "id": "Bad_Id", "chapterId": "ch-one", "title": "T", "kind": "writing", "instructions": "I", "estimatedMinutes": 5,
                  "fields": [ { "id": "f", "label": "F", "type": "text" } ] },
                { "id": "lost-exercise", "chapterId": "chapter-99", "title": "T", "kind": "writing", "instructions": "I", "estimatedMinutes": 5,
                  "fields": [ { "id": "f", "label": "F", "type": "text" } ] }
              ]
            }
            """);

        problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.practices[0].description", "required"),
            ("$.exercises[0].id", "invalid-id"),
            ("$.exercises[1].chapterId", "dangling-reference"));
    }

    [Fact]
    public void The_exception_lists_every_problem_in_its_message_and_names_the_pack()
    {
        var pack = new ContentPack
        {
            Name = "two-mistakes",
            SchemaVersion = 3,
            Exercises = [TestContent.NewExercise() with { Title = "" }],
        };

        var act = () => _catalog.WithContentPack(pack);

        var error = act.Should().Throw<ContentPackException>().Which;
        error.PackName.Should().Be("two-mistakes");
        error.Problems.Should().HaveCount(2);
        error.Message.Should().StartWith("Content pack 'two-mistakes' has 2 problems:")
            .And.Contain("$.schemaVersion").And.Contain("(unsupported-schema-version)")
            .And.Contain("$.exercises[0].title").And.Contain("(required)");
        error.Should().BeAssignableTo<IntimacyKitException>();
    }

    [Fact]
    public void A_pack_without_a_usable_name_is_called_unnamed()
    {
        var act = () => _catalog.WithContentPack(new ContentPack { Name = " " });

        act.Should().Throw<ContentPackException>().Which.PackName.Should().Be("(unnamed)");
    }

    [Fact]
    public void A_rejected_pack_leaves_the_catalog_unchanged_and_usable()
    {
        var before = (_catalog.Chapters.Length, _catalog.Exercises.Length, _catalog.Practices.Length, _catalog.PackNames.Length);
        var pack = new ContentPack
        {
            Name = "half-good",
            Chapters = [new Chapter { Id = "good-chapter", Number = 7, Title = "Good", Theme = "Fine." }],
            Exercises = [TestContent.NewExercise("good-exercise"), TestContent.NewExercise("bad-exercise", "chapter-99")],
        };

        var act = () => _catalog.WithContentPack(pack);

        act.Should().Throw<ContentPackException>().Which.Problems.Should().ContainSingle();
        (_catalog.Chapters.Length, _catalog.Exercises.Length, _catalog.Practices.Length, _catalog.PackNames.Length).Should().Be(before);
        _catalog.TryGet<Exercise>("good-exercise", out _).Should().BeFalse();
        _catalog.TryGet<Chapter>("good-chapter", out _).Should().BeFalse();
        _catalog.Get<Exercise>("chart-exercise").Should().BeSameAs(TestContent.ChartExercise);
        _catalog.WithContentPack(TestContent.ExtrasWith(TestContent.NewExercise("good-exercise"))).Exercises.Should().HaveCount(3);
    }

    [Fact]
    public void A_pack_built_in_code_with_default_arrays_and_null_strings_gets_problems_not_a_NullReferenceException()
    {
        var pack = new ContentPack
        {
            Name = null!,
            Chapters = [new Chapter { Id = "c", Title = null!, Theme = null!, KeyIdeas = default, Patterns = default }],
            Patterns = [new PatternDescription
            {
                Id = "p", Response = AnxietyResponse.Engulf, Name = null!, Summary = null!, UnderlyingFear = null!, EffectOnPartner = null!,
                HowItFeedsThePartner = null!, Signs = default, Antidotes = default, PracticeIds = default, ChapterIds = default,
            }],
            Dances = [new Dance { Id = "d", Name = null!, Summary = null!, First = null!, Second = new DanceRole { Name = null!, Move = null!, FeedsTheOther = null! }, CircuitBreakers = default, ChapterIds = default }],
            Practices = [new Practice { Id = null!, ChapterId = null!, Title = null!, Description = null!, Patterns = default }],
            Exercises = [new Exercise
            {
                Id = "e", ChapterId = null!, Title = null!, Kind = ExerciseKind.Writing, Instructions = null!, EstimatedMinutes = 5,
                Fields = [new ExerciseField { Id = null!, Label = null!, Type = FieldType.TwoColumnTable }], Patterns = default, ScriptIds = default,
            }],
            Principles = [new Principle { Id = "q", ChapterId = null!, Text = null! }],
            Toolbox = [new ToolboxItem { Id = "t", ChapterId = null!, Name = null!, Kind = ToolboxItemKind.Checklist, Purpose = null!, Text = null!, Steps = default }],
            Scripts = [new ScriptTemplate
            {
                Id = "s", ChapterId = null!, Title = null!, Purpose = null!, WhenToUse = null!, Source = null!, Patterns = default,
                Parameters = [new ScriptParameter { Name = null!, Description = null!, Kind = ScriptParameterKind.Text, Example = null! }],
            }],
        };

        var act = () => IntimacyCatalog.Empty.WithContentPack(pack);

        var error = act.Should().Throw<ContentPackException>().Which;
        error.PackName.Should().Be("(unnamed)");
        error.Problems.Select(p => p.Path).Should().Contain(
        [
            "$.name", "$.chapters[0].title", "$.chapters[0].theme",
            "$.patterns[0].signs", "$.patterns[0].antidotes", "$.dances[0].first", "$.dances[0].second.name",
            "$.dances[0].circuitBreakers", "$.practices[0].id", "$.exercises[0].title", "$.exercises[0].fields[0].id",
            "$.exercises[0].fields[0].label", "$.exercises[0].fields[0].leftColumn", "$.exercises[0].chapterId",
            "$.principles[0].text", "$.principles[0].chapterId", "$.toolbox[0].steps", "$.toolbox[0].chapterId",
            "$.scripts[0].title", "$.scripts[0].purpose", "$.scripts[0].whenToUse", "$.scripts[0].parameters[0].name",
            "$.scripts[0].parameters[0].description", "$.scripts[0].parameters[0].example", "$.scripts[0].source", "$.scripts[0].chapterId",
        ]);
        error.Problems.Should().OnlyContain(p => p.Code == "required" || p.Code == "invalid-id" || p.Code == "invalid-name");
    }

    [Fact]
    public void A_pack_built_in_code_with_default_sections_is_an_empty_pack()
    {
        var pack = new ContentPack
        {
            Name = "defaults",
            Chapters = default,
            Patterns = default,
            Dances = default,
            Practices = default,
            Exercises = default,
            Principles = default,
            Toolbox = default,
            Scripts = default,
        };

        var catalog = _catalog.WithContentPack(pack);

        catalog.PackNames.Should().Equal(TestContent.PackName, "defaults");
        catalog.Exercises.Should().HaveCount(2);
        catalog.Scripts.Should().Equal(TestContent.PauseTemplate);
    }

    [Fact]
    public void A_pack_built_in_code_with_null_entries_gets_null_value_problems()
    {
        var pack = new ContentPack { Name = "nulls", Chapters = [null!], Exercises = [TestContent.NewExercise() with { Fields = [null!] }] };

        var problems = TestContent.ProblemsOf(pack);

        problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.chapters[0]", "null-value"),
            ("$.exercises[0].fields[0]", "null-value"));
    }

    public static TheoryData<ContentPack, string> MissingSafetyNotes => new()
    {
        { new ContentPack { Name = "p", Exercises = [TestContent.NewExercise() with { PartnerInvolvement = PartnerInvolvement.Confront }] }, "$.exercises[0].safetyNote" },
        { new ContentPack { Name = "p", Practices = [TestContent.PracticeOne with { Id = "p", PartnerInvolvement = PartnerInvolvement.Renegotiate, SafetyNote = " " }] }, "$.practices[0].safetyNote" },
        { new ContentPack { Name = "p", Scripts = [TestContent.PauseTemplate with { Id = "s", PartnerInvolvement = PartnerInvolvement.Repair }] }, "$.scripts[0].safetyNote" },
        { new ContentPack { Name = "p", Toolbox = [TestContent.FixChecklist with { Id = "t", PartnerInvolvement = PartnerInvolvement.Repair }] }, "$.toolbox[0].safetyNote" },
        {
            new ContentPack { Name = "p", Patterns = [TestContent.WithdrawPattern with { Id = "p", Response = AnxietyResponse.Engulf, Antidotes = [new Antidote { Text = "Breathe." }, new Antidote { Text = "Say no.", PartnerInvolvement = PartnerInvolvement.Confront }] }] },
            "$.patterns[0].antidotes[1].safetyNote"
        },
        {
            new ContentPack { Name = "p", Dances = [TestContent.TestDance with { Id = "d", CircuitBreakers = [new CircuitBreaker { Text = "Trade a task.", PartnerInvolvement = PartnerInvolvement.Renegotiate, SafetyNote = "" }] }] },
            "$.dances[0].circuitBreakers[0].safetyNote"
        },
    };

    [Theory]
    [MemberData(nameof(MissingSafetyNotes))]
    public void An_item_that_involves_the_partner_without_a_safety_note_is_reported_at_its_path(ContentPack pack, string path)
    {
        var problem = TestContent.ProblemsOf(pack).Should().ContainSingle().Subject;

        problem.Path.Should().Be(path);
        problem.Code.Should().Be("missing-safety-note");
        problem.Message.Should().Contain("safety note");
    }

    [Fact]
    public void A_safety_note_on_an_item_that_asks_nothing_of_the_partner_is_kept_but_cannot_be_blank()
    {
        var kept = TestContent.Catalog.WithContentPack(new ContentPack { Name = "p", Practices = [TestContent.PracticeOne with { Id = "p", SafetyNote = "Go gently." }] });
        var problem = TestContent.ProblemsOf(new ContentPack { Name = "p", Practices = [TestContent.PracticeOne with { Id = "p", SafetyNote = "\t" }] }).Should().ContainSingle().Subject;

        kept.Get<Practice>("p").SafetyNote.Should().Be("Go gently.");
        problem.Path.Should().Be("$.practices[0].safetyNote");
        problem.Code.Should().Be("required");
    }

    [Fact]
    public void A_null_or_blank_antidote_or_circuit_breaker_and_an_undefined_involvement_are_reported_at_their_paths()
    {
        var pack = new ContentPack
        {
            Name = "p",
            Patterns = [TestContent.WithdrawPattern with { Id = "p", Response = AnxietyResponse.Engulf, Antidotes = [null!, new Antidote { Text = " " }] }],
            Dances = [TestContent.TestDance with { Id = "d", CircuitBreakers = [new CircuitBreaker { Text = "Pause.", PartnerInvolvement = (PartnerInvolvement)42, SafetyNote = "Careful." }] }],
        };

        TestContent.ProblemsOf(pack).Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.patterns[0].antidotes[0]", "null-value"),
            ("$.patterns[0].antidotes[1].text", "required"),
            ("$.dances[0].circuitBreakers[0].partnerInvolvement", "invalid-value"));
    }

    [Fact]
    public void A_translation_that_changes_what_an_item_asks_of_the_partner_is_reported()
    {
        var builtIn = IntimacyCatalog.BuiltIn;
        var practice = builtIn.Get<Practice>("one-small-no") with { Title = "Di un pequeño no cada semana", PartnerInvolvement = PartnerInvolvement.None, SafetyNote = null };
        var script = builtIn.Get<ScriptTemplate>("bridge-sentence-script") with { PartnerInvolvement = PartnerInvolvement.Confront, SafetyNote = "Cuidado." };

        var problems = TestContent.ProblemsOf(builtIn, new ContentPack { Name = "es-extra", Language = "es", Practices = [practice], Scripts = [script] });

        problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.practices[0].partnerInvolvement", "partner-involvement-mismatch"),
            ("$.scripts[0].partnerInvolvement", "partner-involvement-mismatch"));
        problems[0].Message.Should().Contain("'confront'").And.Contain("'none'");
    }

    [Fact]
    public void A_translation_of_a_dance_keeps_what_shows_each_role_or_is_reported()
    {
        var builtIn = IntimacyCatalog.BuiltIn;
        var dance = builtIn.Get<Dance>("over-under-functioning");
        var kept = dance with { Name = "Hacer de más y hacer de menos", Second = dance.Second with { Name = "quien hace de menos" } };
        var dropped = dance with { Second = dance.Second with { Moves = [] } };

        var translated = builtIn.WithContentPack(new ContentPack { Name = "dances-es", Language = "es", Dances = [kept] });
        var problems = TestContent.ProblemsOf(builtIn, new ContentPack { Name = "dances-es", Language = "es", Dances = [dropped] });

        translated.Get<Dance>("over-under-functioning").Second.Moves.Should().Equal(DanceMove.UnderFunction);
        problems.Select(p => (p.Path, p.Code)).Should().Equal(("$.dances[0].second", "role-measure-mismatch"));
        problems[0].Message.Should().Contain("[under-function]");
    }
}
