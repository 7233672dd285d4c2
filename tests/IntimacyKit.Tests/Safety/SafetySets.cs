using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using IntimacyKit.Safety;

namespace IntimacyKit.Tests.Safety;

/// <summary>
/// The sentence sets of <c>Safety/Sets</c>, one JSON object a line: <c>{ "text", "level", "categories", "kind" }</c>.
/// <c>tuning-*</c> sets are read and tuned on; <c>heldout-*</c> sets were written before tuning by writers who never
/// saw the rules, and are only measured (see <c>Sets/README.md</c>).
/// </summary>
internal static class SafetySets
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IReadOnlyList<SetSentence> Load(string name) =>
        [.. RepositoryFiles.ReadAllText("tests", "IntimacyKit.Tests", "Safety", "Sets", name + ".jsonl")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<SetSentence>(line, s_options)
                ?? throw new InvalidDataException($"A null line in {name}."))];

    /// <summary>Screens a set and returns its figures and a report (with the misses only when <paramref name="listMisses"/>).</summary>
    public static SetFigures Measure(SafetyScreen screen, IReadOnlyList<SetSentence> set, string name, bool listMisses)
    {
        var results = set.Select(s => (Sentence: s, Level: screen.Screen(s.Text).Level)).ToList();
        var urgent = results.Where(r => r.Sentence.Level == SafetyLevel.Urgent).ToList();
        var concern = results.Where(r => r.Sentence.Level == SafetyLevel.Concern).ToList();
        var none = results.Where(r => r.Sentence.Level == SafetyLevel.None).ToList();
        var figures = new SetFigures(
            Ratio(urgent.Count(r => r.Level == SafetyLevel.Urgent), urgent.Count),
            Ratio(concern.Count(r => r.Level >= SafetyLevel.Concern), concern.Count),
            Ratio(none.Count(r => r.Level > SafetyLevel.None), none.Count),
            Ratio(urgent.Count(r => r.Level >= SafetyLevel.Concern), urgent.Count));
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{name}: {set.Count} sentences ({urgent.Count} urgent, {concern.Count} concern, {none.Count} none)")
            .AppendLine(CultureInfo.InvariantCulture, $"  urgent screened urgent:      {figures.UrgentRecall:F3}")
            .AppendLine(CultureInfo.InvariantCulture, $"  urgent screened >= concern:  {figures.UrgentFlagged:F3}")
            .AppendLine(CultureInfo.InvariantCulture, $"  concern screened >= concern: {figures.ConcernRecall:F3}")
            .AppendLine(CultureInfo.InvariantCulture, $"  none screened above none:    {figures.FalseAlarms:F3}");
        foreach (var kind in set.Select(s => s.Kind).Distinct().Order(StringComparer.Ordinal))
        {
            var ofKind = results.Where(r => r.Sentence.Kind == kind).ToList();
            var agree = ofKind.Count(r => Agrees(r.Sentence.Level, r.Level));
            report.AppendLine(CultureInfo.InvariantCulture, $"    {kind,-20} {agree,4} of {ofKind.Count,4} as labelled");
        }

        if (listMisses)
        {
            foreach (var (sentence, level) in results.Where(r => !Agrees(r.Sentence.Level, r.Level)))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  [{sentence.Kind}] labelled {sentence.Level}, screened {level}: {sentence.Text}");
            }
        }

        return figures with { Report = report.ToString() };
    }

    private static bool Agrees(SafetyLevel labelled, SafetyLevel screened) =>
        labelled == SafetyLevel.None ? screened == SafetyLevel.None : screened >= labelled;

    private static double Ratio(int count, int total) => total == 0 ? 1.0 : (double)count / total;
}

/// <summary>One sentence of a set.</summary>
internal sealed record SetSentence(string Text, SafetyLevel Level, IReadOnlyList<SafetyCategory> Categories, string Kind);

/// <summary>The figures of a set.</summary>
internal sealed record SetFigures(double UrgentRecall, double ConcernRecall, double FalseAlarms, double UrgentFlagged)
{
    public string Report { get; init; } = string.Empty;
}
