using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Serialization;

namespace IntimacyKit.AotSmoke;

/// <summary>Reading and writing the models through <see cref="IntimacyKitJson"/>'s source-generated metadata.</summary>
internal static class JsonChecks
{
    public static void Run(SmokeRun run)
    {
        run.Check("a response with every answer type round-trips to the same JSON", () =>
        {
            var json = IntimacyKitJson.Serialize(EveryAnswer());
            var again = IntimacyKitJson.Serialize(IntimacyKitJson.Deserialize<ExerciseResponse>(json));
            return Expect.Equal(again, json, "JSON written after a round trip");
        });

        run.Check("every answer reads back as its own type and value", () =>
        {
            var answers = IntimacyKitJson.Deserialize<ExerciseResponse>(IntimacyKitJson.Serialize(EveryAnswer())).Answers;
            return Expect.Equal(answers["notes"], new TextAnswer("Quote \" and ünïcode ✓"), "text answer")
                && Expect.Equal(string.Join("|", ((ListAnswer)answers["steps"]).Items), "First|Second", "list answer")
                && Expect.Equal(string.Join("|", ((TableAnswer)answers["conflicts"]).Rows), string.Join("|", Rows), "table answer")
                && Expect.Equal(answers["pause"], new DurationAnswer(TimeSpan.FromMinutes(20)), "duration answer")
                && Expect.Equal(answers["reconnect-at"], new TimeAnswer(new TimeOnly(19, 30)), "time answer")
                && Expect.Equal(answers["calm"], new RatingAnswer(3), "rating answer")
                && Expect.Equal(answers["start-on"], new DateAnswer(new DateOnly(2025, 3, 1)), "date answer");
        });

        run.Check("answers are written with their type discriminators", () =>
        {
            var json = IntimacyKitJson.Serialize(EveryAnswer());
            return new[] { "text", "list", "two-column-table", "duration", "time", "rating", "date" }
                .All(type => Expect.Contains(json, $"\"type\": \"{type}\"", "the JSON"));
        });

        run.Check("enums are written as kebab-case strings", () =>
        {
            var catalog = IntimacyCatalog.BuiltIn;
            return Expect.Contains(IntimacyKitJson.Serialize(catalog.Get<Exercise>("assertive-alternative")), "\"kind\": \"script-rehearsal\"", "assertive-alternative's JSON")
                && Expect.Contains(IntimacyKitJson.Serialize(catalog.Get<Exercise>("conflict-chart")), "\"type\": \"two-column-table\"", "conflict-chart's JSON")
                && Expect.Contains(IntimacyKitJson.Serialize(catalog.GetPattern(AnxietyResponse.Withdraw)), "\"response\": \"withdraw\"", "the withdraw pattern's JSON");
        });

        run.Check("kebab-case enums read back, and numbers for enums are rejected", () =>
        {
            var field = IntimacyKitJson.Deserialize<ExerciseField>("""{ "id": "f", "label": "F", "type": "two-column-table" }""");
            var error = Expect.Throws<JsonException>(() => IntimacyKitJson.Deserialize<ExerciseField>("""{ "id": "f", "label": "F", "type": 3 }"""));
            return Expect.Equal(field.Type, FieldType.TwoColumnTable, "the field's type")
                && Expect.Equal(error.Path, "$.type", "the error's path");
        });

        run.Check("catalog items (chapters, a pattern, dances, exercises, toolbox items) round-trip unchanged", () =>
        {
            var catalog = IntimacyCatalog.BuiltIn;
            return Expect.True(SameAfterRoundTrip(catalog.GetPattern(AnxietyResponse.Pursue)), "the pursue pattern unchanged")
                && Expect.True(catalog.Dances.All(SameAfterRoundTrip), "every dance unchanged")
                && Expect.True(catalog.Toolbox.All(SameAfterRoundTrip), "every toolbox item unchanged")
                && Expect.True(catalog.Chapters.All(SameAfterRoundTrip), "every chapter unchanged")
                && Expect.True(catalog.Exercises.All(SameAfterRoundTrip), "every exercise unchanged");
        });

        run.Check("unknown members of a response survive a round trip", () =>
        {
            const string Json = """
                {
                  "schemaVersion": 1,
                  "exerciseId": "conflict-chart",
                  "answers": { "conflicts": { "type": "two-column-table", "rows": [ { "left": "Plans", "right": "Pressing" } ] } },
                  "appVersion": "2.1",
                  "sync": { "device": "phone", "revisions": [1, 2, 3] }
                }
                """;
            var response = IntimacyKitJson.Deserialize<ExerciseResponse>(Json);
            var written = IntimacyKitJson.Serialize(response.WithAnswer("conflicts", new TableAnswer([new TableRow("Money", "Joking")])));
            var again = IntimacyKitJson.Deserialize<ExerciseResponse>(written);
            return Expect.Equal(response.AdditionalProperties?["appVersion"].GetString(), "2.1", "appVersion as read")
                && Expect.Contains(written, "\"device\": \"phone\"", "the JSON written")
                && Expect.Equal(again.AdditionalProperties?["sync"].GetProperty("revisions").GetArrayLength(), 3, "sync.revisions after the round trip");
        });

        run.Check("a response whose answer lacks its type fails with a JSON path", () =>
        {
            var error = Expect.Throws<JsonException>(() =>
                IntimacyKitJson.Deserialize<ExerciseResponse>("""{ "exerciseId": "x", "answers": { "calm": { "value": 4 } } }"""));
            return Expect.Contains(error.Path ?? "", "$.answers", "the error's path");
        });

        run.Check("DeserializeAsync reads a response from a stream", () =>
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(IntimacyKitJson.Serialize(EveryAnswer())));
            var response = IntimacyKitJson.DeserializeAsync<ExerciseResponse>(stream).AsTask().GetAwaiter().GetResult();
            return Expect.Equal(response.Answers.Count, 7, "number of answers");
        });

        run.Check("IntimacyKitJson refuses a type that is not one of its models", () =>
        {
            var error = Expect.Throws<NotSupportedException>(() => IntimacyKitJson.Serialize(new AppNote("hello")));
            return Expect.Contains(error.Message, nameof(AppNote), "the message");
        });

        run.Check("IntimacyKitJson.Options resolves a model's metadata without reflection", () =>
        {
            var typeInfo = IntimacyKitJson.Options.GetTypeInfo(typeof(ExerciseResponse));
            return Expect.Equal(typeInfo.Type, typeof(ExerciseResponse), "the metadata's type")
                && Expect.True(IntimacyKitJson.Options.IsReadOnly, "read-only options");
        });

        run.Check("an app's own context added to a copy of IntimacyKitJson.Options reads and writes a model inside an app type", () =>
        {
            var options = new JsonSerializerOptions(IntimacyKitJson.Options);
            options.TypeInfoResolverChain.Add(AppJsonContext.Default);
            var typeInfo = (JsonTypeInfo<JournalEntry>)options.GetTypeInfo(typeof(JournalEntry));
            var json = JsonSerializer.Serialize(new JournalEntry("Sunday", EveryAnswer()), typeInfo);
            var entry = JsonSerializer.Deserialize(json, typeInfo) ?? throw new CheckFailedException("the entry read back as null");
            return Expect.Contains(json, "\"type\": \"two-column-table\"", "the JSON written")
                && Expect.Equal(entry.Response.Answers["calm"], new RatingAnswer(3), "the rating answer read back")
                && Expect.Equal(JsonSerializer.Serialize(entry, typeInfo), json, "JSON after a round trip");
        });
    }

    private static TableRow[] Rows => [new("Plans", "Pressing"), new("Money", "Joking")];

    private static ExerciseResponse EveryAnswer() => new ExerciseResponse { ExerciseId = "conflict-chart", RespondentId = "partner-b" }
        .WithAnswer("notes", new TextAnswer("Quote \" and ünïcode ✓"))
        .WithAnswer("steps", new ListAnswer(["First", "Second"]))
        .WithAnswer("conflicts", new TableAnswer([.. Rows]))
        .WithAnswer("pause", new DurationAnswer(TimeSpan.FromMinutes(20)))
        .WithAnswer("reconnect-at", new TimeAnswer(new TimeOnly(19, 30)))
        .WithAnswer("calm", new RatingAnswer(3))
        .WithAnswer("start-on", new DateAnswer(new DateOnly(2025, 3, 1)));

    private static bool SameAfterRoundTrip<T>(T value)
    {
        var json = IntimacyKitJson.Serialize(value);
        return Expect.Equal(IntimacyKitJson.Serialize(IntimacyKitJson.Deserialize<T>(json)), json, $"{typeof(T).Name} JSON after a round trip");
    }

    /// <summary>An app's own type, which IntimacyKitJson does not read or write.</summary>
    private sealed record AppNote(string Text);
}
