namespace IntimacyKit.Repair;

/// <summary>Checks shared by the repair documents; each adds problems and never throws.</summary>
internal static class RepairValidation
{
    /// <summary>The longest text accepted in any member of a repair document.</summary>
    public const int MaxTextLength = 4000;

    public static void SchemaVersion(List<ValidationProblem> problems, int version, int current)
    {
        if (version != current)
        {
            problems.Add(new("schemaVersion", "unsupported-schema-version",
                $"Schema version {version} is not supported; this version reads {current}."));
        }
    }

    /// <summary>Checks a text member: present when required, not too long.</summary>
    /// <returns>Whether the text is present.</returns>
    public static bool Text(List<ValidationProblem> problems, string path, string label, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                problems.Add(new(path, "required", $"{label} needs an answer."));
            }

            return false;
        }

        if (value.Length > MaxTextLength)
        {
            problems.Add(new(path, "too-long", $"{label} has {value.Length} characters; at most {MaxTextLength} are accepted."));
        }

        return true;
    }

    /// <summary>Checks that a change or a request names a concrete action, with the apology review's vague-change rules.</summary>
    public static void Concrete(List<ValidationProblem> problems, string path, string code, string? value)
    {
        if (value is { Length: <= MaxTextLength } && ApologyReviewer.Default.FindVague(value) is { } rule)
        {
            problems.Add(new(path, code, $"{rule.Explanation} (rule '{rule.Id}')"));
        }
    }
}
