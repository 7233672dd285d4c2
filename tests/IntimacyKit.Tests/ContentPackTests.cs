using System.Text;
using System.Text.Json;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests;

/// <summary>Reading content packs: Parse, Load, LoadAsync and LoadFile, and the errors for JSON of the wrong shape.</summary>
public sealed class ContentPackTests
{
    private const string SmallPack = """
        {
          "schemaVersion": 1,
          "name": "extras",
          "language": "en",
          "attribution": "Written by the app's team.",
          "exercises": [
            {
              "id": "weekly-check-in",
              "chapterId": "ch-two",
              "title": "Weekly check-in",
              "kind": "script-rehearsal",
              "instructions": "Rehearse the opening line.",
              "estimatedMinutes": 10,
              "patterns": ["withdraw", "pursue"],
              "scriptIds": ["pause-template", "check-in-opener"],
              "fields": [
                { "id": "line", "label": "Opening line", "type": "text", "maxLength": 200 },
                { "id": "pairs", "label": "Pairs", "type": "two-column-table", "leftColumn": "When", "rightColumn": "Then", "isOptional": true }
              ]
            }
          ],
          "toolbox": [
            { "id": "check-in-list", "chapterId": "ch-two", "name": "Check-in list", "kind": "checklist",
              "purpose": "Before a check-in.", "text": "Go through:", "steps": ["Breathe", "Begin"], "scriptId": "check-in-opener" }
          ],
          "scripts": [
            {
              "id": "check-in-opener",
              "chapterId": "ch-two",
              "title": "Check-in opener",
              "purpose": "Opens the weekly check-in.",
              "whenToUse": "At the start of a check-in.",
              "patterns": ["pursue"],
              "source": "Can we talk on {{ day }}{{ if at }} at {{ at }}{{ end }} for {{ length }}? I'd like to talk about {{ topic }}.",
              "parameters": [
                { "name": "day", "description": "The day", "kind": "day", "example": "Sunday" },
                { "name": "at", "description": "The time", "kind": "clock-time", "isOptional": true, "example": "19:30" },
                { "name": "length", "description": "How long", "kind": "duration", "isOptional": true, "default": "00:15:00", "example": "00:15:00" },
                { "name": "topic", "description": "What about", "kind": "text", "example": "the week ahead" }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void Parse_reads_every_member_with_kebab_case_enums()
    {
        var pack = ContentPack.Parse(SmallPack);

        pack.SchemaVersion.Should().Be(1);
        pack.Name.Should().Be("extras");
        pack.Language.Should().Be("en");
        pack.Attribution.Should().Be("Written by the app's team.");
        var exercise = pack.Exercises.Should().ContainSingle().Subject;
        exercise.Id.Should().Be("weekly-check-in");
        exercise.ChapterId.Should().Be("ch-two");
        exercise.Kind.Should().Be(ExerciseKind.ScriptRehearsal);
        exercise.EstimatedMinutes.Should().Be(10);
        exercise.Patterns.Should().Equal(AnxietyResponse.Withdraw, AnxietyResponse.Pursue);
        exercise.ScriptIds.Should().Equal("pause-template", "check-in-opener");
        exercise.Fields.Should().HaveCount(2);
        exercise.Fields[0].Should().BeEquivalentTo(new ExerciseField { Id = "line", Label = "Opening line", Type = FieldType.Text, MaxLength = 200 });
        exercise.Fields[1].Type.Should().Be(FieldType.TwoColumnTable);
        exercise.Fields[1].IsOptional.Should().BeTrue();
        exercise.Fields[1].LeftColumn.Should().Be("When");
        pack.Toolbox.Should().ContainSingle().Which.Kind.Should().Be(ToolboxItemKind.Checklist);
        pack.Toolbox[0].Steps.Should().Equal("Breathe", "Begin");
        pack.Toolbox[0].ScriptId.Should().Be("check-in-opener");
        var script = pack.Scripts.Should().ContainSingle().Subject;
        script.Id.Should().Be("check-in-opener");
        script.Title.Should().Be("Check-in opener");
        script.WhenToUse.Should().Be("At the start of a check-in.");
        script.Patterns.Should().Equal(AnxietyResponse.Pursue);
        script.Source.Should().StartWith("Can we talk on {{ day }}");
        script.Parameters.Select(p => (p.Name, p.Kind, p.IsOptional, p.Default)).Should().Equal(
            ("day", ScriptParameterKind.Day, false, null),
            ("at", ScriptParameterKind.ClockTime, true, null),
            ("length", ScriptParameterKind.Duration, true, "00:15:00"),
            ("topic", ScriptParameterKind.Text, false, null));
        script.Parameters[0].Should().BeEquivalentTo(new ScriptParameter { Name = "day", Description = "The day", Kind = ScriptParameterKind.Day, Example = "Sunday" });
    }

    [Fact]
    public void A_parsed_pack_fits_the_catalog_it_was_written_for()
    {
        var catalog = TestContent.Catalog.WithContentPack(ContentPack.Parse(SmallPack));

        catalog.Get<Exercise>("weekly-check-in").Title.Should().Be("Weekly check-in");
        catalog.Get<ToolboxItem>("check-in-list").Steps.Should().HaveCount(2);
        catalog.Get<ScriptTemplate>("check-in-opener").Parameters.Should().HaveCount(4);
    }

    [Fact]
    public void A_pack_may_name_its_json_schema_so_editors_can_check_it()
    {
        var pack = ContentPack.Parse("""{ "$schema": "https://example.org/content-pack.schema.json", "name": "extras" }""");

        pack.JsonSchema.Should().Be("https://example.org/content-pack.schema.json");
        pack.ToJson().Should().Contain("\"$schema\": \"https://example.org/content-pack.schema.json\"");
        IntimacyCatalog.Empty.WithContentPack(pack).PackNames.Should().Equal("extras");
    }

    [Fact]
    public void Members_left_out_take_their_defaults_and_lists_are_empty_not_default()
    {
        var pack = ContentPack.Parse("""{ "name": "bare" }""");

        pack.SchemaVersion.Should().Be(ContentPack.CurrentSchemaVersion);
        pack.Language.Should().Be("en");
        pack.Attribution.Should().BeNull();
        pack.Chapters.IsDefault.Should().BeFalse();
        pack.Chapters.Should().BeEmpty();
        pack.Patterns.Should().BeEmpty();
        pack.Dances.Should().BeEmpty();
        pack.Practices.Should().BeEmpty();
        pack.Exercises.Should().BeEmpty();
        pack.Principles.Should().BeEmpty();
        pack.Toolbox.Should().BeEmpty();
        pack.Scripts.IsDefault.Should().BeFalse();
        pack.Scripts.Should().BeEmpty();
    }

    [Fact]
    public void A_pack_built_in_code_keeps_its_defaults_when_given_default_values()
    {
        var pack = new ContentPack { Name = "coded", SchemaVersion = 0, Language = null!, Chapters = default, Exercises = default };

        pack.SchemaVersion.Should().Be(ContentPack.CurrentSchemaVersion);
        pack.Language.Should().Be(ContentPack.DefaultLanguage);
        pack.Chapters.IsDefault.Should().BeFalse();
        pack.Exercises.IsDefault.Should().BeFalse();
    }

    [Fact]
    public void A_schema_version_of_zero_is_read_as_the_current_version()
    {
        ContentPack.Parse("""{ "name": "x", "schemaVersion": 0 }""").SchemaVersion.Should().Be(ContentPack.CurrentSchemaVersion);
    }

    [Fact]
    public void A_newer_schema_version_is_read_so_that_adding_the_pack_can_report_it()
    {
        ContentPack.Parse("""{ "name": "x", "schemaVersion": 2 }""").SchemaVersion.Should().Be(2);
    }

    [Fact]
    public void A_field_left_out_is_required_by_default_and_has_no_limits()
    {
        var pack = ContentPack.Parse("""
            { "name": "p", "exercises": [ { "id": "e", "chapterId": "ch-one", "title": "T", "kind": "writing",
              "instructions": "I", "estimatedMinutes": 5, "fields": [ { "id": "f", "label": "F", "type": "text" } ] } ] }
            """);

        var field = pack.Exercises[0].Fields[0];
        field.IsOptional.Should().BeFalse();
        field.MaxLength.Should().BeNull();
        field.MinItems.Should().BeNull();
        field.Help.Should().BeNull();
        pack.Exercises[0].Patterns.Should().BeEmpty();
        pack.Exercises[0].ScriptIds.Should().BeEmpty();
    }

    [Fact]
    public void Comments_in_a_pack_are_skipped()
    {
        var pack = ContentPack.Parse("""
            {
              // The app's own exercises.
              "name": "commented" /* no content yet */
            }
            """);

        pack.Name.Should().Be("commented");
    }

    [Fact]
    public void A_pack_may_declare_its_json_schema_for_editors()
    {
        var pack = ContentPack.Parse("""
            { "$schema": "https://example.com/content-pack.schema.json", "name": "with-schema" }
            """);

        pack.JsonSchema.Should().Be("https://example.com/content-pack.schema.json");
        pack.ToJson().Should().Contain("\"$schema\": \"https://example.com/content-pack.schema.json\"");
        ContentPack.Parse(pack.ToJson()).JsonSchema.Should().Be(pack.JsonSchema);
        new ContentPack { Name = "without-schema" }.ToJson().Should().NotContain("$schema");
    }

    [Fact]
    public void Parse_rejects_null_text()
    {
        var act = () => ContentPack.Parse(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("json");
    }

    [Fact]
    public void Malformed_json_is_reported_as_invalid_json_with_its_line()
    {
        var act = () => ContentPack.Parse("""
            {
              "name": "broken",
              "chapters": [ { "id": "x" ]
            }
            """);

        var error = act.Should().Throw<ContentPackException>().Which;
        var problem = error.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be("invalid-json");
        problem.Message.Should().Contain("line 3");
        error.PackName.Should().Be("(string)");
        error.InnerException.Should().BeOfType<JsonException>();
    }

    [Fact]
    public void A_trailing_comma_is_invalid_json()
    {
        var act = () => ContentPack.Parse("""{ "name": "x", }""");

        act.Should().Throw<ContentPackException>().Which.Problems.Should().ContainSingle().Which.Code.Should().Be("invalid-json");
    }

    [Fact]
    public void Empty_text_is_invalid_json()
    {
        var act = () => ContentPack.Parse("");

        act.Should().Throw<ContentPackException>().Which.Problems.Should().ContainSingle().Which.Code.Should().Be("invalid-json");
    }

    [Fact]
    public void A_null_document_is_reported_as_the_wrong_type_at_the_root()
    {
        var act = () => ContentPack.Parse("null");

        var problem = act.Should().Throw<ContentPackException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("$");
        problem.Code.Should().Be("wrong-type");
    }

    [Fact]
    public void An_array_document_is_reported_as_the_wrong_type()
    {
        var act = () => ContentPack.Parse("[]");

        var problem = act.Should().Throw<ContentPackException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("$");
        problem.Code.Should().Be("wrong-type");
    }

    [Theory]
    [InlineData("""{ "name": "x", "schemaVersion": "1" }""", "$.schemaVersion")]
    [InlineData("""{ "name": 7 }""", "$.name")]
    [InlineData("""{ "name": "x", "chapters": {} }""", "$.chapters")]
    [InlineData("""{ "name": "x", "chapters": [ { "id": "c", "number": "one", "title": "T", "theme": "T" } ] }""", "$.chapters[0].number")]
    [InlineData("""{ "name": "x", "chapters": [ { "id": "c", "title": "T", "theme": "T", "keyIdeas": "one idea" } ] }""", "$.chapters[0].keyIdeas")]
    [InlineData("""{ "name": "x", "exercises": [ { "id": "e", "chapterId": "c", "title": "T", "kind": "writing", "instructions": "I", "estimatedMinutes": 5.5 } ] }""", "$.exercises[0].estimatedMinutes")]
    [InlineData("""{ "name": "x", "exercises": [ { "id": "e", "chapterId": "c", "title": "T", "kind": "writing", "instructions": "I", "estimatedMinutes": "5" } ] }""", "$.exercises[0].estimatedMinutes")]
    [InlineData("""{ "name": "x", "exercises": [ { "id": "e", "chapterId": "c", "title": "T", "kind": "writing", "instructions": "I", "estimatedMinutes": 5, "fields": [ { "id": "f", "label": "F", "type": "text", "isOptional": "yes" } ] } ] }""", "$.exercises[0].fields[0].isOptional")]
    public void A_member_of_the_wrong_type_is_reported_with_its_path(string json, string path)
    {
        var act = () => ContentPack.Parse(json);

        var error = act.Should().Throw<ContentPackException>().Which;
        var problem = error.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be("wrong-type");
        problem.Path.Should().Be(path);
        error.Message.Should().Contain(path);
    }

    [Theory]
    [InlineData("""{ "name": "x", "exercises": [ { "id": "e", "chapterId": "c", "title": "T", "kind": "dance-off", "instructions": "I", "estimatedMinutes": 5 } ] }""", "$.exercises[0].kind")]
    [InlineData("""{ "name": "x", "exercises": [ { "id": "e", "chapterId": "c", "title": "T", "kind": "script_rehearsal", "instructions": "I", "estimatedMinutes": 5 } ] }""", "$.exercises[0].kind")]
    [InlineData("""{ "name": "x", "exercises": [ { "id": "e", "chapterId": "c", "title": "T", "kind": 1, "instructions": "I", "estimatedMinutes": 5 } ] }""", "$.exercises[0].kind")]
    [InlineData("""{ "name": "x", "exercises": [ { "id": "e", "chapterId": "c", "title": "T", "kind": "writing", "instructions": "I", "estimatedMinutes": 5, "fields": [ { "id": "f", "label": "F", "type": "table" } ] } ] }""", "$.exercises[0].fields[0].type")]
    [InlineData("""{ "name": "x", "patterns": [ { "id": "p", "response": "freeze", "name": "N", "summary": "S", "underlyingFear": "F", "effectOnPartner": "E", "howItFeedsThePartner": "H" } ] }""", "$.patterns[0].response")]
    [InlineData("""{ "name": "x", "toolbox": [ { "id": "t", "chapterId": "c", "name": "N", "kind": 2, "purpose": "P", "text": "T" } ] }""", "$.toolbox[0].kind")]
    public void An_unknown_or_integer_enum_value_is_reported_as_the_wrong_type(string json, string path)
    {
        var act = () => ContentPack.Parse(json);

        var problem = act.Should().Throw<ContentPackException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be("wrong-type");
        problem.Path.Should().Be(path);
    }

    [Theory]
    [InlineData("""{ "language": "en" }""", "$", "name")]
    [InlineData("""{ "name": "x", "chapters": [ { "id": "c", "title": "T" } ] }""", "$.chapters[0]", "theme")]
    [InlineData("""{ "name": "x", "exercises": [ { "id": "e", "chapterId": "c", "title": "T", "kind": "writing", "instructions": "I" } ] }""", "$.exercises[0]", "estimatedMinutes")]
    [InlineData("""{ "name": "x", "exercises": [ { "id": "e", "chapterId": "c", "title": "T", "kind": "writing", "instructions": "I", "estimatedMinutes": 5, "fields": [ { "id": "f", "label": "F" } ] } ] }""", "$.exercises[0].fields[0]", "type")]
    [InlineData("""{ "name": "x", "dances": [ { "id": "d", "name": "N", "summary": "S", "first": { "name": "a", "move": "m", "feedsTheOther": "f" } } ] }""", "$.dances[0]", "second")]
    [InlineData("""{ "name": "x", "principles": [ { "id": "p", "chapterId": "c" } ] }""", "$.principles[0]", "text")]
    public void A_missing_required_member_is_reported_with_the_path_of_its_object_and_its_name(string json, string path, string member)
    {
        var act = () => ContentPack.Parse(json);

        var problem = act.Should().Throw<ContentPackException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be("missing-member");
        problem.Path.Should().Be(path);
        problem.Message.Should().Contain($"'{member}'");
    }

    [Theory]
    [InlineData("""{ "name": "x", "colour": "blue" }""", "$.colour")]
    [InlineData("""{ "name": "x", "chapters": [ { "id": "c", "title": "T", "theme": "T", "summary": "S" } ] }""", "$.chapters[0].summary")]
    [InlineData("""{ "name": "x", "exercises": [ { "id": "e", "chapterId": "c", "title": "T", "kind": "writing", "instructions": "I", "estimatedMinutes": 5, "fields": [ { "id": "f", "label": "F", "type": "text", "maxLenght": 3 } ] } ] }""", "$.exercises[0].fields[0].maxLenght")]
    [InlineData("""{ "name": "x", "dances": [ { "id": "d", "name": "N", "summary": "S", "first": { "name": "a", "move": "m", "feedsTheOther": "f", "mood": "m" }, "second": { "name": "b", "move": "m", "feedsTheOther": "f" } } ] }""", "$.dances[0].first.mood")]
    public void An_unknown_member_is_an_error_so_that_a_typo_is_caught(string json, string path)
    {
        var act = () => ContentPack.Parse(json);

        var problem = act.Should().Throw<ContentPackException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be("unknown-member");
        problem.Path.Should().Be(path);
    }

    [Theory]
    [InlineData("""{ "name": null }""", "$.name")]
    [InlineData("""{ "name": "x", "language": null }""", "$.language")]
    [InlineData("""{ "name": "x", "chapters": [ { "id": "c", "title": null, "theme": "T" } ] }""", "$.chapters[0].title")]
    [InlineData("""{ "name": "x", "chapters": [ { "id": null, "title": "T", "theme": "T" } ] }""", "$.chapters[0].id")]
    [InlineData("""{ "name": "x", "principles": [ { "id": "p", "chapterId": "c", "text": null } ] }""", "$.principles[0].text")]
    [InlineData("""{ "name": "x", "dances": [ { "id": "d", "name": "N", "summary": "S", "first": null, "second": { "name": "b", "move": "m", "feedsTheOther": "f" } } ] }""", "$.dances[0].first")]
    public void A_null_where_a_value_is_required_is_reported_as_a_null_value(string json, string path)
    {
        var act = () => ContentPack.Parse(json);

        var problem = act.Should().Throw<ContentPackException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be("null-value");
        problem.Path.Should().Be(path);
    }

    [Fact]
    public void A_null_where_null_is_allowed_is_read_as_null()
    {
        var pack = ContentPack.Parse("""
            { "name": "x", "attribution": null,
              "chapters": [ { "id": "c", "number": null, "title": "T", "theme": "T" } ],
              "dances": [ { "id": "d", "name": "N", "summary": "S",
                            "first": { "name": "a", "response": null, "move": "m", "feedsTheOther": "f" },
                            "second": { "name": "b", "move": "m", "feedsTheOther": "f" } } ] }
            """);

        pack.Attribution.Should().BeNull();
        pack.Chapters[0].Number.Should().BeNull();
        pack.Dances[0].First.Response.Should().BeNull();
    }

    [Fact]
    public void The_error_message_names_the_pack_the_path_and_the_code()
    {
        var act = () => ContentPack.Parse("""{ "name": "x", "colour": "blue" }""");

        act.Should().Throw<ContentPackException>()
            .WithMessage("Content pack '(string)' has 1 problem:*$.colour: *(unknown-member)");
    }

    [Fact]
    public void Load_reads_a_stream_and_leaves_it_open()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SmallPack));

        var pack = ContentPack.Load(stream);

        pack.Should().BeEquivalentTo(ContentPack.Parse(SmallPack), Equivalence.Deep);
        stream.CanRead.Should().BeTrue();
    }

    [Fact]
    public void Load_names_the_stream_as_the_source_of_an_error()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{ "name": "x", "colour": "blue" }"""));

        var act = () => ContentPack.Load(stream);

        var error = act.Should().Throw<ContentPackException>().Which;
        error.PackName.Should().Be("(stream)");
        error.Problems.Should().ContainSingle().Which.Path.Should().Be("$.colour");
    }

    [Fact]
    public void Load_rejects_a_null_stream()
    {
        var act = () => ContentPack.Load(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
    }

    [Fact]
    public async Task LoadAsync_reads_a_stream_and_leaves_it_open()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SmallPack));

        var pack = await ContentPack.LoadAsync(stream);

        pack.Should().BeEquivalentTo(ContentPack.Parse(SmallPack), Equivalence.Deep);
        stream.CanRead.Should().BeTrue();
    }

    [Fact]
    public async Task LoadAsync_reports_errors_with_their_paths()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{ "name": "x", "chapters": [ { "id": "c", "title": null, "theme": "T" } ] }"""));

        var act = () => ContentPack.LoadAsync(stream);

        var error = (await act.Should().ThrowAsync<ContentPackException>()).Which;
        error.PackName.Should().Be("(stream)");
        error.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Path == "$.chapters[0].title" && p.Code == "null-value");
    }

    [Fact]
    public async Task LoadAsync_reports_a_null_document()
    {
        using var stream = new MemoryStream("null"u8.ToArray());

        var act = () => ContentPack.LoadAsync(stream);

        (await act.Should().ThrowAsync<ContentPackException>()).Which.Problems.Should().ContainSingle().Which.Code.Should().Be("wrong-type");
    }

    [Fact]
    public async Task LoadAsync_honours_a_cancelled_token()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SmallPack));

        var act = () => ContentPack.LoadAsync(stream, new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task LoadAsync_rejects_a_null_stream()
    {
        var act = () => ContentPack.LoadAsync(null!);

        await act.Should().ThrowAsync<ArgumentNullException>().WithParameterName("utf8Json");
    }

    [Fact]
    public void LoadFile_reads_a_file()
    {
        using var file = new TempFile(SmallPack);

        var pack = ContentPack.LoadFile(file.Path);

        pack.Name.Should().Be("extras");
        pack.Exercises.Should().ContainSingle().Which.Id.Should().Be("weekly-check-in");
    }

    [Fact]
    public void LoadFile_names_the_file_as_the_source_of_an_error()
    {
        using var file = new TempFile("""{ "name": "x", "schemaVersion": "one" }""");

        var act = () => ContentPack.LoadFile(file.Path);

        var error = act.Should().Throw<ContentPackException>().Which;
        error.PackName.Should().Be(file.Path);
        error.Message.Should().Contain(file.Path).And.Contain("$.schemaVersion");
        error.Problems.Should().ContainSingle().Which.Code.Should().Be("wrong-type");
    }

    [Fact]
    public void LoadFile_of_a_missing_file_throws_FileNotFoundException()
    {
        var path = Path.Combine(Path.GetTempPath(), $"intimacykit-missing-{Guid.NewGuid():N}.json");

        var act = () => ContentPack.LoadFile(path);

        act.Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public void LoadFile_in_a_missing_folder_throws_DirectoryNotFoundException()
    {
        var path = Path.Combine(Path.GetTempPath(), $"intimacykit-missing-{Guid.NewGuid():N}", "pack.json");

        var act = () => ContentPack.LoadFile(path);

        act.Should().Throw<DirectoryNotFoundException>();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void LoadFile_rejects_a_null_or_blank_path(string? path)
    {
        var act = () => ContentPack.LoadFile(path!);

        act.Should().Throw<ArgumentException>().WithParameterName("path");
    }

    [Fact]
    public void ToJson_writes_camel_case_members_and_kebab_case_enums_that_Parse_reads_back()
    {
        var pack = ContentPack.Parse(SmallPack);

        var json = pack.ToJson();

        json.Should().Contain("\"schemaVersion\": 1").And.Contain("\"kind\": \"script-rehearsal\"")
            .And.Contain("\"type\": \"two-column-table\"").And.Contain("\"estimatedMinutes\": 10")
            .And.Contain("\"kind\": \"checklist\"").And.Contain("\"withdraw\"");
        ContentPack.Parse(json).ToJson().Should().Be(json);
    }

    private sealed class TempFile : IDisposable
    {
        public TempFile(string content)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"intimacykit-test-{Guid.NewGuid():N}.json");
            File.WriteAllText(Path, content);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }

    [Theory]
    [InlineData("""{ "name": "x", "patterns": [ { "id": "p", "response": "engulf", "name": "N", "summary": "S", "underlyingFear": "F", "effectOnPartner": "E", "howItFeedsThePartner": "H", "antidotes": [ "Say one small no." ] } ] }""", "$.patterns[0].antidotes[0]")]
    [InlineData("""{ "name": "x", "dances": [ { "id": "d", "name": "N", "summary": "S", "first": { "name": "a", "move": "M", "feedsTheOther": "F" }, "second": { "name": "b", "move": "M", "feedsTheOther": "F" }, "circuitBreakers": [ { "text": "Pause." }, "Slow down." ] } ] }""", "$.dances[0].circuitBreakers[1]")]
    public void A_plain_string_antidote_or_circuit_breaker_is_reported_with_its_path_and_the_object_form(string json, string path)
    {
        var act = () => ContentPack.Parse(json);

        var problem = act.Should().Throw<ContentPackException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be("wrong-type");
        problem.Path.Should().Be(path);
        problem.Message.Should().Contain("is an object").And.Contain("\"text\"").And.Contain("safetyNote");
    }

    [Fact]
    public void An_antidote_and_a_circuit_breaker_are_read_as_objects_with_their_involvement_and_safety_note()
    {
        var pack = ContentPack.Parse("""
            { "name": "x",
              "patterns": [ { "id": "p", "response": "engulf", "name": "N", "summary": "S", "underlyingFear": "F", "effectOnPartner": "E", "howItFeedsThePartner": "H",
                              "antidotes": [ { "text": "Breathe." }, { "text": "Say no.", "partnerInvolvement": "confront", "safetyNote": "Only where it is safe." } ] } ],
              "dances": [ { "id": "d", "name": "N", "summary": "S", "first": { "name": "a", "move": "M", "feedsTheOther": "F" }, "second": { "name": "b", "move": "M", "feedsTheOther": "F" },
                            "circuitBreakers": [ { "text": "Trade a task.", "partnerInvolvement": "renegotiate", "safetyNote": "Leave it if it is not safe." } ] } ] }
            """);

        pack.Patterns[0].Antidotes.Should().Equal(
            new Antidote { Text = "Breathe." },
            new Antidote { Text = "Say no.", PartnerInvolvement = PartnerInvolvement.Confront, SafetyNote = "Only where it is safe." });
        pack.Dances[0].CircuitBreakers.Should().Equal(
            new CircuitBreaker { Text = "Trade a task.", PartnerInvolvement = PartnerInvolvement.Renegotiate, SafetyNote = "Leave it if it is not safe." });
        ContentPack.Parse(pack.ToJson()).Patterns[0].Antidotes.Should().Equal(pack.Patterns[0].Antidotes);
    }
}
