using System.Text.RegularExpressions;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests.Content;

/// <summary>
/// The built-in catalog (Content/builtin.en.json) holds the whole book under the agreed ids: chapters 1–10 and the
/// conclusion, the three patterns and dances, two practices per chapter, the fifteen exercises, the five principles,
/// the toolbox and the eleven script templates, and every reference in it resolves.
/// </summary>
public sealed partial class BuiltInContentTests
{
    private static IntimacyCatalog Catalog => IntimacyCatalog.BuiltIn;

    public static TheoryData<int> ChapterNumbers => [.. Enumerable.Range(1, 10)];

    public static TheoryData<string, int> ExercisesByChapter => new()
    {
        { "closeness-fears", 1 },
        { "conflict-chart", 2 },
        { "calm-space-rehearsal", 3 },
        { "assertive-alternative", 4 },
        { "defusing-line", 5 },
        { "complaint-to-request", 6 },
        { "task-redistribution", 7 },
        { "repair-plan", 8 },
        { "support-question", 9 },
        { "six-week-experiment", 10 },
    };

    private static readonly string[] s_scriptTemplateIds =
    [
        "bridge-sentence-script", "assertive-boundary-script", "de-escalation-script", "honesty-formula-script",
        "repair-statement-script", "calm-space-script", "defusing-line-script", "small-no-script",
        "disclosure-check-in-script", "support-question-script", "feeling-statement-script",
    ];

    public static TheoryData<string> ScriptTemplateIds => [.. s_scriptTemplateIds];

    public static TheoryData<string> FurtherExercises =>
        ["boundary-sentence-experiment", "family-pattern-map", "small-no-week", "escalation-triggers", "gendered-expectation-test"];

    [Fact]
    public void The_catalog_has_the_agreed_number_of_items_of_each_kind()
    {
        Catalog.Chapters.Should().HaveCount(11);
        Catalog.Patterns.Should().HaveCount(3);
        Catalog.Dances.Should().HaveCount(3);
        Catalog.Practices.Should().HaveCount(20);
        Catalog.Exercises.Should().HaveCount(15);
        Catalog.Principles.Should().HaveCount(5);
        Catalog.Toolbox.Should().HaveCount(5);
        Catalog.Scripts.Should().HaveCount(11);
    }

    [Fact]
    public void The_script_templates_are_the_agreed_eleven_in_order()
    {
        Catalog.Scripts.Select(s => s.Id).Should().Equal(s_scriptTemplateIds);
    }

