using System.Collections.Immutable;
using System.Globalization;

namespace IntimacyKit.Exercises;

/// <summary>Checks an <see cref="ExerciseResponse"/> against its <see cref="Exercise"/>, collecting every problem.</summary>
internal static class ExerciseResponseValidator
{
    public static ValidationResult Validate(Exercise exercise, ExerciseResponse response)
    {
        var problems = new List<ValidationProblem>();

        if (response.SchemaVersion != ExerciseResponse.CurrentSchemaVersion)
        {
            problems.Add(new("schemaVersion", "unsupported-schema-version",
                $"Schema version {response.SchemaVersion} is not supported; this version reads {ExerciseResponse.CurrentSchemaVersion}."));
        }

        if (!string.Equals(response.ExerciseId, exercise.Id, StringComparison.Ordinal))
        {
            problems.Add(new("exerciseId", "exercise-mismatch",
                $"The response is for exercise '{response.ExerciseId}', not '{exercise.Id}'."));
        }

        var answers = response.Answers ?? ImmutableDictionary<string, FieldAnswer>.Empty;
        var fields = exercise.Fields.RemoveAll(f => f is null);
        foreach (var field in fields)
        {
            var path = $"answers.{field.Id}";
            if (!answers.TryGetValue(field.Id, out var answer) || answer is null)
            {
                if (!field.IsOptional)
                {
                    problems.Add(new(path, "required", $"'{field.Label}' needs an answer."));
                }

                continue;
            }

            CheckAnswer(field, answer, path, problems);
        }

        var known = fields.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var fieldId in answers.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
        {
            problems.Add(new($"answers.{fieldId}", "unknown-field",
                $"Exercise '{exercise.Id}' has no field '{fieldId}'."));
        }

        return ValidationResult.FromProblems(Serialization.StrictJson.With(problems, response, answerPaths: true));
    }

    private static void CheckAnswer(ExerciseField field, FieldAnswer answer, string path, List<ValidationProblem> problems)
    {
        if (answer.Type != field.Type)
        {
            problems.Add(new(path, "wrong-type",
                $"'{field.Label}' takes a {Describe(field.Type)} answer, not a {Describe(answer.Type)} one."));
            return;
        }

        var maxLength = field.MaxLength ?? ExerciseField.DefaultMaxLength;
        switch (answer)
        {
            case TextAnswer text:
                CheckText(field, text.Value, path, maxLength, problems);
                break;
            case ListAnswer list:
                var items = list.Items;
                CheckCount(field, items.Length, "entries", path, problems);
                for (var i = 0; i < items.Length; i++)
                {
                    CheckText(field, items[i], $"{path}[{i}]", maxLength, problems);
                }

                break;
            case TableAnswer table:
                var rows = table.Rows;
                CheckCount(field, rows.Length, "rows", path, problems);
                for (var i = 0; i < rows.Length; i++)
                {
                    var row = rows[i];
                    if (row is null)
                    {
                        problems.Add(new($"{path}[{i}]", "required", $"Row {i + 1} of '{field.Label}' is missing."));
                        continue;
                    }

                    CheckText(field, row.Left, $"{path}[{i}].left", maxLength, problems);
                    CheckText(field, row.Right, $"{path}[{i}].right", maxLength, problems);
                }

                break;
            case DurationAnswer duration when duration.Value <= TimeSpan.Zero:
                problems.Add(new(path, "out-of-range", $"'{field.Label}' must be a length of time greater than zero."));
                break;
            case RatingAnswer rating:
                var min = field.MinRating ?? 1;
                var max = field.MaxRating ?? 10;
                if (rating.Value < min || rating.Value > max)
                {
                    problems.Add(new(path, "out-of-range", string.Create(CultureInfo.InvariantCulture,
                        $"'{field.Label}' must be a rating from {min} to {max}; {rating.Value} is off the scale.")));
                }

                break;
        }
    }

    private static void CheckText(ExerciseField field, string? value, string path, int maxLength, List<ValidationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(path, "empty", $"'{field.Label}' is empty; write something or leave the answer out."));
        }
        else if (value.Length > maxLength)
        {
            problems.Add(new(path, "too-long", string.Create(CultureInfo.InvariantCulture,
                $"'{field.Label}' is {value.Length} characters long; the limit is {maxLength}.")));
        }
    }

    private static void CheckCount(ExerciseField field, int count, string noun, string path, List<ValidationProblem> problems)
    {
        var minItems = field.MinItems ?? 1;
        if (count < minItems)
        {
            problems.Add(new(path, "too-few-items", string.Create(CultureInfo.InvariantCulture,
                $"'{field.Label}' needs at least {minItems} {noun}; it has {count}.")));
        }
        else if (field.MaxItems is { } maxItems && count > maxItems)
        {
            problems.Add(new(path, "too-many-items", string.Create(CultureInfo.InvariantCulture,
                $"'{field.Label}' takes at most {maxItems} {noun}; it has {count}.")));
        }
    }

    private static string Describe(FieldType type) => type switch
    {
        FieldType.TwoColumnTable => "two-column table",
        _ => type.ToString().ToLowerInvariant(),
    };
}
