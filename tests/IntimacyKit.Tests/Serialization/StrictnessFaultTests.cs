using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntimacyKit.Assessments;
using IntimacyKit.Exercises;
using IntimacyKit.Experiments;
using IntimacyKit.Serialization;
using IntimacyKit.Tests.Assessments;
using IntimacyKit.Tests.Experiments;
using IntimacyKit.Tests.Worksheets;
using IntimacyKit.Worksheets;

namespace IntimacyKit.Tests.Serialization;

/// <summary>
/// One case for each class of fault issue 16 found accepted silently: each is now refused with the JSON path of the
/// value at fault and a stable code, and what reading refuses, <c>Validate</c> and rendering refuse too.
/// </summary>
public sealed class StrictnessFaultTests
{
    private static readonly string s_pack = """
        { "name": "extras", "patterns": [], "exercises": [ { "id": "e", "chapterId": "chapter-1", "title": "T", "kind": "writing",
          "instructions": "I", "estimatedMinutes": 5, "fields": [ { "id": "f", "label": "F", "type": "text" } ] } ] }
        """;

    private static readonly string s_response = IntimacyKitJson.Serialize(new ExerciseResponse { ExerciseId = "conflict-chart", RespondentId = "partner-a" }
        .WithAnswer("notes", new TextAnswer("fine")).WithAnswer("start-on", new DateAnswer(new DateOnly(2026, 3, 1))));

    private static readonly string s_plan = IntimacyKitJson.Serialize(SamplePlans.SixWeeks);

    private static readonly string s_answers = IntimacyKitJson.Serialize(AssessmentTestData.Answers(2, 3, 4, "partner-a"));

    private static readonly string s_escalation = IntimacyKitJson.Serialize(WorksheetSamples.Plan);

