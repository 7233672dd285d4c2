using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Patterns;

namespace IntimacyKit.Assessments;

/// <summary>
/// Scores a <see cref="Questionnaire"/>'s answers into an <see cref="AssessmentProfile"/> with recommendations
/// drawn from an <see cref="IntimacyCatalog"/>, and sets two partners' profiles side by side.
/// </summary>
/// <remarks>
/// Recommendations come from the catalog's data, not a fixed list: the pattern descriptions' chapters and practices,
/// and the pattern tags of chapters, practices, exercises and scripts. A catalog with an app's content pack therefore
/// recommends the pack's items too. Instances are immutable and thread-safe: share one across the app.
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
                Points = questions.Sum(q => answers.Answers[q.Id]),
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
    /// Sets two partners' profiles side by side and finds the dances of the catalog their defaults may form, such as
    /// pursuer–distancer when one defaults to pursuing and the other to withdrawing.
    /// </summary>
    /// <param name="first">The first partner's profile.</param>
    /// <param name="second">The second partner's profile.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ProfileComparison Compare(AssessmentProfile first, AssessmentProfile second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var dances = ImmutableArray.CreateBuilder<DancePairing>();
        foreach (var dance in Catalog.Dances)
        {
            if (dance.First.Response is null && dance.Second.Response is null)
            {
                continue; // A dance of mixed moves (such as volatile escalation) is not read from defaults.
            }

            if (Fits(dance.First, first) && Fits(dance.Second, second))
            {
                dances.Add(new DancePairing { Dance = dance, FirstPartnerRole = dance.First, SecondPartnerRole = dance.Second });
            }
            else if (Fits(dance.Second, first) && Fits(dance.First, second))
            {
                dances.Add(new DancePairing { Dance = dance, FirstPartnerRole = dance.Second, SecondPartnerRole = dance.First });
            }
        }

        return new ProfileComparison { First = first, Second = second, Dances = dances.ToImmutable() };

        static bool Fits(DanceRole role, AssessmentProfile profile) =>
            role.Response is not { } response || profile.DefaultResponses.Contains(response);
    }
}
