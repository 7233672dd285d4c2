using IntimacyKit.Exercises;
using IntimacyKit.Serialization;

namespace IntimacyKit.Tests.Serialization;

/// <summary>
/// Every public model survives a trip through <see cref="IntimacyKitJson"/>: reading back what was written gives an
/// equivalent value, and writing that again gives the identical JSON.
/// </summary>
public sealed class RoundTripTests
{
    [Fact]
    public void The_test_content_pack_round_trips_through_ToJson_and_Parse()
    {
        var json = TestContent.Pack.ToJson();

        var back = ContentPack.Parse(json);

        back.ToJson().Should().Be(json);
        back.Should().BeEquivalentTo(TestContent.Pack, Equivalence.Deep);
    }

    [Fact]
    public void The_whole_built_in_catalog_round_trips_as_a_content_pack()
    {
        var catalog = IntimacyCatalog.BuiltIn;
        var pack = new ContentPack
        {
            Name = "builtin-copy",
            Language = catalog.Language!,
            Attribution = string.Join(" ", catalog.Attributions),
            Chapters = catalog.Chapters,
            Patterns = catalog.Patterns,
            Dances = catalog.Dances,
            Practices = catalog.Practices,
            Exercises = catalog.Exercises,
            Principles = catalog.Principles,
            Toolbox = catalog.Toolbox,
            Scripts = catalog.Scripts,
        };

        var json = pack.ToJson();
        var back = ContentPack.Parse(json);

        back.ToJson().Should().Be(json);
        back.Should().BeEquivalentTo(pack, Equivalence.Deep);
        var rebuilt = IntimacyCatalog.Empty.WithContentPack(back);
        rebuilt.Exercises.Should().BeEquivalentTo(catalog.Exercises, Equivalence.Deep);
        rebuilt.Chapters.Should().BeEquivalentTo(catalog.Chapters, Equivalence.Deep);
        rebuilt.Scripts.Should().BeEquivalentTo(catalog.Scripts, Equivalence.Deep);
    }

    [Fact]
    public void The_embedded_spanish_scripts_read_and_write_back_to_the_same_content()
    {
        using var stream = typeof(IntimacyCatalog).Assembly.GetManifestResourceStream("IntimacyKit.Content.builtin.es.json");
        stream.Should().NotBeNull("the Spanish scripts are embedded in the main assembly, not a satellite one");

        var pack = ContentPack.Load(stream!);
        var json = pack.ToJson();

        pack.Language.Should().Be("es");
        pack.Scripts.Should().HaveCount(11);
        ContentPack.Parse(json).Should().BeEquivalentTo(pack, Equivalence.Deep);
        IntimacyKitJson.Serialize(pack).Should().Be(json);
    }

    [Fact]
    public void The_embedded_built_in_pack_reads_and_writes_back_to_the_same_content()
    {
        using var stream = typeof(IntimacyCatalog).Assembly.GetManifestResourceStream("IntimacyKit.Content.builtin.en.json");
        stream.Should().NotBeNull("the built-in content is embedded in the main assembly, not a satellite one");

        var pack = ContentPack.Load(stream!);
        var json = pack.ToJson();

        ContentPack.Parse(json).Should().BeEquivalentTo(pack, Equivalence.Deep);
        IntimacyKitJson.Serialize(pack).Should().Be(json);
    }

    [Fact]
    public void A_content_pack_round_trips_through_IntimacyKitJson_too()
    {
        RoundTrip(TestContent.Pack);
    }

    [Fact]
    public void A_numbered_chapter_round_trips()
    {
        RoundTrip(TestContent.ChapterOne);
    }

    [Fact]
    public void A_chapter_without_a_number_round_trips_and_leaves_the_number_out()
    {
        var json = RoundTrip(TestContent.WrapUp);

        json.Should().NotContain("number");
    }

    [Fact]
    public void A_practice_round_trips()
    {
        RoundTrip(TestContent.PracticeTwo);
    }

    [Fact]
    public void A_principle_round_trips()
    {
        RoundTrip(TestContent.OnePrinciple);
    }

    [Fact]
    public void An_exercise_with_a_field_of_every_type_round_trips()
    {
        RoundTrip(TestContent.ChartExercise);
    }

    public static TheoryData<ExerciseField> Fields => [.. TestContent.ChartExercise.Fields];

    [Theory]
    [MemberData(nameof(Fields))]
    public void An_exercise_field_round_trips(ExerciseField field)
    {
        RoundTrip(field);
    }

    [Fact]
    public void A_pattern_description_round_trips()
    {
        RoundTrip(TestContent.WithdrawPattern);
    }

    [Fact]
    public void A_dance_round_trips()
    {
        RoundTrip(TestContent.TestDance);
    }

    [Fact]
    public void A_dance_role_round_trips_with_and_without_a_response()
    {
        RoundTrip(TestContent.TestDance.First);
        RoundTrip(TestContent.TestDance.First with { Response = null }).Should().NotContain("response");
    }

    [Fact]
    public void A_script_and_a_checklist_round_trip()
    {
        RoundTrip(TestContent.PauseScript);
        RoundTrip(TestContent.FixChecklist);
        RoundTrip(TestContent.PauseScript with { ScriptId = null }).Should().NotContain("scriptId");
    }

