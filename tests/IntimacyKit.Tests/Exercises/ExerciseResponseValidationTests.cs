using System.Collections.Immutable;
using IntimacyKit.Exercises;

namespace IntimacyKit.Tests.Exercises;

/// <summary>
/// <see cref="Exercise.Validate(ExerciseResponse)"/> against <see cref="TestContent.ChartExercise"/>, which has a
/// field of every type: conflicts (table, 2–3 rows), notes (optional text, at most 20 characters), steps
/// (list, 1–2 entries), calm (rating 0–5), pause (duration), reconnect-at (optional time), start-on (optional date).
/// </summary>
public sealed class ExerciseResponseValidationTests
{
    private static TableRow Row { get; } = new("Who plans the weekend", "I press; you go quiet");

    private readonly Exercise _chart = TestContent.ChartExercise;

    /// <summary>Gets a response that answers every required field and nothing else.</summary>
    private static ExerciseResponse Complete { get; } = new ExerciseResponse { ExerciseId = "chart-exercise" }
        .WithAnswer("conflicts", new TableAnswer([Row, new TableRow("Money", "I worry; you joke")]))
        .WithAnswer("steps", new ListAnswer(["Say when I'll be back"]))
        .WithAnswer("calm", new RatingAnswer(3))
        .WithAnswer("pause", new DurationAnswer(TimeSpan.FromMinutes(20)));

    [Fact]
    public void A_response_that_answers_every_required_field_is_valid()
    {
        var result = _chart.Validate(Complete);

        result.IsValid.Should().BeTrue(result.ToString());
        result.Should().BeSameAs(ValidationResult.Valid);
    }

    [Fact]
    public void A_response_that_answers_every_field_is_valid()
    {
        var response = Complete
            .WithAnswer("notes", new TextAnswer("Short note."))
            .WithAnswer("reconnect-at", new TimeAnswer(new TimeOnly(19, 30)))
            .WithAnswer("start-on", new DateAnswer(new DateOnly(2025, 3, 1)))
            with
        { RespondentId = "partner-a" };

        _chart.Validate(response).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Optional_fields_may_be_left_out()
    {
        var result = _chart.Validate(Complete);

        result.Problems.Should().NotContain(p => p.Path == "answers.notes" || p.Path == "answers.reconnect-at" || p.Path == "answers.start-on");
        result.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Every_required_field_left_out_is_reported_in_field_order()
    {
        var result = _chart.Validate(new ExerciseResponse { ExerciseId = "chart-exercise" });

        result.IsValid.Should().BeFalse();
        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("answers.conflicts", "required"),
            ("answers.steps", "required"),
            ("answers.calm", "required"),
            ("answers.pause", "required"));
        result.Problems[0].Message.Should().Contain("'Conflicts'");
    }

    [Fact]
    public void A_null_answer_counts_as_left_out()
    {
        var response = Complete with { Answers = Complete.Answers.SetItem("calm", null!) };

        _chart.Validate(response).Problems.Should().ContainSingle()
            .Which.Should().Be(new ValidationProblem("answers.calm", "required", "'How calm' needs an answer."));
    }

    [Fact]
    public void A_response_for_another_exercise_is_an_exercise_mismatch()
    {
        var result = _chart.Validate(Complete with { ExerciseId = "writing-exercise" });

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("exerciseId");
        problem.Code.Should().Be("exercise-mismatch");
        problem.Message.Should().Contain("'writing-exercise'").And.Contain("'chart-exercise'");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(-1)]
    public void An_unsupported_schema_version_is_reported(int version)
    {
        var result = _chart.Validate(Complete with { SchemaVersion = version });

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("schemaVersion");
        problem.Code.Should().Be("unsupported-schema-version");
    }

    [Fact]
    public void Answers_to_fields_the_exercise_does_not_have_are_unknown_fields_in_id_order()
    {
        var response = Complete.WithAnswer("zeal", new RatingAnswer(1)).WithAnswer("aside", new TextAnswer("Hi"));

        _chart.Validate(response).Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("answers.aside", "unknown-field"),
            ("answers.zeal", "unknown-field"));
    }

    [Fact]
    public void An_answer_of_the_wrong_type_is_reported_and_its_content_is_not_checked_further()
    {
        var response = Complete.WithAnswer("calm", new TextAnswer(""));

        var problem = _chart.Validate(response).Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("answers.calm");
        problem.Code.Should().Be("wrong-type");
        problem.Message.Should().Contain("rating").And.Contain("text");
    }

