using System.Collections.Immutable;
using IntimacyKit.Exercises;

namespace IntimacyKit.Tests.Exercises;

public sealed class ExerciseResponseTests
{
    [Fact]
    public void A_new_response_is_of_the_current_schema_version_and_has_no_answers()
    {
        var response = new ExerciseResponse { ExerciseId = "conflict-chart" };

        response.SchemaVersion.Should().Be(ExerciseResponse.CurrentSchemaVersion);
        response.RespondentId.Should().BeNull();
        response.Answers.Should().BeEmpty();
        response.AdditionalProperties.Should().BeNull();
    }

    [Fact]
    public void Null_answers_or_schema_version_zero_keep_the_defaults()
    {
        var response = new ExerciseResponse { ExerciseId = "x", Answers = null!, SchemaVersion = 0 };

        response.Answers.Should().NotBeNull().And.BeEmpty();
        response.SchemaVersion.Should().Be(ExerciseResponse.CurrentSchemaVersion);
    }

    [Fact]
    public void WithAnswer_returns_a_new_response_and_leaves_the_original_unchanged()
    {
        var original = new ExerciseResponse { ExerciseId = "conflict-chart", RespondentId = "partner-a" };

        var answered = original.WithAnswer("notes", new TextAnswer("Hello"));

        answered.Should().NotBeSameAs(original);
        answered.Answers.Should().ContainKey("notes").WhoseValue.Should().Be(new TextAnswer("Hello"));
        answered.ExerciseId.Should().Be("conflict-chart");
        answered.RespondentId.Should().Be("partner-a");
        original.Answers.Should().BeEmpty();
    }

    [Fact]
    public void WithAnswer_replaces_an_earlier_answer_to_the_same_field()
    {
        var first = new ExerciseResponse { ExerciseId = "x" }.WithAnswer("calm", new RatingAnswer(2));

        var second = first.WithAnswer("calm", new RatingAnswer(7));

        second.Answers.Should().ContainSingle().Which.Value.Should().Be(new RatingAnswer(7));
        first.Answers["calm"].Should().Be(new RatingAnswer(2));
    }

    [Fact]
    public void WithAnswer_keeps_the_additional_properties()
    {
        var extra = new Dictionary<string, System.Text.Json.JsonElement>
        {
            ["appVersion"] = System.Text.Json.JsonDocument.Parse("\"2.1\"").RootElement,
        };
        var original = new ExerciseResponse { ExerciseId = "x", AdditionalProperties = extra };

        original.WithAnswer("a", new TextAnswer("b")).AdditionalProperties.Should().BeSameAs(original.AdditionalProperties)
            .And.ContainKey("appVersion");
    }

    [Fact]
    public void The_additional_properties_are_a_copy_that_later_changes_to_the_source_do_not_reach()
    {
        var extra = new Dictionary<string, System.Text.Json.JsonElement>
        {
            ["appVersion"] = System.Text.Json.JsonDocument.Parse("\"2.1\"").RootElement,
        };
        var response = new ExerciseResponse { ExerciseId = "x", AdditionalProperties = extra };

        extra.Clear();

        response.AdditionalProperties.Should().ContainKey("appVersion");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void WithAnswer_rejects_a_null_or_blank_field_id(string? fieldId)
    {
        var act = () => new ExerciseResponse { ExerciseId = "x" }.WithAnswer(fieldId!, new TextAnswer("a"));

        act.Should().Throw<ArgumentException>().WithParameterName("fieldId");
    }

    [Fact]
    public void WithAnswer_rejects_a_null_answer()
    {
        var act = () => new ExerciseResponse { ExerciseId = "x" }.WithAnswer("a", null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("answer");
    }

    public static TheoryData<FieldAnswer, FieldType> AnswersAndTheirTypes => new()
    {
        { new TextAnswer("t"), FieldType.Text },
        { new ListAnswer(["a"]), FieldType.List },
        { new TableAnswer([new TableRow("l", "r")]), FieldType.TwoColumnTable },
        { new DurationAnswer(TimeSpan.FromMinutes(5)), FieldType.Duration },
        { new TimeAnswer(new TimeOnly(9, 0)), FieldType.Time },
        { new RatingAnswer(4), FieldType.Rating },
        { new DateAnswer(new DateOnly(2025, 1, 1)), FieldType.Date },
    };

    [Theory]
    [MemberData(nameof(AnswersAndTheirTypes))]
    public void Each_answer_type_names_the_field_type_it_fills(FieldAnswer answer, FieldType type)
    {
        answer.Type.Should().Be(type);
    }

    [Fact]
    public void Default_answer_collections_read_as_empty()
    {
        new ListAnswer(default).Items.IsDefault.Should().BeFalse();
        new TableAnswer(default).Rows.Should().BeEmpty();
        (new ListAnswer(["a"]) with { Items = default }).Items.Should().BeEmpty();
    }

    [Fact]
    public void Answers_with_equal_values_are_equal()
    {
        new TextAnswer("a").Should().Be(new TextAnswer("a"));
        new RatingAnswer(3).Should().NotBe(new RatingAnswer(4));
        new TableRow("l", "r").Should().Be(new TableRow("l", "r"));
        ((FieldAnswer)new TextAnswer("3")).Should().NotBe(new RatingAnswer(3));
        var items = ImmutableArray.Create("a");
        new ListAnswer(items).Should().Be(new ListAnswer(items));
    }
}