    [Fact]
    public void A_script_template_and_its_parameters_round_trip()
    {
        var json = RoundTrip(TestContent.PauseTemplate);

        json.Should().Contain("\"kind\": \"clock-time\"").And.Contain("\"isOptional\": true").And.NotContain("\"default\"");
        RoundTrip(TestContent.PauseTemplate.Parameters[1] with { Default = "19:00" }).Should().Contain("\"default\": \"19:00\"");
    }

    [Fact]
    public void A_validation_problem_round_trips()
    {
        var problem = new ValidationProblem("answers.conflicts[1].right", "empty", "'Conflicts' is empty.");

        RoundTrip(problem);
        IntimacyKitJson.Deserialize<ValidationProblem>(IntimacyKitJson.Serialize(problem)).Should().Be(problem);
    }

    [Fact]
    public void A_table_row_round_trips()
    {
        IntimacyKitJson.Deserialize<TableRow>(IntimacyKitJson.Serialize(new TableRow("l", "r"))).Should().Be(new TableRow("l", "r"));
    }

    [Fact]
    public void An_exercise_response_with_every_answer_type_round_trips()
    {
        var response = EveryAnswer();

        var json = RoundTrip(response);

        json.Should().Contain("\"schemaVersion\": 1").And.Contain("\"respondentId\": \"partner-b\"");
    }

    public static TheoryData<FieldAnswer> Answers => [.. EveryAnswer().Answers.Values];

    [Theory]
    [MemberData(nameof(Answers))]
    public void Each_answer_round_trips_as_a_field_answer(FieldAnswer answer)
    {
        RoundTrip(answer);
    }

    [Fact]
    public void Each_answer_round_trips_as_its_own_type()
    {
        RoundTrip(new TextAnswer("t"));
        RoundTrip(new ListAnswer(["a", "b"]));
        RoundTrip(new TableAnswer([new TableRow("l", "r")]));
        RoundTrip(new DurationAnswer(TimeSpan.FromMinutes(90)));
        RoundTrip(new TimeAnswer(new TimeOnly(7, 5, 3)));
        RoundTrip(new RatingAnswer(-2));
        RoundTrip(new DateAnswer(new DateOnly(1999, 12, 31)));
    }

    [Fact]
    public void Unknown_members_of_a_response_document_survive_a_round_trip()
    {
        const string Json = """
            {
              "schemaVersion": 1,
              "exerciseId": "chart-exercise",
              "answers": {
                "calm": { "type": "rating", "value": 4 }
              },
              "appVersion": "2.1",
              "sync": { "device": "phone", "revisions": [1, 2, 3] }
            }
            """;

        var response = IntimacyKitJson.Deserialize<ExerciseResponse>(Json);
        var written = IntimacyKitJson.Serialize(response);
        var again = IntimacyKitJson.Deserialize<ExerciseResponse>(written);

        response.AdditionalProperties.Should().NotBeNull().And.ContainKeys("appVersion", "sync");
        response.AdditionalProperties!["appVersion"].GetString().Should().Be("2.1");
        response.AdditionalProperties["sync"].GetProperty("revisions").GetArrayLength().Should().Be(3);
        written.Should().Contain("\"appVersion\": \"2.1\"").And.Contain("\"device\": \"phone\"");
        IntimacyKitJson.Serialize(again).Should().Be(written);
        again.Answers["calm"].Should().Be(new RatingAnswer(4));
    }

    [Fact]
    public void Unknown_members_survive_WithAnswer_and_a_round_trip()
    {
        var response = IntimacyKitJson.Deserialize<ExerciseResponse>("""{ "exerciseId": "x", "answers": {}, "clientId": 42 }""");

        var written = IntimacyKitJson.Serialize(response.WithAnswer("calm", new RatingAnswer(2)));

        written.Should().Contain("\"clientId\": 42").And.Contain("\"calm\"");
    }

    private static ExerciseResponse EveryAnswer() => new ExerciseResponse { ExerciseId = "chart-exercise", RespondentId = "partner-b" }
        .WithAnswer("notes", new TextAnswer("Quote \" and ünïcode ✓"))
        .WithAnswer("steps", new ListAnswer(["First", "Second"]))
        .WithAnswer("conflicts", new TableAnswer([new TableRow("Plans", "Pressing"), new TableRow("Money", "Joking")]))
        .WithAnswer("pause", new DurationAnswer(TimeSpan.FromMinutes(20)))
        .WithAnswer("reconnect-at", new TimeAnswer(new TimeOnly(19, 30)))
        .WithAnswer("calm", new RatingAnswer(3))
        .WithAnswer("start-on", new DateAnswer(new DateOnly(2025, 3, 1)));

    /// <summary>Writes, reads back and writes again; returns the JSON.</summary>
    private static string RoundTrip<T>(T value)
    {
        var json = IntimacyKitJson.Serialize(value);

        var back = IntimacyKitJson.Deserialize<T>(json);

        IntimacyKitJson.Serialize(back).Should().Be(json);
        back.Should().BeEquivalentTo(value, Equivalence.Deep);
        return json;
    }
}
