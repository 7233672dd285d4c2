using System.Text;
using System.Text.Json;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;
using IntimacyKit.Serialization;

namespace IntimacyKit.Tests.Serialization;

/// <summary>The JSON form of the models: member names, enum spelling, answer discriminators and the errors.</summary>
public sealed class IntimacyKitJsonTests
{
    [Theory]
    [InlineData(ExerciseKind.Writing, "writing")]
    [InlineData(ExerciseKind.Chart, "chart")]
    [InlineData(ExerciseKind.ScriptRehearsal, "script-rehearsal")]
    [InlineData(ExerciseKind.BehaviouralExperiment, "behavioural-experiment")]
    [InlineData(ExerciseKind.RolePlay, "role-play")]
    [InlineData(ExerciseKind.Planning, "planning")]
    public void Exercise_kinds_are_written_as_kebab_case_strings(ExerciseKind kind, string expected)
    {
        var json = IntimacyKitJson.Serialize(TestContent.WritingExercise with { Kind = kind });

        json.Should().Contain($"\"kind\": \"{expected}\"");
        IntimacyKitJson.Deserialize<Exercise>(json).Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData(FieldType.Text, "text")]
    [InlineData(FieldType.List, "list")]
    [InlineData(FieldType.TwoColumnTable, "two-column-table")]
    [InlineData(FieldType.Duration, "duration")]
    [InlineData(FieldType.Time, "time")]
    [InlineData(FieldType.Rating, "rating")]
    [InlineData(FieldType.Date, "date")]
    public void Field_types_are_written_as_kebab_case_strings(FieldType type, string expected)
    {
        var json = IntimacyKitJson.Serialize(new ExerciseField { Id = "f", Label = "F", Type = type });

        json.Should().Contain($"\"type\": \"{expected}\"");
    }

    [Theory]
    [InlineData(ScriptParameterKind.Text, "text")]
    [InlineData(ScriptParameterKind.Feeling, "feeling")]
    [InlineData(ScriptParameterKind.Behaviour, "behaviour")]
    [InlineData(ScriptParameterKind.Request, "request")]
    [InlineData(ScriptParameterKind.Duration, "duration")]
    [InlineData(ScriptParameterKind.ClockTime, "clock-time")]
    [InlineData(ScriptParameterKind.Day, "day")]
    public void Script_parameter_kinds_are_written_as_kebab_case_strings(ScriptParameterKind kind, string expected)
    {
        var json = IntimacyKitJson.Serialize(new ScriptParameter { Name = "p", Description = "P", Kind = kind, Example = "x" });

        json.Should().Contain($"\"kind\": \"{expected}\"");
        IntimacyKitJson.Deserialize<ScriptParameter>(json).Kind.Should().Be(kind);
    }

    [Fact]
    public void Patterns_and_toolbox_kinds_are_written_as_lower_case_strings()
    {
        IntimacyKitJson.Serialize(TestContent.WithdrawPattern).Should().Contain("\"response\": \"withdraw\"");
        IntimacyKitJson.Serialize(TestContent.TestDance).Should().Contain("\"response\": \"pursue\"");
        IntimacyKitJson.Serialize(TestContent.PracticeTwo).Should().Contain("\"withdraw\"");
        IntimacyKitJson.Serialize(TestContent.FixChecklist).Should().Contain("\"kind\": \"checklist\"");
        IntimacyKitJson.Serialize(TestContent.PauseScript).Should().Contain("\"kind\": \"script\"");
        IntimacyKitJson.Serialize(TestContent.ChapterTwo with { Patterns = [AnxietyResponse.Engulf] }).Should().Contain("\"engulf\"");
    }

    [Fact]
    public void Members_are_camel_case_and_null_members_are_left_out()
    {
        var json = IntimacyKitJson.Serialize(TestContent.ChartExercise.Fields[0]);

        json.Should().Contain("\"leftColumn\": \"Conflict\"").And.Contain("\"minItems\": 2").And.Contain("\"isOptional\": false")
            .And.NotContain("help").And.NotContain("maxLength").And.NotContain("minRating");
    }

