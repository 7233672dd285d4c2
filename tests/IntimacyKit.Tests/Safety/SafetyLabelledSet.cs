using System.Text.Json;
using System.Text.Json.Serialization;
using IntimacyKit.Safety;

namespace IntimacyKit.Tests.Safety;

/// <summary>
/// The labelled texts of <c>safety-labelled.jsonl</c>, written by the project for these tests: urgent texts of every
/// urgent category, concern texts of coercive control and intimidation, and figurative or everyday texts that must
/// not be flagged. One JSON object a line: <c>{ "text": ..., "level": "urgent|concern|none", "categories": [...] }</c>.
/// </summary>
internal static class SafetyLabelledSet
{
    public const string FileName = "safety-labelled.jsonl";

    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IReadOnlyList<LabelledText> All { get; } = Load();

    private static List<LabelledText> Load() =>
        [.. RepositoryFiles.ReadAllText("tests", "IntimacyKit.Tests", "Safety", FileName)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<LabelledText>(line, s_options)
                ?? throw new InvalidDataException($"A null line in {FileName}."))];
}

/// <summary>One labelled text.</summary>
/// <param name="Text">The text.</param>
/// <param name="Level">The level a person reading it would give it.</param>
/// <param name="Categories">The categories it belongs to; empty for <see cref="SafetyLevel.None"/>.</param>
internal sealed record LabelledText(string Text, SafetyLevel Level, IReadOnlyList<SafetyCategory> Categories)
{
    public override string ToString() => Text;
}
