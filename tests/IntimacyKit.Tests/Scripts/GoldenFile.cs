using System.Globalization;
using System.Text.Json;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests.Scripts;

/// <summary>
/// One golden file of Scripts/Golden: the cases of one built-in template in one culture, each an argument set in
/// invariant form and the script it must render to. The format is described in Scripts/Golden/README.md.
/// </summary>
internal sealed class GoldenFile
{
    private GoldenFile(string fileName, string templateId, CultureInfo culture, IReadOnlyList<GoldenCase> cases)
    {
        FileName = fileName;
        TemplateId = templateId;
        Culture = culture;
        Cases = cases;
    }

    public static string Folder { get; } = Path.Combine(RepositoryFiles.Root, "tests", "IntimacyKit.Tests", "Scripts", "Golden");

    public string FileName { get; }

    public string TemplateId { get; }

    public CultureInfo Culture { get; }

    public IReadOnlyList<GoldenCase> Cases { get; }

    /// <summary>Gets every golden file, ordered by name.</summary>
    public static IEnumerable<GoldenFile> All() =>
        Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal).Select(path => Load(Path.GetFileName(path)));

    /// <summary>Reads a golden file named <c>template-id.culture.txt</c>.</summary>
    public static GoldenFile Load(string fileName)
    {
        var parts = Path.GetFileNameWithoutExtension(fileName).Split('.');
        if (parts.Length != 2)
        {
            throw new FormatException($"{fileName}: a golden file is named <template-id>.<culture>.txt.");
        }

        var text = File.ReadAllText(Path.Combine(Folder, fileName)).ReplaceLineEndings("\n");
        return new GoldenFile(fileName, parts[0], CultureInfo.GetCultureInfo(parts[1]), Parse(fileName, text));
    }

    public GoldenCase this[string caseName] =>
        Cases.SingleOrDefault(c => c.Name == caseName) ?? throw new KeyNotFoundException($"{FileName} has no case '{caseName}'.");

    private static List<GoldenCase> Parse(string fileName, string text)
    {
        var cases = new List<GoldenCase>();
        string? name = null;
        int nameLine = 0;
        List<string>? arguments = null;
        List<string>? expected = null;
        var lines = text.Split('\n');

        void Finish()
        {
            if (name is null)
            {
                return;
            }

            if (expected is null)
            {
                throw new FormatException($"{fileName}({nameLine}): case '{name}' has no '---' line before its expected script.");
            }

            while (expected.Count > 0 && expected[^1].Length == 0)
            {
                expected.RemoveAt(expected.Count - 1);
            }

            if (cases.Any(c => c.Name == name))
            {
                throw new FormatException($"{fileName}({nameLine}): case '{name}' is in the file twice.");
            }

            cases.Add(new GoldenCase(name, ReadArguments(fileName, nameLine, name, string.Join('\n', arguments!)), string.Join('\n', expected)));
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("===", StringComparison.Ordinal))
            {
                Finish();
                name = line[3..].Trim();
                nameLine = i + 1;
                arguments = [];
                expected = null;
                if (name.Length == 0)
                {
                    throw new FormatException($"{fileName}({nameLine}): a case needs a name after '==='.");
                }
            }
            else if (name is null)
            {
                if (line.Trim().Length > 0)
                {
                    throw new FormatException($"{fileName}({i + 1}): text before the first '===' line must be a comment starting with '#'.");
                }
            }
            else if (expected is null && line.Trim() == "---")
            {
                expected = [];
            }
            else
            {
                (expected ?? arguments!).Add(line);
            }
        }

        Finish();
        return cases;
    }

    private static Dictionary<string, string?> ReadArguments(string fileName, int line, string caseName, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"{fileName}({line}): the arguments of case '{caseName}' are not a JSON object.");
            }

            return document.RootElement.EnumerateObject().ToDictionary(
                p => p.Name,
                p => p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => throw new FormatException($"{fileName}({line}): argument '{p.Name}' of case '{caseName}' is not a string or null."),
                },
                StringComparer.Ordinal);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{fileName}({line}): the arguments of case '{caseName}' are not valid JSON: {ex.Message}", ex);
        }
    }
}

/// <summary>One case of a golden file: the arguments in invariant form and the expected script.</summary>
internal sealed record GoldenCase(string Name, IReadOnlyDictionary<string, string?> Arguments, string Expected)
{
    /// <summary>Converts the invariant-form arguments to the values a template's parameters take, by each parameter's kind.</summary>
    public Dictionary<string, object?> ValuesFor(ScriptTemplate template) => Arguments.ToDictionary(
        a => a.Key,
        a => a.Value is null ? null : ToValue(template.Parameters.SingleOrDefault(p => p.Name == a.Key)?.Kind, a.Value),
        StringComparer.Ordinal);

    /// <summary>Converts one value written in invariant form, as the golden files and the parameter examples write them.</summary>
    public static object ToValue(ScriptParameterKind? kind, string value) => kind switch
    {
        ScriptParameterKind.Duration => TimeSpan.ParseExact(value, "c", CultureInfo.InvariantCulture),
        ScriptParameterKind.ClockTime => TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture),
        ScriptParameterKind.Day => Enum.Parse<DayOfWeek>(value),
        _ => value,
    };
}
