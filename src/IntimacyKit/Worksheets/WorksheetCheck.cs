using System.Collections.Immutable;
using System.Globalization;

namespace IntimacyKit.Worksheets;

/// <summary>
/// Collects the problems of one worksheet. Every check tolerates what the type system says cannot happen (a
/// <see langword="null"/> in a non-nullable member, an undefined enum value, a <see langword="default"/> array),
/// because a value built with <c>with</c> or read from JSON can hold it; <see cref="Worksheet.Validate"/> never throws.
/// </summary>
internal sealed class WorksheetCheck
{
    public List<ValidationProblem> Problems { get; } = [];

    public void Add(string path, string code, string message) => Problems.Add(new(path, code, message));

    /// <summary>Checks a text answer: present (when required), not blank, not too long.</summary>
    public void Text(string path, string? value, string label, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                Add(path, "required", $"'{label}' needs an answer.");
            }
        }
        else if (string.IsNullOrWhiteSpace(value))
        {
            Add(path, "empty", required
                ? $"'{label}' is empty; it needs an answer."
                : $"'{label}' is empty; write something or leave it out.");
        }
        else if (value.Length > Worksheet.MaxTextLength)
        {
            Add(path, "too-long", string.Create(CultureInfo.InvariantCulture,
                $"'{label}' is {value.Length} characters long; the limit is {Worksheet.MaxTextLength}."));
        }
    }

    /// <summary>
    /// Checks the number of entries of a list and reports missing (<see langword="null"/>) entries; returns the
    /// present entries with their index, lazily, so that the caller's problems for each entry come in order.
    /// </summary>
    public IEnumerable<(int Index, T Item)> Items<T>(string path, ImmutableArray<T> items, string label, int min = 1, int max = Worksheet.MaxItems)
        where T : class
    {
        var list = items.OrEmpty();
        if (list.Length < min)
        {
            Add(path, min == 1 ? "required" : "too-few", min == 1
                ? $"'{label}' needs at least one entry."
                : string.Create(CultureInfo.InvariantCulture, $"'{label}' needs at least {min} entries; it has {list.Length}."));
        }
        else if (list.Length > max)
        {
            Add(path, "too-many", string.Create(CultureInfo.InvariantCulture,
                $"'{label}' has {list.Length} entries; the limit is {max}."));
        }

        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                Add(Index(path, i), "required", string.Create(CultureInfo.InvariantCulture, $"Entry {i + 1} of '{label}' is missing."));
            }
            else
            {
                yield return (i, list[i]);
            }
        }
    }

    /// <summary>Checks that an enum member holds one of its named values.</summary>
    public bool Defined<TEnum>(string path, TEnum value, string label)
        where TEnum : struct, Enum
    {
        if (Enum.IsDefined(value))
        {
            return true;
        }

        Add(path, "unknown-value", $"'{label}' has the value {value}, which is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        return false;
    }

    public static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
}