    public static TheoryData<string, string, string, string> Faults => new()
    {
        // A comma list is not read as the bitwise OR of its values.
        { "pack", s_pack.Replace("\"kind\": \"writing\"", "\"kind\": \"writing, chart\"", StringComparison.Ordinal), "$.exercises[0].kind", "wrong-type" },
        { "pack", s_pack.Replace("\"patterns\": []", "\"patterns\": [ { \"id\": \"p\", \"response\": \"withdraw, pursue\" } ]", StringComparison.Ordinal), "$.patterns[0].response", "wrong-type" },
        { "plan", s_plan.Replace("\"kind\": \"rating\"", "\"kind\": \"rating, count\"", StringComparison.Ordinal), "$.goal.measure.kind", "wrong-type" },

        // Enums in another case than lower kebab are refused, not folded.
        { "pack", s_pack.Replace("\"kind\": \"writing\"", "\"kind\": \"Writing\"", StringComparison.Ordinal), "$.exercises[0].kind", "wrong-type" },
        { "worksheet", Replace(s_escalation, "\"pause\"", "\"NameTheFeeling\""), "$.strategy", "wrong-type" },
        { "plan", s_plan.Replace("\"kind\": \"rating\"", "\"kind\": \"Rating\"", StringComparison.Ordinal), "$.goal.measure.kind", "wrong-type" },

        // A member given twice is refused with its path; the last one no longer wins.
        { "pack", s_pack.Replace("{ \"name\": \"extras\",", "{ \"name\": \"extras\", \"name\": \"other\",", StringComparison.Ordinal), "$.name", "duplicate-member" },
        { "pack", s_pack.Replace("\"estimatedMinutes\": 5", "\"estimatedMinutes\": 5, \"estimatedMinutes\": 500", StringComparison.Ordinal), "$.exercises[0].estimatedMinutes", "duplicate-member" },
        { "response", Replace(s_response, "\"exerciseId\": \"conflict-chart\",", "\"exerciseId\": \"conflict-chart\", \"exerciseId\": \"calm-space\","), "$.exerciseId", "duplicate-member" },
        { "response", Replace(s_response, "\"answers\": {", "\"answers\": { \"notes\": { \"type\": \"text\", \"value\": \"first\" },"), "$.answers.notes", "duplicate-member" },
        { "answers", DuplicateFirstAnswer(s_answers), "$.answers." + Questionnaire.BuiltIn.Questions[0].Id, "duplicate-member" },

        // Sizes: every string and list has a limit, and so does maxLength itself.
        { "pack", s_pack.Replace("\"title\": \"T\"", $"\"title\": \"{new string('t', DocumentLimits.MaxNameLength + 1)}\"", StringComparison.Ordinal), "$.exercises[0].title", "too-long" },
        { "pack", s_pack.Replace("{ \"name\": \"extras\",", $"{{ \"name\": \"extras\", \"attribution\": \"{new string('a', DocumentLimits.MaxTextLength + 1)}\",", StringComparison.Ordinal), "$.attribution", "too-long" },
        { "pack", s_pack.Replace("\"label\": \"F\"", $"\"label\": \"{new string('l', DocumentLimits.MaxNameLength + 1)}\"", StringComparison.Ordinal), "$.exercises[0].fields[0].label", "too-long" },
        { "pack", s_pack.Replace("\"type\": \"text\"", "\"type\": \"text\", \"maxLength\": 2147483647", StringComparison.Ordinal), "$.exercises[0].fields[0].maxLength", "out-of-range" },
        { "response", Replace(s_response, "\"partner-a\"", $"\"{new string('r', DocumentLimits.MaxIdLength + 1)}\""), "$.respondentId", "too-long" },
        { "response", Replace(s_response, "\"fine\"", $"\"{new string('n', DocumentLimits.MaxTextLength + 1)}\""), "$.answers.notes.value", "too-long" },
        { "plan", Replace(s_plan, "\"Say one small no\"", $"\"{new string('n', DocumentLimits.MaxTextLength + 1)}\""), "$.practices[1].description", "too-long" },
        { "plan", Replace(s_plan, "\"practices\": [", "\"practices\": [" + string.Concat(Enumerable.Repeat("{ \"id\": \"x\", \"description\": \"x\", \"timesPerWeek\": 1 },", DocumentLimits.MaxSectionItems))), "$.practices", "too-many-items" },
        { "answers", Replace(s_answers, "\"partner-a\"", $"\"{new string('r', DocumentLimits.MaxIdLength + 1)}\""), "$.respondentId", "too-long" },

        // Dates and lengths of time must be plausible.
        { "response", Replace(s_response, "\"2026-03-01\"", "\"0001-01-01\""), "$.answers.start-on.value", "out-of-range" },
        { "response", Replace(s_response, "\"2026-03-01\"", "\"9999-12-31\""), "$.answers.start-on.value", "out-of-range" },
        { "response", Replace(s_response, "\"fine\"", "\"x\" }, \"pause\": { \"type\": \"duration\", \"value\": \"10585000.00:00:00\""), "$.answers.pause.value", "out-of-range" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void Each_class_of_fault_is_refused_with_its_path_and_code(string kind, string json, string path, string code)
    {
        json.Should().NotBe(kind switch { "pack" => s_pack, "response" => s_response, "plan" => s_plan, "answers" => s_answers, _ => s_escalation },
            "the case changes the document");

        Refusal(kind, json).Should().Be((path, code));
    }

    [Fact]
    public void A_plan_built_in_code_over_a_limit_fails_Validate_at_the_same_path()
    {
        var plan = SamplePlans.SixWeeks with { Title = new string('t', DocumentLimits.MaxNameLength + 1) };

        plan.Validate().Problems.Should().ContainSingle(p => p.Path == "title" && p.Code == "too-long");
    }

    [Fact]
    public void A_pack_built_in_code_over_a_limit_is_refused_when_added_with_every_problem_at_its_path()
    {
        var exercise = TestContent.NewExercise() with
        {
            Title = new string('t', DocumentLimits.MaxNameLength + 1),
            Instructions = new string('i', DocumentLimits.MaxTextLength + 1),
        };
        var pack = TestContent.ExtrasWith(exercise) with { Attribution = new string('a', DocumentLimits.MaxTextLength + 1) };

        TestContent.ProblemsOf(pack).Select(p => (p.Path, p.Code)).Should().Contain([
            ("$.attribution", "too-long"), ("$.exercises[0].title", "too-long"), ("$.exercises[0].instructions", "too-long")]);
    }

    [Fact]
    public void A_worksheet_that_Validate_refuses_as_too_long_is_not_rendered()
    {
        var chart = WorksheetSamples.Chart with { Rows = [new ConflictChartRow { Conflict = new string('c', 1_000_000), Moves = "we both go quiet" }] };

        chart.Validate().Problems.Should().Contain(p => p.Path == "rows[0].conflict" && p.Code == "too-long");
        var act = () => chart.ToMarkdown(CultureInfo.InvariantCulture);
        act.Should().Throw<DocumentLimitException>().Which.Problems.Should().Contain(p => p.Path == "rows[0].conflict" && p.Code == "too-long");
        chart.ToString().Should().Contain("not rendered");

        var tooManyRows = WorksheetSamples.Chart with
        {
            Rows = [.. Enumerable.Repeat(WorksheetSamples.Chart.Rows[0], Worksheet.MaxItems + 1)],
        };
        var render = () => tooManyRows.ToPlainText(CultureInfo.InvariantCulture);
        render.Should().Throw<DocumentLimitException>().Which.Problems.Should().Equal(tooManyRows.Validate().Problems);
    }

    [Fact]
    public void A_joint_session_for_an_exercise_not_in_the_catalog_fails_validation()
    {
        var session = new JointSession { ExerciseId = "no-such-exercise", FirstPartnerId = "ana", SecondPartnerId = "ben" };

        session.Validate(IntimacyCatalog.BuiltIn).Problems.Should().Contain(p => p.Path == "exerciseId" && p.Code == "unknown-exercise");
        (session with { ExerciseId = "conflict-chart" }).Validate(IntimacyCatalog.BuiltIn).IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_duplicate_member_in_a_content_pack_names_its_path_in_the_error()
    {
        var act = () => ContentPack.Parse("""{ "name": "a", "name": "b" }""");

        var problem = act.Should().Throw<ContentPackException>().Which.Problems.Should().ContainSingle().Subject;
        (problem.Path, problem.Code).Should().Be(("$.name", "duplicate-member"));
    }

    [Fact]
    public async Task A_value_over_a_limit_is_refused_alike_from_a_string_a_stream_and_a_file()
    {
        var json = s_pack.Replace("\"title\": \"T\"", $"\"title\": \"{new string('t', DocumentLimits.MaxNameLength + 1)}\"", StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"pack-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
        try
        {
            var reads = new Func<Task<ContentPack>>[]
            {
                () => Task.FromResult(ContentPack.Parse(json)),
                () => Task.FromResult(ContentPack.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)))),
                () => ContentPack.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))),
                () => Task.FromResult(ContentPack.LoadFile(file)),
            };
            foreach (var read in reads)
            {
                var problem = (await read.Should().ThrowAsync<ContentPackException>()).Which.Problems.Should().ContainSingle().Subject;
                (problem.Path, problem.Code).Should().Be(("$.exercises[0].title", "too-long"));
            }

