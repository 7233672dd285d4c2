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
        Require(questionnaire.NoClearDance, "noClearDance", problems);

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
            CheckMeasure(question, $"questions[{i}]", problems);
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
            var questions = questionnaire.Questions.Where(q => q is not null && q.Response == response).ToList();
            if (questions.Count == 0)
            {
                problems.Add(new("questions", "missing-response", $"No question counts toward '{name}', so it could not be scored."));
            }
            else
            {
                CheckBothWordings(questions, $"'{name}'", problems);
            }

            if (questionnaire.GetReading(response) is null)
            {
                problems.Add(new("readings", "missing-response", $"There is no reading for '{name}'."));
            }
        }

        foreach (var move in Enum.GetValues<DanceMove>())
        {
            var name = Kebab(move);
            var questions = questionnaire.Questions.Where(q => q is not null && q.Move == move).ToList();
            if (questions.Count == 0)
            {
                problems.Add(new("questions", "missing-move", $"No question measures the move '{name}', so no dance that needs it could be read."));
            }
            else
            {
                CheckBothWordings(questions, $"the move '{name}'", problems);
            }
        }

        CheckDanceReadings(questionnaire, problems);
        return ValidationResult.FromProblems(Serialization.StrictJson.With(problems, questionnaire));
    }

    private static void CheckMeasure(AssessmentQuestion question, string path, List<ValidationProblem> problems)
    {
        if (question.Response is null == question.Move is null)
        {
            problems.Add(new(path, "response-or-move", $"Question '{question.Id}' must count toward exactly one response or one move: give 'response' or 'move', not both or neither."));
        }
        else if (question.Response is { } response && !Enum.IsDefined(response))
        {
            problems.Add(new($"{path}.response", "out-of-range", $"Question '{question.Id}' counts toward an unknown response."));
        }
        else if (question.Move is { } move && !Enum.IsDefined(move))
        {
            problems.Add(new($"{path}.move", "out-of-range", $"Question '{question.Id}' measures an unknown move."));
        }
    }

    // With statements worded both ways, answering everything the same cannot read as a strong pattern.
    private static void CheckBothWordings(List<AssessmentQuestion> questions, string what, List<ValidationProblem> problems)
    {
        if (!questions.Exists(q => !q.Reversed) || !questions.Exists(q => q.Reversed))
        {
            problems.Add(new("questions", "one-wording-only",
                $"The questions about {what} need at least one statement worded each way (one with \"reversed\": true and one without), so that agreeing with everything does not read as a pattern."));
        }
    }

    private static void CheckDanceReadings(Questionnaire questionnaire, List<ValidationProblem> problems)
    {
        var danceIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < questionnaire.DanceReadings.Length; i++)
        {
            var reading = questionnaire.DanceReadings[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"danceReadings[{i}]");
            if (reading is null)
            {
                problems.Add(new(path, "required", $"Dance reading {i + 1} is missing."));
                continue;
            }

            if (Require(reading.DanceId, $"{path}.danceId", problems) && !danceIds.Add(reading.DanceId))
            {
                problems.Add(new($"{path}.danceId", "duplicate-id", $"The dance '{reading.DanceId}' has more than one reading."));
            }

            Require(reading.Text, $"{path}.text", problems);
            if (reading.SafetyNote is not null)
            {
                Require(reading.SafetyNote, $"{path}.safetyNote", problems);
            }
        }
    }

    private static string Kebab(DanceMove move) => move switch
    {
        DanceMove.OverFunction => "over-function",
        DanceMove.UnderFunction => "under-function",
        DanceMove.Escalate => "escalate",
        DanceMove.MatchIntensity => "match-intensity",
        DanceMove.MakeUpIntensely => "make-up-intensely",
        _ => move.ToString(),
    };

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
