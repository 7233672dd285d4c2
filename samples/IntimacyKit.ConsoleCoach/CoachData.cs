using System.Text.Json;
using System.Text.Json.Nodes;
using IntimacyKit.Assessments;
using IntimacyKit.Experiments;
using IntimacyKit.Serialization;
using IntimacyKit.Worksheets;

namespace IntimacyKit.ConsoleCoach;

/// <summary>
/// Everything the coach keeps for one person: their self-assessment answers, their escalation plan (kept as typed,
/// even while it has problems) and their six-week experiment with its practice logs and ratings. Each part is a
/// library model written by <see cref="IntimacyKitJson"/>, so it carries its own schema version.
/// </summary>
internal sealed record CoachData
{
    public const int CurrentSchemaVersion = 1;

    public static CoachData Empty { get; } = new();

    public AssessmentAnswers? Answers { get; init; }

    public EscalationPlan? EscalationPlan { get; init; }

    public Experiment? Experiment { get; init; }

    /// <summary>
    /// Top-level members this coach does not know (written by a newer coach, or another app), kept as they were and
    /// written back after the known ones, as the library keeps unknown members of its documents; null when none.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement>? UnknownMembers { get; init; }

    private static readonly string[] s_known = ["schemaVersion", "answers", "escalationPlan", "experiment"];

    public string ToJson()
    {
        var root = new JsonObject { ["schemaVersion"] = CurrentSchemaVersion };
        Add(root, "answers", Answers);
        Add(root, "escalationPlan", EscalationPlan);
        Add(root, "experiment", Experiment);
        foreach (var (name, value) in UnknownMembers ?? new Dictionary<string, JsonElement>())
        {
            root[name] = JsonNode.Parse(value.GetRawText());
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>Reads the data file's text; anything wrong is a <see cref="CoachDataException"/> saying what and where.</summary>
    public static CoachData FromJson(string json)
    {
        JsonNode? node;
        try
        {
            // A repeated property name is refused here; JsonNode would otherwise throw ArgumentException on first access.
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException ex)
        {
            throw new CoachDataException($"it is not valid JSON ({ex.Message})");
        }

        if (node is not JsonObject root)
        {
            throw new CoachDataException($"it holds {(node is null ? "null" : node.GetValueKind().ToString().ToLowerInvariant())}, not a JSON object");
        }

        var version = root["schemaVersion"] is JsonValue value && value.TryGetValue<int>(out var number) ? number : (int?)null;
        if (version is null)
        {
            throw new CoachDataException("its 'schemaVersion' is missing or not a whole number");
        }

        if (version < 1)
        {
            throw new CoachDataException($"its 'schemaVersion' is {version}; versions start at 1");
        }

        if (version > CurrentSchemaVersion)
        {
            throw new CoachDataException($"it was written by a newer coach (schemaVersion {version}; this one reads {CurrentSchemaVersion})");
        }

        var unknown = root.Where(m => !s_known.Contains(m.Key, StringComparer.Ordinal))
            .ToDictionary(m => m.Key, m => Element(m.Value), StringComparer.Ordinal);
        return new CoachData
        {
            Answers = Read<AssessmentAnswers>(root, "answers"),
            EscalationPlan = Read<EscalationPlan>(root, "escalationPlan"),
            Experiment = Read<Experiment>(root, "experiment"),
            UnknownMembers = unknown.Count == 0 ? null : unknown,
        };
    }

    private static JsonElement Element(JsonNode? node)
    {
        using var document = JsonDocument.Parse(node?.ToJsonString() ?? "null");
        return document.RootElement.Clone();
    }

    private static void Add<T>(JsonObject root, string name, T? value)
        where T : class
    {
        if (value is not null)
        {
            root[name] = JsonNode.Parse(IntimacyKitJson.Serialize(value));
        }
    }

    private static T? Read<T>(JsonObject root, string name)
        where T : class
    {
        if (root[name] is not { } member)
        {
            return null;
        }

        try
        {
            return IntimacyKitJson.Deserialize<T>(member.ToJsonString());
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            throw new CoachDataException($"its '{name}' does not fit: {ex.Message}");
        }
    }
}

/// <summary>The data file's content cannot be used; the message says what is wrong with it.</summary>
internal sealed class CoachDataException(string message) : Exception(message);