            var response = Replace(s_response, "\"partner-a\"", $"\"{new string('r', DocumentLimits.MaxIdLength + 1)}\"");
            var readAsync = async () => await IntimacyKitJson.DeserializeAsync<ExerciseResponse>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(response)));
            (await readAsync.Should().ThrowAsync<JsonException>()).Which.Path.Should().Be("$.respondentId");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_document_larger_than_the_limit_is_refused_before_it_is_read()
    {
        var json = $$"""{ "name": "x", "attribution": "{{new string('a', DocumentLimits.MaxDocumentBytes)}}" }""";

        var act = () => ContentPack.Parse(json);

        var problem = act.Should().Throw<ContentPackException>().Which.Problems.Should().ContainSingle().Subject;
        (problem.Path, problem.Code).Should().Be(("$", "too-large"));
    }

    [Fact]
    public void A_document_nested_too_deep_is_refused_at_the_place_it_goes_too_deep()
    {
        var nested = string.Concat(Enumerable.Repeat("[", DocumentLimits.MaxDepth)) + string.Concat(Enumerable.Repeat("]", DocumentLimits.MaxDepth));
        var json = $$"""{ "schemaVersion": 1, "exerciseId": "conflict-chart", "answers": {}, "deep": {{nested}} }""";

        var act = () => IntimacyKitJson.Deserialize<ExerciseResponse>(json);

        var error = act.Should().Throw<JsonException>().Which;
        error.Path.Should().StartWith("$.deep[0]");
        StrictJsonException.CodeOf(error).Should().Be("too-deep");
    }

    internal static (string Path, string Code)? Refusal(string kind, string json)
    {
        try
        {
            _ = kind switch
            {
                "pack" => (object)ContentPack.Parse(json),
                "response" => IntimacyKitJson.Deserialize<ExerciseResponse>(json),
                "plan" => IntimacyKitJson.Deserialize<ExperimentPlan>(json),
                "answers" => IntimacyKitJson.Deserialize<AssessmentAnswers>(json),
                _ => IntimacyKitJson.Deserialize<EscalationPlan>(json),
            };
            return null;
        }
        catch (ContentPackException ex)
        {
            return (ex.Problems[0].Path, ex.Problems[0].Code);
        }
        catch (JsonException ex)
        {
            return (ex.Path ?? "(none)", StrictJsonException.CodeOf(ex) ?? ex.Message);
        }
    }

    private static string Replace(string json, string what, string with)
    {
        json.Should().Contain(what);
        var at = json.IndexOf(what, StringComparison.Ordinal);
        return string.Concat(json.AsSpan(0, at), with, json.AsSpan(at + what.Length));
    }

    private static string DuplicateFirstAnswer(string json)
    {
        var id = Questionnaire.BuiltIn.Questions[0].Id;
        var value = JsonNode.Parse(json)!["answers"]![id]!.GetValue<int>();
        return Replace(json, $"\"{id}\": {value}", $"\"{id}\": {value}, \"{id}\": {value}");
    }
}