    [Theory]
    [MemberData(nameof(ScriptTemplateIds))]
    public void Each_script_template_has_a_title_purpose_source_and_described_parameters_with_parsable_examples(string id)
    {
        var template = Catalog.Get<ScriptTemplate>(id);

        template.Title.Should().NotBeNullOrWhiteSpace();
        template.Purpose.Should().NotBeNullOrWhiteSpace();
        template.WhenToUse.Should().NotBeNullOrWhiteSpace();
        template.Source.Should().Contain("{{");
        Catalog.TryGet<Chapter>(template.ChapterId, out _).Should().BeTrue();
        template.Parameters.Should().NotBeEmpty().And.AllSatisfy(p =>
        {
            p.Name.Should().MatchRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$");
            p.Description.Should().NotBeNullOrWhiteSpace();
            ScriptValues.TryParseInvariant(p.Kind, p.Example, out _).Should().BeTrue($"'{p.Example}' is an example of {p.Kind}");
            if (p.Default is not null)
            {
                p.IsOptional.Should().BeTrue();
                ScriptValues.TryParseInvariant(p.Kind, p.Default, out _).Should().BeTrue($"'{p.Default}' is a default of {p.Kind}");
            }
        });
        template.Parameters.Select(p => p.Name).Should().OnlyHaveUniqueItems();
        CustomScript.Check(template.Source).Placeholders.Should().BeEquivalentTo(template.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void The_chapters_are_one_to_ten_in_order_then_the_conclusion_without_a_number()
    {
        Catalog.Chapters.Select(c => (c.Id, c.Number)).Should().Equal(
            Enumerable.Range(1, 10).Select(n => ($"chapter-{n}", (int?)n)).Append(("conclusion", null)));
    }

    [Fact]
    public void The_catalog_is_in_English_and_its_attribution_names_Lerner_and_the_book()
    {
        Catalog.Language.Should().Be("en");
        Catalog.PackNames.Should().Equal("intimacykit-builtin");
        Catalog.Attributions.Should().ContainSingle().Which.Should().Contain("Lerner").And.Contain("The Dance of Intimacy");
    }

    [Theory]
    [MemberData(nameof(ChapterNumbers))]
    public void Each_chapter_has_a_title_a_theme_and_key_ideas(int number)
    {
        var chapter = Catalog.GetChapter(number);

        chapter.Id.Should().Be($"chapter-{number}");
        chapter.Title.Should().NotBeNullOrWhiteSpace();
        chapter.Theme.Should().NotBeNullOrWhiteSpace();
        chapter.KeyIdeas.Should().NotBeEmpty().And.OnlyContain(idea => !string.IsNullOrWhiteSpace(idea));
    }

    [Theory]
    [MemberData(nameof(ChapterNumbers))]
    public void Each_chapter_has_two_practices_and_at_least_one_exercise(int number)
    {
        var id = $"chapter-{number}";

        Catalog.GetPracticesInChapter(id).Should().HaveCount(2)
            .And.OnlyContain(p => !string.IsNullOrWhiteSpace(p.Title) && !string.IsNullOrWhiteSpace(p.Description));
        Catalog.GetExercisesInChapter(id).Should().NotBeEmpty();
    }

    [Fact]
    public void The_conclusion_has_a_title_theme_and_key_ideas_and_its_five_principles()
    {
        var conclusion = Catalog.Get<Chapter>("conclusion");

        conclusion.Number.Should().BeNull();
        conclusion.Title.Should().NotBeNullOrWhiteSpace();
        conclusion.Theme.Should().NotBeNullOrWhiteSpace();
        conclusion.KeyIdeas.Should().NotBeEmpty();
        Catalog.Principles.Select(p => p.Id).Should().Equal(
            "connection-and-separateness", "patterns-can-change", "honesty-boundaries-small-steps",
            "repair-needs-action", "renegotiate-across-transitions");
        Catalog.Principles.Should().OnlyContain(p => p.ChapterId == "conclusion" && !string.IsNullOrWhiteSpace(p.Text));
    }

    [Theory]
    [MemberData(nameof(ExercisesByChapter))]
    public void Each_chapters_own_exercise_is_in_that_chapter(string id, int number)
    {
        var exercise = Catalog.Get<Exercise>(id);

        exercise.ChapterId.Should().Be($"chapter-{number}");
        Catalog.GetExercisesInChapter($"chapter-{number}").Should().Contain(exercise);
    }

    [Theory]
    [MemberData(nameof(FurtherExercises))]
    public void The_further_exercises_are_present(string id)
    {
        Catalog.TryGet<Exercise>(id, out var exercise).Should().BeTrue();
        exercise!.Title.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Every_exercise_has_a_title_instructions_fields_and_a_plausible_duration()
    {
        Catalog.Exercises.Should().AllSatisfy(e =>
        {
            e.Title.Should().NotBeNullOrWhiteSpace();
            e.Instructions.Should().NotBeNullOrWhiteSpace();
            e.Fields.Should().NotBeEmpty();
            e.EstimatedMinutes.Should().BeInRange(1, 600);
        });
    }

    [Fact]
    public void The_conflict_chart_has_a_two_column_table_with_both_headings()
    {
        var chart = Catalog.Get<Exercise>("conflict-chart");

        chart.Kind.Should().Be(ExerciseKind.Chart);
        var table = chart.Fields.Should().ContainSingle(f => f.Type == FieldType.TwoColumnTable).Subject;
        table.Id.Should().Be("conflicts");
        table.LeftColumn.Should().NotBeNullOrWhiteSpace();
        table.RightColumn.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void The_calm_space_rehearsal_builds_on_the_bridge_sentence_and_the_calm_space_script()
    {
        Catalog.Get<Exercise>("calm-space-rehearsal").ScriptIds.Should().Equal("bridge-sentence-script", "calm-space-script");
        Catalog.TryGet<Exercise>("calm-space-script", out _).Should().BeFalse("the exercise was renamed; the id now belongs to a script template");
        Catalog.TryGet<ScriptTemplate>("calm-space-script", out _).Should().BeTrue();
    }

    [Fact]
    public void Complaint_to_request_uses_the_honesty_formula()
    {
        Catalog.Get<Exercise>("complaint-to-request").ScriptIds.Should().Equal("honesty-formula-script", "feeling-statement-script");
    }

    [Fact]
    public void Every_exercise_kind_is_used()
    {
        Catalog.Exercises.Select(e => e.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<ExerciseKind>());
    }

    [Fact]
    public void Every_field_type_is_used()
    {
        Catalog.Exercises.SelectMany(e => e.Fields).Select(f => f.Type).Distinct().Should().BeEquivalentTo(Enum.GetValues<FieldType>());
    }

    [Fact]
    public void Every_pattern_has_exercises_that_work_on_it()
    {
        foreach (var response in Enum.GetValues<AnxietyResponse>())
        {
            Catalog.GetExercisesForPattern(response).Should().NotBeEmpty($"some exercise works on {response}");
        }
    }

    [Fact]
    public void Ids_are_lower_kebab_case_and_unique_across_the_catalog()
    {
        var ids = AllItems().Select(i => i.Id).ToList();

        ids.Should().OnlyHaveUniqueItems().And.HaveCount(11 + 3 + 3 + 20 + 15 + 5 + 5 + 11);
        ids.Should().OnlyContain(id => KebabCase().IsMatch(id));
    }

    [Fact]
    public void Field_ids_are_lower_kebab_case_and_unique_within_each_exercise()
    {
        Catalog.Exercises.Should().AllSatisfy(e =>
        {
            e.Fields.Select(f => f.Id).Should().OnlyHaveUniqueItems();
            e.Fields.Should().OnlyContain(f => KebabCase().IsMatch(f.Id) && !string.IsNullOrWhiteSpace(f.Label));
        });
    }

    [Fact]
    public void Every_chapter_reference_points_at_a_chapter()
    {
        var references = Catalog.Practices.Select(p => p.ChapterId)
            .Concat(Catalog.Exercises.Select(e => e.ChapterId))
            .Concat(Catalog.Principles.Select(p => p.ChapterId))
            .Concat(Catalog.Toolbox.Select(t => t.ChapterId))
            .Concat(Catalog.Scripts.Select(s => s.ChapterId))
            .Concat(Catalog.Patterns.SelectMany(p => p.ChapterIds))
            .Concat(Catalog.Dances.SelectMany(d => d.ChapterIds));

        references.Should().AllSatisfy(id => Catalog.TryGet<Chapter>(id, out _).Should().BeTrue($"'{id}' is a chapter"));
    }

    [Fact]
    public void Every_practice_reference_points_at_a_practice()
    {
        var references = Catalog.Patterns.SelectMany(p => p.PracticeIds).ToList();

        references.Should().NotBeEmpty();
        references.Should().AllSatisfy(id => Catalog.TryGet<Practice>(id, out _).Should().BeTrue($"'{id}' is a practice"));
    }

    [Fact]
    public void Every_script_reference_of_an_exercise_points_at_a_script_template()
    {
        var references = Catalog.Exercises.SelectMany(e => e.ScriptIds).ToList();

        references.Should().NotBeEmpty();
        references.Should().AllSatisfy(id => Catalog.TryGet<ScriptTemplate>(id, out _).Should().BeTrue($"'{id}' is a script template"));
    }

    [Fact]
    public void Every_toolbox_item_names_the_script_template_that_renders_it()
    {
        Catalog.Toolbox.Select(t => (t.Id, t.ScriptId)).Should().Equal(
            ("bridge-sentence", "bridge-sentence-script"),
            ("assertive-boundary", "assertive-boundary-script"),
            ("de-escalation", "de-escalation-script"),
            ("honesty-formula", "honesty-formula-script"),
            ("repair-checklist", "repair-statement-script"));
        Catalog.Toolbox.Should().AllSatisfy(t => Catalog.TryGet<ScriptTemplate>(t.ScriptId!, out _).Should().BeTrue());
    }

    [Fact]
    public void Every_exercise_accepts_a_complete_response_and_reports_each_required_field_of_an_empty_one()
    {
        Catalog.Exercises.Should().AllSatisfy(exercise =>
        {
            var complete = exercise.Fields.Aggregate(
                new ExerciseResponse { ExerciseId = exercise.Id },
                (response, field) => response.WithAnswer(field.Id, AnswerFor(field)));
            var empty = new ExerciseResponse { ExerciseId = exercise.Id };

            exercise.Validate(complete).IsValid.Should().BeTrue(exercise.Validate(complete).ToString());
            exercise.Validate(empty).Problems.Select(p => p.Path).Should().Equal(
                exercise.Fields.Where(f => !f.IsOptional).Select(f => $"answers.{f.Id}"));
        });
    }

    private static IEnumerable<ICatalogItem> AllItems() =>
        Catalog.Chapters.Cast<ICatalogItem>()
            .Concat(Catalog.Patterns)
            .Concat(Catalog.Dances)
            .Concat(Catalog.Practices)
            .Concat(Catalog.Exercises)
            .Concat(Catalog.Principles)
            .Concat(Catalog.Toolbox)
            .Concat(Catalog.Scripts);

    /// <summary>Gets the least answer a field accepts.</summary>
    private static FieldAnswer AnswerFor(ExerciseField field)
    {
        var count = Math.Max(field.MinItems ?? 1, 1);
        return field.Type switch
        {
            FieldType.Text => new TextAnswer("a"),
            FieldType.List => new ListAnswer([.. Enumerable.Repeat("a", count)]),
            FieldType.TwoColumnTable => new TableAnswer([.. Enumerable.Repeat(new TableRow("a", "b"), count)]),
            FieldType.Duration => new DurationAnswer(TimeSpan.FromMinutes(10)),
            FieldType.Time => new TimeAnswer(new TimeOnly(19, 0)),
            FieldType.Rating => new RatingAnswer(field.MinRating ?? 1),
            FieldType.Date => new DateAnswer(new DateOnly(2025, 1, 1)),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, "Unknown field type."),
        };
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
