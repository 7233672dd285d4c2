using System.Text.Json;
using System.Text.RegularExpressions;

namespace IntimacyKit.Tests.Serialization;

/// <summary>
/// The property every document keeps under the strict reading policy: its JSON is either read back without loss, or
/// refused with the JSON path of a value at fault, and then its <c>Validate</c> reports a problem at that path too.
/// Never a silent change.
/// </summary>
internal static partial class StrictReading
{
    /// <summary>Reads <paramref name="json"/> back; returns the document read, or null when it was refused as it should be.</summary>
    public static T? ReadBackOrRefused<T>(string json, Func<string, T> read, Func<ValidationResult> validate)
        where T : class
    {
        T back;
        try
        {
            back = read(json);
        }
        catch (JsonException ex)
        {
            ex.Path.Should().NotBeNullOrEmpty("a refused document names the member at fault: {0}", ex.Message);
            var problems = validate().Problems;
            problems.Select(p => Normalised(p.Path)).Should().Contain(Normalised(ex.Path!),
                "Validate refuses what reading refuses ({0}); it reported {1}", ex.Message, string.Join("; ", problems));
            return null;
        }

        return back;
    }

    /// <summary>A path without the leading <c>$.</c> and without the members an answer keeps its value in.</summary>
    public static string Normalised(string path) =>
        AnswerMembers().Replace(path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$'), "");

    [GeneratedRegex(@"\.(?:value|items|rows)(?=\[|$)")]
    private static partial Regex AnswerMembers();
}
