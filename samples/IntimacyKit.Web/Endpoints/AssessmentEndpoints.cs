using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Assessments;
using IntimacyKit.Safety;
using Microsoft.AspNetCore.Http.HttpResults;
using HttpValidationProblem = Microsoft.AspNetCore.Http.HttpResults.ValidationProblem;

namespace IntimacyKit.Web.Endpoints;

internal sealed record ScalePointResult(int Value, string Label);

internal sealed record StatementResult(string Id, string Text);

/// <summary>The questionnaire to show each partner: its disclaimer and attribution, the scale and the statements (not what each one measures).</summary>
internal sealed record QuestionnaireResult(string Id, string Language, string Title, string Introduction, string Disclaimer, string Attribution, IReadOnlyList<ScalePointResult> Scale, IReadOnlyList<StatementResult> Statements);

/// <summary>
/// Two partners' answers (statement id to scale value) as they come in, in the questionnaire's language, and optionally
/// something either of them wrote, read by the safety screen first.
/// </summary>
internal sealed record JointReadingRequest(Dictionary<string, int>? First, Dictionary<string, int>? Second, string? Language, string? Note);

internal sealed record EvidenceResult(string QuestionId, string Text, int Answer, bool Reversed, double Strength);

internal sealed record PartResult(string Role, double Strength, IReadOnlyList<EvidenceResult> Evidence);

/// <summary>A dance both partners' own answers show: its reading, its safety note (always shown with it), each partner's parts with their evidence.</summary>
internal sealed record DanceFindingResult(string Id, string Name, DanceConfidence Confidence, string Reading, string? SafetyNote, IReadOnlyList<PartResult> First, IReadOnlyList<PartResult> Second, IReadOnlyList<MoveSummary> CircuitBreakers);

/// <summary>
/// The joint reading: nothing until both have answered (BothAnswered false); then the dances, or NoClearDance; after a
/// note with signs of danger, SafetyMessage first and only the readings that do not touch fear.
/// </summary>
internal sealed record JointReadingResult(bool BothAnswered, IReadOnlyList<DanceFindingResult> Dances, string? NoClearDance, string? SafetyMessage, string Disclaimer);

// The self-assessment for two: the questionnaire, and the dances read from both partners' own answers.
internal static class AssessmentEndpoints
{
    public static IEndpointRouteBuilder MapAssessmentEndpoints(this IEndpointRouteBuilder app)
    {
        var assessment = app.MapGroup("/api/assessment").WithTags("Assessment");

        assessment.MapGet("/questionnaire", Results<Ok<QuestionnaireResult>, HttpValidationProblem> (string? language) =>
            QuestionnaireIn(language) is not { } q
                ? Problems.Invalid("language", $"'{language}' is not a language of the questionnaire. Use en or es.")
                : TypedResults.Ok(new QuestionnaireResult(q.Id, q.Language, q.Title, q.Introduction, q.Disclaimer, q.Attribution,
                    q.Scale.Select(p => new ScalePointResult(p.Value, p.Label)).ToList(), q.Questions.Select(s => new StatementResult(s.Id, s.Text)).ToList())))
            .WithSummary("The self-assessment's statements and scale, in English or Spanish (?language=es).");

        assessment.MapPost("/joint-reading", Results<Ok<JointReadingResult>, HttpValidationProblem> (JointReadingRequest body, IntimacyCatalog catalog, SafetyScreen screen) =>
        {
            if (QuestionnaireIn(body.Language) is not { } questionnaire)
            {
                return Problems.Invalid("language", $"'{body.Language}' is not a language of the questionnaire. Use en or es.");
            }

            if (body.Note is { Length: > CoachEndpoints.MaxMessageLength })
            {
                return Problems.Invalid("note", $"The note is {body.Note.Length} characters long; at most {CoachEndpoints.MaxMessageLength} are read.");
            }

            var self = new SelfAssessment(questionnaire, catalog);
            var joint = new JointAssessment { FirstPartnerId = "first", SecondPartnerId = "second" };
            joint = body.First is null ? joint : joint.Submit("first", Answers(self, body.First));
            joint = body.Second is null ? joint : joint.Submit("second", Answers(self, body.Second));
            ProfileComparison? reading;
            try
            {
                reading = self.ReadTogether(joint);
            }
            catch (AssessmentAnswersException e)
            {
                return Problems.Invalid(e.Problems);
            }

            if (reading is null)
            {
                return TypedResults.Ok(new JointReadingResult(false, [], null, null, questionnaire.Disclaimer));
            }

            if (!string.IsNullOrWhiteSpace(body.Note))
            {
                reading = reading.WithinSafetyView(SafeCatalogView.For(catalog, screen.Screen(body.Note)));
            }

            return TypedResults.Ok(new JointReadingResult(true, [.. reading.Dances.Select(ToResult)], reading.NoClearDance, reading.SafetyResources?.Message, questionnaire.Disclaimer));
        })
        .WithSummary("Reads the dances both partners' own answers show, with the evidence; nothing until both have answered.");

        return app;
    }

    private static Questionnaire? QuestionnaireIn(string? language) => language switch
    {
        null or "en" => Questionnaire.BuiltIn,
        "es" => Questionnaire.GetBuiltIn(CultureInfo.GetCultureInfo("es")),
        _ => null,
    };

    private static AssessmentAnswers Answers(SelfAssessment self, Dictionary<string, int> answers) =>
        self.StartAnswers() with { Answers = answers.ToImmutableDictionary(StringComparer.Ordinal) };

    private static DanceFindingResult ToResult(DanceFinding f) => new(
        f.Dance.Id, f.Dance.Name, f.Confidence, f.Reading, f.SafetyNote, Parts(f.FirstPartnerParts), Parts(f.SecondPartnerParts),
        f.CircuitBreakers.Select(MoveSummary.From).ToList());

    private static List<PartResult> Parts(ImmutableArray<DancePart> parts) =>
        [.. parts.Select(p => new PartResult(p.Role.Name, p.Strength, [.. p.Evidence.Select(e => new EvidenceResult(e.QuestionId, e.Text, e.Answer, e.Reversed, e.Strength))]))];
}