    public static TheoryData<FieldAnswer, string> AnswersAndDiscriminators => new()
    {
        { new TextAnswer("t"), "text" },
        { new ListAnswer(["a"]), "list" },
        { new TableAnswer([new TableRow("l", "r")]), "two-column-table" },
        { new DurationAnswer(TimeSpan.FromMinutes(20)), "duration" },
        { new TimeAnswer(new TimeOnly(19, 30)), "time" },
        { new RatingAnswer(7), "rating" },
        { new DateAnswer(new DateOnly(2025, 3, 1)), "date" },
    };

    [Theory]
    [MemberData(nameof(AnswersAndDiscriminators))]
    public void An_answer_carries_its_type_as_its_first_member(FieldAnswer answer, string type)
    {
        var json = IntimacyKitJson.Serialize(answer);

        using var document = JsonDocument.Parse(json);
        var first = document.RootElement.EnumerateObject().First();
        first.Name.Should().Be("type");
        first.Value.GetString().Should().Be(type);
        IntimacyKitJson.Deserialize<FieldAnswer>(json).Should().BeOfType(answer.GetType());
    }

    [Fact]
    public void Answer_values_use_the_documented_forms()
    {
        var response = new ExerciseResponse { ExerciseId = "x" }
            .WithAnswer("a", new RatingAnswer(7))
            .WithAnswer("b", new DurationAnswer(TimeSpan.FromMinutes(20)))
            .WithAnswer("c", new TimeAnswer(new TimeOnly(19, 30)))
            .WithAnswer("d", new DateAnswer(new DateOnly(2025, 3, 1)))
            .WithAnswer("e", new TableAnswer([new TableRow("l", "r")]))
            .WithAnswer("f", new ListAnswer(["x"]));

        using var document = JsonDocument.Parse(IntimacyKitJson.Serialize(response));
        var answers = document.RootElement.GetProperty("answers");

        answers.GetProperty("a").GetProperty("value").GetInt32().Should().Be(7);
        answers.GetProperty("b").GetProperty("value").GetString().Should().Be("00:20:00");
        answers.GetProperty("c").GetProperty("value").GetString().Should().Be("19:30:00");
        answers.GetProperty("d").GetProperty("value").GetString().Should().Be("2025-03-01");
        answers.GetProperty("e").GetProperty("rows")[0].GetProperty("left").GetString().Should().Be("l");
        answers.GetProperty("f").GetProperty("items")[0].GetString().Should().Be("x");
    }

    [Fact]
    public void A_hand_written_response_document_is_read()
    {
        var response = IntimacyKitJson.Deserialize<ExerciseResponse>("""
            {
              "schemaVersion": 1,
              "exerciseId": "chart-exercise",
              "respondentId": "partner-a",
              "answers": {
                "conflicts": { "type": "two-column-table", "rows": [ { "left": "Plans", "right": "Pressing" }, { "left": "Money", "right": "Joking" } ] },
                "steps": { "type": "list", "items": [ "Pause" ] },
                "calm": { "type": "rating", "value": 2 },
                "pause": { "type": "duration", "value": "00:30:00" },
                "reconnect-at": { "type": "time", "value": "20:15" },
                "start-on": { "type": "date", "value": "2025-04-01" }
              }
            }
            """);

        response.RespondentId.Should().Be("partner-a");
        response.Answers["pause"].Should().Be(new DurationAnswer(TimeSpan.FromMinutes(30)));
        response.Answers["reconnect-at"].Should().Be(new TimeAnswer(new TimeOnly(20, 15)));
        response.Answers["start-on"].Should().Be(new DateAnswer(new DateOnly(2025, 4, 1)));
        TestContent.ChartExercise.Validate(response).IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_response_document_without_a_schema_version_is_read_as_the_current_version()
    {
        IntimacyKitJson.Deserialize<ExerciseResponse>("""{ "exerciseId": "x" }""").SchemaVersion.Should().Be(ExerciseResponse.CurrentSchemaVersion);
    }

    [Fact]
    public void The_schema_version_is_written()
    {
        IntimacyKitJson.Serialize(new ExerciseResponse { ExerciseId = "x" }).Should().Contain("\"schemaVersion\": 1");
        new ContentPack { Name = "p" }.ToJson().Should().Contain("\"schemaVersion\": 1");
    }

    [Fact]
    public void Serialize_writes_indented_json()
    {
        IntimacyKitJson.Serialize(new ValidationProblem("p", "c", "m")).Should().Contain("\n  \"path\": \"p\"");
    }

    [Fact]
    public void A_null_document_is_a_JsonException_not_a_null_model()
    {
        var response = () => IntimacyKitJson.Deserialize<ExerciseResponse>("null");
        var exercise = () => IntimacyKitJson.Deserialize<Exercise>("null");
        var answer = () => IntimacyKitJson.Deserialize<FieldAnswer>(" null ");
        var problem = () => IntimacyKitJson.Deserialize<ValidationProblem>("null");

        response.Should().Throw<JsonException>().Which.Message.Should().Contain("ExerciseResponse");
        exercise.Should().Throw<JsonException>();
        answer.Should().Throw<JsonException>();
        problem.Should().Throw<JsonException>();
    }

    [Fact]
    public async Task A_null_document_read_from_a_stream_is_a_JsonException()
    {
        using var stream = new MemoryStream("null"u8.ToArray());

        var act = async () => await IntimacyKitJson.DeserializeAsync<Dance>(stream);

        await act.Should().ThrowAsync<JsonException>();
    }

    [Fact]
    public async Task DeserializeAsync_reads_a_model_and_leaves_the_stream_open()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(IntimacyKitJson.Serialize(TestContent.TestDance)));

