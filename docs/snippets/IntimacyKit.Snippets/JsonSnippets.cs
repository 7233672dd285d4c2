#region usings
using System.Text.Json;
using IntimacyKit.Exercises;
using IntimacyKit.Serialization;
#endregion

namespace DocsSnippets;

public sealed class JsonSnippets : SnippetTest
{
    private static readonly ExerciseResponse response = new ExerciseResponse { ExerciseId = "conflict-chart", RespondentId = "partner-a" }
        .WithAnswer("conflicts", new TableAnswer([new TableRow("Who plans the weekend", "I go quiet and agree to anything")]));

    [Fact]
    public void A_response_round_trips_through_json()
    {
        #region round-trip
        string json = IntimacyKitJson.Serialize(response);
        ExerciseResponse saved = IntimacyKitJson.Deserialize<ExerciseResponse>(json);
        #endregion

        json.ReplaceLineEndings("\n").Should().Be(File.ReadAllText("response.json").ReplaceLineEndings("\n").TrimEnd('\n'));
        IntimacyKitJson.Serialize(saved).Should().Be(json);
    }

    [Fact]
    public async Task A_document_is_read_from_a_stream_without_blocking()
    {
        #region read-stream
        await using FileStream stream = File.OpenRead("response.json");
        ExerciseResponse fromFile = await IntimacyKitJson.DeserializeAsync<ExerciseResponse>(stream);
        #endregion

        fromFile.Answers.Should().ContainKey("conflicts");
        fromFile.SchemaVersion.Should().Be(ExerciseResponse.CurrentSchemaVersion);
    }

    [Fact]
    public void Members_this_version_does_not_know_survive_a_round_trip()
    {
        #region unknown-members
        const string fromNewerApp = """
            {
              "schemaVersion": 1,
              "exerciseId": "conflict-chart",
              "answers": {},
              "moodBefore": "tense"
            }
            """;

        ExerciseResponse read = IntimacyKitJson.Deserialize<ExerciseResponse>(fromNewerApp);
        Console.WriteLine(read.AdditionalProperties!["moodBefore"]);   // tense
        Console.WriteLine(IntimacyKitJson.Serialize(read).Contains("\"moodBefore\": \"tense\"")); // True
        #endregion

        Output.Should().Be("tense\nTrue\n");
    }

    [Fact]
    public void A_document_that_does_not_fit_throws_a_json_exception_with_its_path()
    {
        #region errors
        try
        {
            IntimacyKitJson.Deserialize<ExerciseResponse>("""{ "exerciseId": "conflict-chart", "answers": { "conflicts": { "type": "rating", "value": "high" } } }""");
        }
        catch (JsonException ex)
        {
            Console.WriteLine(ex.Path);   // $.answers.conflicts.value
        }
        #endregion

        Output.Should().Be("$.answers.conflicts.value\n");
    }

    [Fact]
    public void The_librarys_options_combine_with_an_apps_own_context()
    {
        #region own-context
        var options = new JsonSerializerOptions(IntimacyKitJson.Options);
        options.TypeInfoResolverChain.Add(MyAppJsonContext.Default);

        string json = JsonSerializer.Serialize(new SavedEntry("2026-03-02", response), options);
        #endregion

        json.Should().Contain("\"exerciseId\": \"conflict-chart\"").And.Contain("\"day\": \"2026-03-02\"");
        JsonSerializer.Deserialize<SavedEntry>(json, options)!.Response.ExerciseId.Should().Be("conflict-chart");
    }
}

#region app-context
/// <summary>An app's own document, which holds an IntimacyKit model.</summary>
public sealed record SavedEntry(string Day, ExerciseResponse Response);

/// <summary>The app's own source-generated context; IntimacyKit's options resolve the models inside it.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(SavedEntry))]
public sealed partial class MyAppJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
#endregion
