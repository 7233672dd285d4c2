using System.Collections.Immutable;
using System.Text.Json.Serialization;
using IntimacyKit.Exercises;

namespace IntimacyKit.Assessments;

/// <summary>
/// Two partners doing one exercise together, each answering on their own: each partner's answers stay hidden from
/// the other until both have answered, and answers a partner marks private are never shown to the other. Give each
/// partner <see cref="ViewFor(string)"/>, never the session itself.
/// </summary>
/// <remarks>
/// The session is the stored document (it holds both partners' answers, private ones included); keep it on the app's
/// side. Submitting returns a new session. Instances are immutable and thread-safe; JSON members this version does
/// not know are kept in <see cref="UserDocument.AdditionalProperties"/>. Record equality compares the collections by reference.
/// </remarks>
public sealed record JointSession : UserDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Gets the schema version of the document; a document that leaves it out (or gives 0) is read as the current version.</summary>
    public int SchemaVersion { get; init => field = value == 0 ? CurrentSchemaVersion : value; } = CurrentSchemaVersion;

    /// <summary>Gets the id of the exercise both partners answer.</summary>
    public required string ExerciseId { get; init; }

    /// <summary>Gets the app's identifier of the first partner.</summary>
    public required string FirstPartnerId { get; init; }

    /// <summary>Gets the app's identifier of the second partner.</summary>
    public required string SecondPartnerId { get; init; }

    /// <summary>Gets the submissions so far: none, one or one per partner.</summary>
    public ImmutableArray<PartnerSubmission> Submissions { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets a value indicating whether both partners have answered.</summary>
    [JsonIgnore]
    public bool BothAnswered => Find(FirstPartnerId) is not null && Find(SecondPartnerId) is not null;

    /// <summary>Returns a session with one partner's answers added, or replacing their earlier ones.</summary>
    /// <param name="partnerId">The partner answering: <see cref="FirstPartnerId"/> or <see cref="SecondPartnerId"/>.</param>
    /// <param name="response">Their answers to the session's exercise; its <see cref="ExerciseResponse.RespondentId"/> is set to <paramref name="partnerId"/>.</param>
    /// <param name="privateFieldIds">The ids of the fields whose answers they keep private, if any.</param>
    /// <returns>A new session; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partnerId"/> or <paramref name="response"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="partnerId"/> is not one of the session's partners, the response is for another exercise, or it
    /// names another respondent.
    /// </exception>
    public JointSession Submit(string partnerId, ExerciseResponse response, IEnumerable<string>? privateFieldIds = null)
    {
        ArgumentNullException.ThrowIfNull(partnerId);
        ArgumentNullException.ThrowIfNull(response);
        ThrowIfNotPartner(partnerId);
        if (!string.Equals(response.ExerciseId, ExerciseId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The response is for exercise '{response.ExerciseId}'; this session is for '{ExerciseId}'.", nameof(response));
        }

        if (response.RespondentId is { } respondent && !string.Equals(respondent, partnerId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The response is from '{respondent}', not '{partnerId}'.", nameof(response));
        }

        var submission = new PartnerSubmission
        {
            PartnerId = partnerId,
            Response = response with { RespondentId = partnerId },
            PrivateFieldIds = privateFieldIds is null ? [] : [.. privateFieldIds.Distinct(StringComparer.Ordinal)],
        };
        return this with { Submissions = [.. Submissions.Where(s => s is null || !string.Equals(s.PartnerId, partnerId, StringComparison.Ordinal)), submission] };
    }

    /// <summary>Gets whether a partner has answered.</summary>
    /// <param name="partnerId">The partner.</param>
    /// <returns><see langword="true"/> when the session has their answers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partnerId"/> is <see langword="null"/>.</exception>
    public bool HasAnswered(string partnerId)
    {
        ArgumentNullException.ThrowIfNull(partnerId);
        return Find(partnerId) is not null;
    }

    /// <summary>
    /// Gets what one partner may see: their own answers, whether the other has answered, and, once both have, the
    /// other's answers without those marked private and without unknown JSON members.
    /// </summary>
    /// <param name="partnerId">The partner the view is for.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partnerId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="partnerId"/> is not one of the session's partners.</exception>
    public PartnerView ViewFor(string partnerId)
    {
        ArgumentNullException.ThrowIfNull(partnerId);
        ThrowIfNotPartner(partnerId);
        var otherId = string.Equals(partnerId, FirstPartnerId, StringComparison.Ordinal) ? SecondPartnerId : FirstPartnerId;
        var own = Find(partnerId);
        var other = Find(otherId);
        ExerciseResponse? shared = null;
        var hidden = 0;
        if (own is not null && other is not null)
        {
            var isPrivate = other.PrivateFieldIds.Where(id => id is not null).ToHashSet(StringComparer.Ordinal);
            var answers = other.Response.Answers ?? ImmutableDictionary<string, FieldAnswer>.Empty;
            hidden = answers.Keys.Count(isPrivate.Contains);
            shared = new ExerciseResponse
            {
                SchemaVersion = other.Response.SchemaVersion,
                ExerciseId = other.Response.ExerciseId,
                RespondentId = otherId,
                Answers = answers.RemoveRange(isPrivate),
            };
        }

        return new PartnerView
        {
            ExerciseId = ExerciseId,
            ViewerId = partnerId,
            OtherPartnerId = otherId,
            OwnResponse = own?.Response,
            OtherHasAnswered = other is not null,
            OtherSharedResponse = shared,
            OtherPrivateAnswerCount = hidden,
        };
    }

    /// <summary>
    /// Checks the session's shape and reports every problem at once: blank or equal partner ids, submissions from
    /// someone else, two submissions from one partner, and responses for another exercise or from another respondent.
    /// Never throws, whatever the session holds.
    /// </summary>
    /// <returns>The result; paths name the members, such as <c>submissions[1].partnerId</c>.</returns>
    public ValidationResult Validate() => JointSessionValidator.Validate(this, exercise: null);

    /// <summary>
    /// Checks the session like <see cref="Validate()"/> and also each partner's answers against the exercise
    /// (see <see cref="Exercise.Validate(ExerciseResponse)"/>) and that the private field ids name its fields.
    /// </summary>
    /// <param name="exercise">The session's exercise.</param>
    /// <returns>The result; a response's problems have paths such as <c>submissions[0].response.answers.fears</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exercise"/> is <see langword="null"/>.</exception>
    public ValidationResult Validate(Exercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return JointSessionValidator.Validate(this, exercise);
    }

    /// <summary>
    /// Checks the session against the catalog it belongs to: like <see cref="Validate(Exercise)"/> with the exercise
    /// the session names, or, when the catalog has no such exercise, like <see cref="Validate()"/> with the problem
    /// <c>unknown-exercise</c> at <c>exerciseId</c>. Never throws, whatever the session holds.
    /// </summary>
    /// <param name="catalog">The catalog of the app's exercises.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    public ValidationResult Validate(IntimacyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (ExerciseId is not null && catalog.TryGet<Exercise>(ExerciseId, out var exercise))
        {
            return JointSessionValidator.Validate(this, exercise);
        }

        var unknown = new ValidationProblem("exerciseId", "unknown-exercise", string.IsNullOrWhiteSpace(ExerciseId)
            ? "The session does not name its exercise."
            : $"The catalog has no exercise '{(ExerciseId.Length <= DocumentLimits.MaxIdLength ? ExerciseId : ExerciseId[..DocumentLimits.MaxIdLength] + "...")}'.");
        return ValidationResult.FromProblems([unknown, .. JointSessionValidator.Validate(this, exercise: null).Problems]);
    }

    private PartnerSubmission? Find(string? partnerId) =>
        partnerId is null ? null : Submissions.FirstOrDefault(s => s is not null && s.Response is not null && string.Equals(s.PartnerId, partnerId, StringComparison.Ordinal));

    private void ThrowIfNotPartner(string partnerId)
    {
        if (!string.Equals(partnerId, FirstPartnerId, StringComparison.Ordinal) && !string.Equals(partnerId, SecondPartnerId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{partnerId}' is not a partner in this session; the partners are '{FirstPartnerId}' and '{SecondPartnerId}'.", nameof(partnerId));
        }
    }
}