        var dance = await IntimacyKitJson.DeserializeAsync<Dance>(stream);

        dance.Should().BeEquivalentTo(TestContent.TestDance, Equivalence.Deep);
        stream.CanRead.Should().BeTrue();
    }

    [Fact]
    public async Task DeserializeAsync_honours_a_cancelled_token()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(IntimacyKitJson.Serialize(TestContent.TestDance)));

        var act = async () => await IntimacyKitJson.DeserializeAsync<Dance>(stream, new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void A_type_that_is_not_a_model_is_not_supported()
    {
        var serialize = () => IntimacyKitJson.Serialize(new NotAModel("x"));
        var deserialize = () => IntimacyKitJson.Deserialize<NotAModel>("""{ "name": "x" }""");
        var list = () => IntimacyKitJson.Serialize(new List<Exercise>());
        var uri = () => IntimacyKitJson.Deserialize<Uri>("\"https://example.com\"");
        var text = () => IntimacyKitJson.Serialize("a string");
        var number = () => IntimacyKitJson.Deserialize<int>("3");

        serialize.Should().Throw<NotSupportedException>().Which.Message.Should().Contain(nameof(NotAModel));
        deserialize.Should().Throw<NotSupportedException>();
        list.Should().Throw<NotSupportedException>();
        uri.Should().Throw<NotSupportedException>();
        text.Should().Throw<NotSupportedException>();
        number.Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void An_answer_whose_type_is_not_its_first_member_is_read()
    {
        var response = IntimacyKitJson.Deserialize<ExerciseResponse>(
            """{ "exerciseId": "x", "answers": { "a": { "value": 7, "type": "rating" } } }""");

        response.Answers["a"].Should().Be(new RatingAnswer(7));
    }

    [Fact]
    public void Member_names_must_be_spelled_exactly()
    {
        var act = () => IntimacyKitJson.Deserialize<ExerciseResponse>("""{ "ExerciseId": "x" }""");

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public async Task A_type_that_is_not_a_model_is_not_supported_when_reading_a_stream()
    {
        using var stream = new MemoryStream("{}"u8.ToArray());

        var act = async () => await IntimacyKitJson.DeserializeAsync<NotAModel>(stream);

        await act.Should().ThrowAsync<NotSupportedException>();
    }

    [Fact]
    public async Task Null_arguments_are_rejected()
    {
        var serialize = () => IntimacyKitJson.Serialize<Exercise>(null!);
        var deserialize = () => IntimacyKitJson.Deserialize<Exercise>(null!);
        var deserializeAsync = async () => await IntimacyKitJson.DeserializeAsync<Exercise>(null!);

        serialize.Should().Throw<ArgumentNullException>().WithParameterName("value");
        deserialize.Should().Throw<ArgumentNullException>().WithParameterName("json");
        await deserializeAsync.Should().ThrowAsync<ArgumentNullException>().WithParameterName("utf8Json");
    }

    [Theory]
    [InlineData("""{ "id": "e", "chapterId": "c", "title": "T", "kind": 3, "instructions": "I", "estimatedMinutes": 5 }""")]
    [InlineData("""{ "id": "e", "chapterId": "c", "title": "T", "kind": "3", "instructions": "I", "estimatedMinutes": 5 }""")]
    [InlineData("""{ "id": "e", "chapterId": "c", "title": "T", "kind": "writing", "instructions": "I", "estimatedMinutes": 5, "patterns": [ 1 ] }""")]
    [InlineData("""{ "id": "e", "chapterId": "c", "title": "T", "kind": "writing", "instructions": "I", "estimatedMinutes": 5, "fields": [ { "id": "f", "label": "F", "type": 1 } ] }""")]
    public void Integer_enum_values_are_rejected(string json)
    {
        var act = () => IntimacyKitJson.Deserialize<Exercise>(json);

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void An_integer_anxiety_response_in_a_dance_role_is_rejected()
    {
        var act = () => IntimacyKitJson.Deserialize<DanceRole>("""{ "name": "a", "response": 1, "move": "m", "feedsTheOther": "f" }""");

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Writing_an_undefined_enum_value_fails()
    {
        var act = () => IntimacyKitJson.Serialize(TestContent.PauseScript with { Kind = (ToolboxItemKind)7 });

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void An_unknown_answer_type_is_a_JsonException_naming_the_path()
    {
        var act = () => IntimacyKitJson.Deserialize<ExerciseResponse>("""{ "exerciseId": "x", "answers": { "a": { "type": "audio", "value": "t" } } }""");

        act.Should().Throw<JsonException>().Which.Message.Should().Contain("$.answers.a");
    }

    [Fact]
    public void An_answer_without_its_type_is_a_JsonException_naming_the_path()
    {
        var act = () => IntimacyKitJson.Deserialize<ExerciseResponse>("""{ "exerciseId": "x", "answers": { "a": { "value": "t" } } }""");

        var error = act.Should().Throw<JsonException>().Which;
        error.Path.Should().Be("$.answers.a");
        error.Message.Should().Contain("type discriminator");
    }

    [Fact]
    public async Task An_answer_without_its_type_read_from_a_stream_is_a_JsonException()
    {
        using var stream = new MemoryStream("""{ "value": 3 }"""u8.ToArray());

        var act = async () => await IntimacyKitJson.DeserializeAsync<FieldAnswer>(stream);

        await act.Should().ThrowAsync<JsonException>();
    }

    [Fact]
    public void An_answer_value_of_the_wrong_type_is_a_JsonException()
    {
        var act = () => IntimacyKitJson.Deserialize<FieldAnswer>("""{ "type": "rating", "value": "seven" }""");

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Unknown_members_of_a_catalog_model_are_rejected()
    {
        var act = () => IntimacyKitJson.Deserialize<Principle>("""{ "id": "p", "chapterId": "c", "text": "T", "source": "x" }""");

        act.Should().Throw<JsonException>().Which.Path.Should().Be("$.source");
    }

    [Fact]
    public void A_missing_required_member_of_a_response_is_rejected()
    {
        var act = () => IntimacyKitJson.Deserialize<ExerciseResponse>("""{ "answers": {} }""");

        act.Should().Throw<JsonException>().Which.Message.Should().Contain("exerciseId");
    }

    [Fact]
    public void Malformed_json_is_a_JsonException()
    {
        var act = () => IntimacyKitJson.Deserialize<Chapter>("""{ "id": """);

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void A_copy_of_the_options_serializes_models_with_the_library_s_settings()
    {
        var options = new JsonSerializerOptions(IntimacyKitJson.Options);

        var json = JsonSerializer.Serialize(TestContent.WithdrawPattern, options);

        json.Should().Contain("\"response\": \"withdraw\"");
        JsonSerializer.Deserialize<PatternDescription>(json, options).Should().BeEquivalentTo(TestContent.WithdrawPattern, Equivalence.Deep);
    }

    private sealed record NotAModel(string Name);
}
