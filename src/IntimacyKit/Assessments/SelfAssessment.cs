using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Patterns;

namespace IntimacyKit.Assessments;

/// <summary>
/// Scores a <see cref="Questionnaire"/>'s answers into an <see cref="AssessmentProfile"/> with recommendations
/// drawn from an <see cref="IntimacyCatalog"/>, and reads two partners' answers together for the dances of the catalog
/// both of them show.
/// </summary>
/// <remarks>
/// Recommendations come from the catalog's data, not a fixed list: the pattern descriptions' chapters and practices,
/// and the pattern tags of chapters, practices, exercises and scripts. A catalog with an app's content pack therefore
/// recommends the pack's items too. Dances are read from the roles' responses and moves (<see cref="Patterns.DanceRole"/>)
/// and the questions that measure them. Instances are immutable and thread-safe: share one across the app.
/// </remarks>
public sealed class SelfAssessment
{
    private static readonly Lazy<SelfAssessment> s_default = new(
        () => new SelfAssessment(Questionnaire.BuiltIn, IntimacyCatalog.BuiltIn), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Initializes a new instance.</summary>
    /// <param name="questionnaire">The questionnaire; it must pass <see cref="Questionnaire.Validate"/>.</param>
    /// <param name="catalog">The catalog to recommend from.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="questionnaire"/> is not valid; the message lists every problem.</exception>
    public SelfAssessment(Questionnaire questionnaire, IntimacyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(catalog);
        var check = questionnaire.Validate();
        if (!check.IsValid)
        {
            throw new ArgumentException($"The questionnaire cannot score answers:{Environment.NewLine}{check}", nameof(questionnaire));
        }

        Questionnaire = questionnaire;
        Catalog = catalog;
    }

    /// <summary>Gets the built-in questionnaire over the built-in catalog.</summary>
    public static SelfAssessment Default => s_default.Value;

    /// <summary>Gets the questionnaire.</summary>
    public Questionnaire Questionnaire { get; }

    /// <summary>Gets the catalog recommendations come from.</summary>
    public IntimacyCatalog Catalog { get; }

    /// <summary>Starts an empty set of answers to this questionnaire.</summary>
    /// <param name="respondentId">The app's identifier of the person answering, or <see langword="null"/>.</param>
    /// <returns>Answers with no entries yet.</returns>
    public AssessmentAnswers StartAnswers(string? respondentId = null) =>
        new() { QuestionnaireId = Questionnaire.Id, RespondentId = respondentId };

    /// <summary>
    /// Checks answers and reports every problem at once: each question left unanswered, each value off the scale,
    /// answers to questions the questionnaire does not have, another questionnaire's id and an unknown schema
    /// version. Never throws, whatever the answers hold.
    /// </summary>
    /// <param name="answers">The answers.</param>
    /// <returns>The result; paths name the answers, such as <c>answers.quiet-when-tense</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is <see langword="null"/>.</exception>
    public ValidationResult Validate(AssessmentAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var problems = new List<ValidationProblem>();
        if (answers.SchemaVersion != AssessmentAnswers.CurrentSchemaVersion)
        {
            problems.Add(new("schemaVersion", "unsupported-schema-version", string.Create(CultureInfo.InvariantCulture,
                $"Schema version {answers.SchemaVersion} is not supported; this version reads {AssessmentAnswers.CurrentSchemaVersion}.")));
        }

        if (!string.Equals(answers.QuestionnaireId, Questionnaire.Id, StringComparison.Ordinal))
        {
            problems.Add(new("questionnaireId", "questionnaire-mismatch",
                $"The answers are for questionnaire '{answers.QuestionnaireId}', not '{Questionnaire.Id}'."));
        }

        var given = answers.Answers ?? ImmutableDictionary<string, int>.Empty;
        var (min, max) = (Questionnaire.ScaleMin, Questionnaire.ScaleMax);
        var scale = Questionnaire.Scale.Select(p => p.Value).ToHashSet();
        foreach (var question in Questionnaire.Questions)
        {
            var path = $"answers.{question.Id}";
            if (!given.TryGetValue(question.Id, out var value))
            {
                problems.Add(new(path, "required", $"\"{question.Text}\" has no answer yet."));
            }
            else if (!scale.Contains(value))
            {
                problems.Add(new(path, "out-of-range", string.Create(CultureInfo.InvariantCulture,
                    $"\"{question.Text}\" is answered {value}; answers are on the scale from {min} to {max}.")));
            }
        }

        var known = Questionnaire.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in given.Keys.Where(k => k is not null && !known.Contains(k)).Order(StringComparer.Ordinal))
        {
            problems.Add(new($"answers.{id}", "unknown-question", $"Questionnaire '{Questionnaire.Id}' has no question '{id}'."));
        }

        return ValidationResult.FromProblems(Serialization.StrictJson.With(problems, answers));
    }

