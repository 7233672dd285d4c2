using System.Globalization;
using IntimacyKit.Patterns;

namespace IntimacyKit.Assessments;

/// <summary>Checks a <see cref="Questionnaire"/>, collecting every problem.</summary>
internal static class QuestionnaireValidator
{
    public static ValidationResult Validate(Questionnaire questionnaire)
    {
        var problems = new List<ValidationProblem>();
        if (questionnaire.SchemaVersion != Questionnaire.CurrentSchemaVersion)
        {
            problems.Add(new("schemaVersion", "unsupported-schema-version", string.Create(CultureInfo.InvariantCulture,
                $"Schema version {questionnaire.SchemaVersion} is not supported; this version reads {Questionnaire.CurrentSchemaVersion}.")));
        }

        Require(questionnaire.Id, "id", problems);
        Require(questionnaire.Title, "title", problems);
        Require(questionnaire.Disclaimer, "disclaimer", problems);
        Require(questionnaire.BlendReading, "blendReading", problems);

        var values = new HashSet<int>();
        for (var i = 0; i < questionnaire.Scale.Length; i++)
        {
            var point = questionnaire.Scale[i];
            if (point is null)
            {
                problems.Add(new($"scale[{i}]", "required", $"Scale point {i + 1} is missing."));
                continue;
            }

            Require(point.Label, $"scale[{i}].label", problems);
            if (!values.Add(point.Value))
            {
                problems.Add(new($"scale[{i}].value", "duplicate-value", string.Create(CultureInfo.InvariantCulture, $"The scale has the value {point.Value} twice.")));
            }
        }

        if (values.Count < 2)
        {
            problems.Add(new("scale", "too-few-items", "The scale needs at least two distinct values."));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < questionnaire.Questions.Length; i++)
        {
            var question = questionnaire.Questions[i];
            if (question is null)
            {
                problems.Add(new($"questions[{i}]", "required", $"Question {i + 1} is missing."));
                continue;
            }

            if (Require(question.Id, $"questions[{i}].id", problems) && !ids.Add(question.Id))
            {
                problems.Add(new($"questions[{i}].id", "duplicate-id", $"The id '{question.Id}' is used by more than one question."));
            }

            Require(question.Text, $"questions[{i}].text", problems);
            if (!Enum.IsDefined(question.Response))
            {
                problems.Add(new($"questions[{i}].response", "out-of-range", $"Question '{question.Id}' counts toward an unknown response."));
            }
        }

        for (var i = 0; i < questionnaire.Readings.Length; i++)
        {
            var reading = questionnaire.Readings[i];
            if (reading is null)
            {
                problems.Add(new($"readings[{i}]", "required", $"Reading {i + 1} is missing."));
                continue;
            }

            Require(reading.Name, $"readings[{i}].name", problems);
            Require(reading.UnderStress, $"readings[{i}].underStress", problems);
        }

        foreach (var response in Enum.GetValues<AnxietyResponse>())
        {
            var name = response.ToString().ToLowerInvariant();
            if (!questionnaire.Questions.Any(q => q is not null && q.Response == response))
            {
                problems.Add(new("questions", "missing-response", $"No question counts toward '{name}', so it could not be scored."));
            }

            if (questionnaire.GetReading(response) is null)
            {
                problems.Add(new("readings", "missing-response", $"There is no reading for '{name}'."));
            }
        }

        return ValidationResult.FromProblems(Serialization.StrictJson.With(problems, questionnaire));
    }

    private static bool Require(string? value, string path, List<ValidationProblem> problems)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        problems.Add(new(path, "required", $"'{path}' must not be blank."));
        return false;
    }
}