    [Fact]
    public void A_list_given_to_a_table_field_is_the_wrong_type()
    {
        var response = Complete.WithAnswer("conflicts", new ListAnswer(["a", "b"]));

        _chart.Validate(response).Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "answers.conflicts" && p.Code == "wrong-type" && p.Message.Contains("two-column table"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public void Blank_text_is_empty(string text)
    {
        var response = Complete.WithAnswer("notes", new TextAnswer(text));

        _chart.Validate(response).Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "answers.notes" && p.Code == "empty");
    }

    [Fact]
    public void A_null_text_is_empty()
    {
        var response = Complete.WithAnswer("notes", new TextAnswer(null!));

        _chart.Validate(response).Problems.Should().ContainSingle().Which.Code.Should().Be("empty");
    }

    [Fact]
    public void A_blank_list_entry_is_empty_at_its_index()
    {
        var response = Complete.WithAnswer("steps", new ListAnswer(["Fine", " "]));

        _chart.Validate(response).Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "answers.steps[1]" && p.Code == "empty");
    }

    [Fact]
    public void A_blank_table_cell_is_empty_at_itRow_and_column()
    {
        var response = Complete.WithAnswer("conflicts", new TableAnswer([Row, new TableRow("Money", "")]));

        _chart.Validate(response).Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "answers.conflicts[1].right" && p.Code == "empty");
    }

    [Fact]
    public void A_missing_table_row_is_required()
    {
        var response = Complete.WithAnswer("conflicts", new TableAnswer([Row, null!]));

        _chart.Validate(response).Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "answers.conflicts[1]" && p.Code == "required");
    }

    [Fact]
    public void Text_longer_than_the_fields_maximum_is_too_long_and_text_at_the_maximum_is_fine()
    {
        var atLimit = Complete.WithAnswer("notes", new TextAnswer(new string('a', 20)));
        var overLimit = Complete.WithAnswer("notes", new TextAnswer(new string('a', 21)));

        _chart.Validate(atLimit).IsValid.Should().BeTrue();
        var problem = _chart.Validate(overLimit).Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("answers.notes");
        problem.Code.Should().Be("too-long");
        problem.Message.Should().Contain("21").And.Contain("20");
    }

    [Fact]
    public void Without_a_maximum_the_default_maximum_applies_to_each_cell_and_entry()
    {
        var tooLong = new string('a', ExerciseField.DefaultMaxLength + 1);
        var response = Complete
            .WithAnswer("conflicts", new TableAnswer([new TableRow(tooLong, "fine"), Row]))
            .WithAnswer("steps", new ListAnswer([new string('b', ExerciseField.DefaultMaxLength), tooLong]));

        _chart.Validate(response).Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("answers.conflicts[0].left", "too-long"),
            ("answers.steps[1]", "too-long"));
    }

    [Fact]
    public void Too_few_table_rows_are_reported()
    {
        var response = Complete.WithAnswer("conflicts", new TableAnswer([Row]));

        var problem = _chart.Validate(response).Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("answers.conflicts");
        problem.Code.Should().Be("too-few-items");
        problem.Message.Should().Contain("at least 2");
    }

    [Fact]
    public void Too_many_table_rows_are_reported()
    {
        var response = Complete.WithAnswer("conflicts", new TableAnswer([Row, Row, Row, Row]));

        var problem = _chart.Validate(response).Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("answers.conflicts");
        problem.Code.Should().Be("too-many-items");
        problem.Message.Should().Contain("at most 3");
    }

    [Fact]
    public void An_empty_list_has_too_few_items_because_the_minimum_defaults_to_one()
    {
        var response = Complete.WithAnswer("steps", new ListAnswer([]));

        _chart.Validate(response).Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "answers.steps" && p.Code == "too-few-items");
    }

    [Fact]
    public void A_default_list_is_an_empty_list()
    {
        var response = Complete.WithAnswer("steps", new ListAnswer(default));

        _chart.Validate(response).Problems.Should().ContainSingle().Which.Code.Should().Be("too-few-items");
    }

    [Fact]
    public void Too_many_list_entries_are_reported()
    {
        var response = Complete.WithAnswer("steps", new ListAnswer(["a", "b", "c"]));

        _chart.Validate(response).Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "answers.steps" && p.Code == "too-many-items");
    }

    [Fact]
    public void A_list_with_no_minimum_may_be_empty()
    {
        var exercise = _chart with { Fields = [new ExerciseField { Id = "ideas", Label = "Ideas", Type = FieldType.List, MinItems = 0 }] };
        var response = new ExerciseResponse { ExerciseId = "chart-exercise" }.WithAnswer("ideas", new ListAnswer([]));

        exercise.Validate(response).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(5, true)]
    [InlineData(-1, false)]
    [InlineData(6, false)]
    public void A_rating_must_lie_on_the_fields_scale(int rating, bool valid)
    {
        var result = _chart.Validate(Complete.WithAnswer("calm", new RatingAnswer(rating)));

        if (valid)
        {
            result.IsValid.Should().BeTrue();
        }
        else
        {
            result.Problems.Should().ContainSingle()
                .Which.Should().Match<ValidationProblem>(p => p.Path == "answers.calm" && p.Code == "out-of-range");
        }
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(10, true)]
    [InlineData(0, false)]
    [InlineData(11, false)]
    public void Without_a_scale_a_rating_runs_from_one_to_ten(int rating, bool valid)
    {
        var exercise = _chart with { Fields = [new ExerciseField { Id = "mood", Label = "Mood", Type = FieldType.Rating }] };
        var response = new ExerciseResponse { ExerciseId = "chart-exercise" }.WithAnswer("mood", new RatingAnswer(rating));

        exercise.Validate(response).IsValid.Should().Be(valid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    public void A_duration_that_is_not_positive_is_out_of_range(int seconds)
    {
        var response = Complete.WithAnswer("pause", new DurationAnswer(TimeSpan.FromSeconds(seconds)));

        _chart.Validate(response).Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "answers.pause" && p.Code == "out-of-range");
    }

    [Fact]
    public void Any_time_of_day_and_any_plausible_date_are_accepted()
    {
        var response = Complete
            .WithAnswer("reconnect-at", new TimeAnswer(TimeOnly.MinValue))
            .WithAnswer("start-on", new DateAnswer(new DateOnly(DocumentLimits.MinYear, 1, 1)));

        _chart.Validate(response).IsValid.Should().BeTrue();
        _chart.Validate(response.WithAnswer("start-on", new DateAnswer(new DateOnly(DocumentLimits.MaxYear, 12, 31)))).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    [InlineData(DocumentLimits.MinYear - 1, 12, 31)]
    [InlineData(DocumentLimits.MaxYear + 1, 1, 1)]
    public void An_implausible_date_is_out_of_range(int year, int month, int day)
    {
        var response = Complete.WithAnswer("start-on", new DateAnswer(new DateOnly(year, month, day)));

        var problem = _chart.Validate(response).Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be("out-of-range");
        problem.Path.Should().Be("answers.start-on");
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var response = new ExerciseResponse
        {
            SchemaVersion = 7,
            ExerciseId = "other-exercise",
            Answers = ImmutableDictionary<string, FieldAnswer>.Empty
                .Add("conflicts", new TableAnswer([new TableRow("", "fine"), new TableRow("fine", " ")]))
                .Add("notes", new TextAnswer(new string('n', 25)))
                .Add("steps", new ListAnswer(["a", "b", "c"]))
                .Add("calm", new RatingAnswer(9))
                .Add("pause", new DurationAnswer(TimeSpan.Zero))
                .Add("start-on", new TimeAnswer(new TimeOnly(8, 0)))
                .Add("colour", new TextAnswer("blue")),
        };

        var result = _chart.Validate(response);

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("schemaVersion", "unsupported-schema-version"),
            ("exerciseId", "exercise-mismatch"),
            ("answers.conflicts[0].left", "empty"),
            ("answers.conflicts[1].right", "empty"),
            ("answers.notes", "too-long"),
            ("answers.steps", "too-many-items"),
            ("answers.calm", "out-of-range"),
            ("answers.pause", "out-of-range"),
            ("answers.start-on", "wrong-type"),
            ("answers.colour", "unknown-field"));
        result.ToString().Split(Environment.NewLine).Should().HaveCount(10);
    }

    [Fact]
    public void An_exercise_built_in_code_with_default_fields_reports_every_answer_as_unknown()
    {
        var exercise = _chart with { Fields = default };

        var result = exercise.Validate(Complete);

        result.Problems.Should().HaveCount(4).And.OnlyContain(p => p.Code == "unknown-field");
    }

    [Fact]
    public void Validate_rejects_a_null_response()
    {
        var act = () => _chart.Validate(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("response");
    }

    [Fact]
    public void The_built_in_conflict_chart_reports_a_blank_cell_with_itRow_and_column()
    {
        var chart = IntimacyCatalog.BuiltIn.Get<Exercise>("conflict-chart");
        var response = new ExerciseResponse { ExerciseId = chart.Id }
            .WithAnswer("conflicts", new TableAnswer([Row, new TableRow("Money", "  ")]));

        var result = chart.Validate(response);

        result.Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Path == "answers.conflicts[1].right" && p.Code == "empty");
    }
}