    /// <summary>Scores complete, valid answers into a profile with recommendations.</summary>
    /// <param name="answers">The answers.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is <see langword="null"/>.</exception>
    /// <exception cref="AssessmentAnswersException">The answers are not valid; every problem is listed (see <see cref="Validate(AssessmentAnswers)"/>).</exception>
    public AssessmentProfile Evaluate(AssessmentAnswers answers)
    {
        var check = Validate(answers);
        if (!check.IsValid)
        {
            throw new AssessmentAnswersException(check.Problems);
        }

        var (min, max) = (Questionnaire.ScaleMin, Questionnaire.ScaleMax);
        var scores = Enum.GetValues<AnxietyResponse>().Select(response =>
        {
            var questions = Questionnaire.Questions.Where(q => q.Response == response).ToList();
            return new ResponseScore
            {
                Response = response,
                Points = questions.Sum(q => q.Score(answers.Answers[q.Id], min, max)),
                QuestionCount = questions.Count,
                MinPoints = questions.Count * min,
                MaxPoints = questions.Count * max,
            };
        }).ToImmutableArray();

        var top = scores[0];
        foreach (var score in scores)
        {
            top = score.CompareShare(top) > 0 ? score : top;
        }

        ImmutableArray<AnxietyResponse> defaults = [.. scores.Where(s => s.CompareShare(top) == 0).Select(s => s.Response)];
        var recommended = Recommender.For(Catalog, defaults);
        return new AssessmentProfile
        {
            QuestionnaireId = Questionnaire.Id,
            RespondentId = answers.RespondentId,
            Scores = scores,
            DefaultResponses = defaults,
            Readings = [.. defaults.Select(r => Questionnaire.GetReading(r)!)],
            BlendReading = defaults.Length > 1 ? Questionnaire.BlendReading : null,
            Disclaimer = Questionnaire.Disclaimer,
            Chapters = recommended.Chapters,
            Practices = recommended.Practices,
            Exercises = recommended.Exercises,
            Scripts = recommended.Scripts,
        };
    }

    /// <summary>
    /// Reads two partners' answers together: both profiles side by side, and the dances of the catalog their answers
    /// show. A dance is named only when each partner's own answers show their part in it (one partner one role, the
    /// other the other role), with those answers as evidence and a confidence; a role is never read from the other
    /// partner's answers. When the answers show no dance clearly, <see cref="ProfileComparison.NoClearDance"/> says so.
    /// </summary>
    /// <param name="first">The first partner's answers.</param>
    /// <param name="second">The second partner's answers.</param>
    /// <returns>The joint reading.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="AssessmentAnswersException">
    /// Either set of answers is not valid; every problem of both is listed, with paths that start <c>first.</c> or
    /// <c>second.</c>, such as <c>second.answers.quiet-when-tense</c>.
    /// </exception>
    public ProfileComparison Compare(AssessmentAnswers first, AssessmentAnswers second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var problems = Validate(first).Problems.Select(p => p with { Path = $"first.{p.Path}" })
            .Concat(Validate(second).Problems.Select(p => p with { Path = $"second.{p.Path}" })).ToList();
        if (problems.Count > 0)
        {
            throw new AssessmentAnswersException(problems);
        }

        var dances = DanceReader.Read(Questionnaire, Catalog, first, second);
        return new ProfileComparison
        {
            First = Evaluate(first),
            Second = Evaluate(second),
            Dances = dances,
            NoClearDance = dances.IsEmpty ? Questionnaire.NoClearDance : null,
        };
    }

    /// <summary>
    /// Reads a joint assessment once both partners have answered, like <see cref="Compare(AssessmentAnswers, AssessmentAnswers)"/>;
    /// until then there is no reading, so neither partner sees anything of the other's answers.
    /// </summary>
    /// <param name="session">The joint assessment.</param>
    /// <returns>The joint reading, or <see langword="null"/> while either partner has not answered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> is <see langword="null"/>.</exception>
    /// <exception cref="AssessmentAnswersException">
    /// The document is not valid (see <see cref="JointAssessment.Validate"/>), or both have answered but the answers are
    /// not valid; every problem is listed.
    /// </exception>
    public ProfileComparison? ReadTogether(JointAssessment session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var check = session.Validate();
        if (!check.IsValid)
        {
            throw new AssessmentAnswersException(check.Problems);
        }

        return session is { FirstAnswers: { } first, SecondAnswers: { } second } ? Compare(first, second) : null;
    }
}
