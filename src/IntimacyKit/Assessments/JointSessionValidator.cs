using IntimacyKit.Exercises;

namespace IntimacyKit.Assessments;

/// <summary>Checks a <see cref="JointSession"/>, collecting every problem.</summary>
internal static class JointSessionValidator
{
    public static ValidationResult Validate(JointSession session, Exercise? exercise)
    {
        var problems = new List<ValidationProblem>();
        if (session.SchemaVersion != JointSession.CurrentSchemaVersion)
        {
            problems.Add(new("schemaVersion", "unsupported-schema-version",
                $"Schema version {session.SchemaVersion} is not supported; this version reads {JointSession.CurrentSchemaVersion}."));
        }

        if (exercise is not null && !string.Equals(session.ExerciseId, exercise.Id, StringComparison.Ordinal))
        {
            problems.Add(new("exerciseId", "exercise-mismatch", $"The session is for exercise '{session.ExerciseId}', not '{exercise.Id}'."));
        }

        var firstBlank = string.IsNullOrWhiteSpace(session.FirstPartnerId);
        var secondBlank = string.IsNullOrWhiteSpace(session.SecondPartnerId);
        if (firstBlank)
        {
            problems.Add(new("firstPartnerId", "required", "The first partner's id must not be blank."));
        }

        if (secondBlank)
        {
            problems.Add(new("secondPartnerId", "required", "The second partner's id must not be blank."));
        }
        else if (!firstBlank && string.Equals(session.FirstPartnerId, session.SecondPartnerId, StringComparison.Ordinal))
        {
            problems.Add(new("secondPartnerId", "same-partner", $"Both partners have the id '{session.SecondPartnerId}'; a joint session needs two people."));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < session.Submissions.Length; i++)
        {
            var path = $"submissions[{i}]";
            var submission = session.Submissions[i];
            if (submission is null)
            {
                problems.Add(new(path, "required", $"Submission {i + 1} is missing."));
                continue;
            }

            CheckSubmission(session, exercise, submission, path, seen, problems);
        }

        return ValidationResult.FromProblems(Serialization.StrictJson.With(problems, session, answerPaths: true));
    }

    private static void CheckSubmission(JointSession session, Exercise? exercise, PartnerSubmission submission, string path, HashSet<string> seen, List<ValidationProblem> problems)
    {
        var partnerId = submission.PartnerId;
        if (partnerId is null
            || (!string.Equals(partnerId, session.FirstPartnerId, StringComparison.Ordinal) && !string.Equals(partnerId, session.SecondPartnerId, StringComparison.Ordinal)))
        {
            problems.Add(new($"{path}.partnerId", "unknown-partner", $"'{partnerId}' is not one of the session's two partners."));
        }
        else if (!seen.Add(partnerId))
        {
            problems.Add(new($"{path}.partnerId", "duplicate-submission", $"'{partnerId}' has more than one submission; keep one."));
        }

        var response = submission.Response;
        if (response is null)
        {
            problems.Add(new($"{path}.response", "required", "The submission has no response."));
            return;
        }

        if (!string.Equals(response.ExerciseId, session.ExerciseId, StringComparison.Ordinal))
        {
            problems.Add(new($"{path}.response.exerciseId", "exercise-mismatch", $"The response is for exercise '{response.ExerciseId}', not '{session.ExerciseId}'."));
        }

        if (response.RespondentId is { } respondent && !string.Equals(respondent, partnerId, StringComparison.Ordinal))
        {
            problems.Add(new($"{path}.response.respondentId", "respondent-mismatch", $"The response is from '{respondent}', but the submission is '{partnerId}''s."));
        }

        if (exercise is null)
        {
            return;
        }

        if (string.Equals(response.ExerciseId, exercise.Id, StringComparison.Ordinal))
        {
            problems.AddRange(exercise.Validate(response).Problems.Select(p => p with { Path = $"{path}.response.{p.Path}" }));
        }

        var fields = exercise.Fields.Where(f => f is not null).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        for (var j = 0; j < submission.PrivateFieldIds.Length; j++)
        {
            var id = submission.PrivateFieldIds[j];
            if (id is null || !fields.Contains(id))
            {
                problems.Add(new($"{path}.privateFieldIds[{j}]", "unknown-field", $"Exercise '{exercise.Id}' has no field '{id}' to keep private."));
            }
        }
    }
}
