using System.Globalization;
using System.Text.Json.Serialization;

namespace IntimacyKit.Assessments;

/// <summary>
/// Two partners taking the self-assessment together, each answering on their own: the joint reading
/// (<see cref="SelfAssessment.ReadTogether(JointAssessment)"/>) does not exist until both have answered, so neither
/// sees anything of the other's answers before then.
/// </summary>
/// <remarks>
/// The document holds both partners' answers; keep it on the app's side and give each partner only their own answers
/// and, once both have answered, the joint reading. Submitting returns a new value. Instances are immutable and
/// thread-safe; JSON members this version does not know are kept in <see cref="UserDocument.AdditionalProperties"/>.
/// </remarks>
public sealed record JointAssessment : UserDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Gets the schema version of the document; a document that leaves it out (or gives 0) is read as the current version.</summary>
    public int SchemaVersion { get; init => field = value == 0 ? CurrentSchemaVersion : value; } = CurrentSchemaVersion;

    /// <summary>Gets the app's identifier of the first partner.</summary>
    public required string FirstPartnerId { get; init; }

    /// <summary>Gets the app's identifier of the second partner.</summary>
    public required string SecondPartnerId { get; init; }

    /// <summary>Gets the first partner's answers, or <see langword="null"/> until they have answered.</summary>
    public AssessmentAnswers? FirstAnswers { get; init; }

    /// <summary>Gets the second partner's answers, or <see langword="null"/> until they have answered.</summary>
    public AssessmentAnswers? SecondAnswers { get; init; }

    /// <summary>Gets a value indicating whether both partners have answered, so the joint reading can be made.</summary>
    [JsonIgnore]
    public bool BothAnswered => FirstAnswers is not null && SecondAnswers is not null;

    /// <summary>Returns a joint assessment with one partner's answers added, or replacing their earlier ones.</summary>
    /// <param name="partnerId">The partner answering: <see cref="FirstPartnerId"/> or <see cref="SecondPartnerId"/>.</param>
    /// <param name="answers">Their answers; <see cref="AssessmentAnswers.RespondentId"/> is set to <paramref name="partnerId"/>. They are checked when the reading is made.</param>
    /// <returns>A new value; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partnerId"/> or <paramref name="answers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="partnerId"/> is not one of the two partners, or the answers name another respondent.
    /// </exception>
    public JointAssessment Submit(string partnerId, AssessmentAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(partnerId);
        ArgumentNullException.ThrowIfNull(answers);
        var isFirst = string.Equals(partnerId, FirstPartnerId, StringComparison.Ordinal);
        if (!isFirst && !string.Equals(partnerId, SecondPartnerId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{partnerId}' is not a partner in this assessment; the partners are '{FirstPartnerId}' and '{SecondPartnerId}'.", nameof(partnerId));
        }

        if (answers.RespondentId is { } respondent && !string.Equals(respondent, partnerId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The answers are from '{respondent}', not '{partnerId}'.", nameof(answers));
        }

        var own = answers with { RespondentId = partnerId };
        return isFirst ? this with { FirstAnswers = own } : this with { SecondAnswers = own };
    }

    /// <summary>
    /// Checks the document's shape and reports every problem at once: an unknown schema version, blank or equal partner
    /// ids, and answers that name another respondent. Each partner's answers themselves are checked against the
    /// questionnaire when the reading is made (<see cref="SelfAssessment.ReadTogether(JointAssessment)"/>). Never throws.
    /// </summary>
    /// <returns>The result; paths name the members, such as <c>secondAnswers.respondentId</c>.</returns>
    public ValidationResult Validate()
    {
        var problems = new List<ValidationProblem>();
        if (SchemaVersion != CurrentSchemaVersion)
        {
            problems.Add(new("schemaVersion", "unsupported-schema-version", string.Create(CultureInfo.InvariantCulture,
                $"Schema version {SchemaVersion} is not supported; this version reads {CurrentSchemaVersion}.")));
        }

        var firstBlank = string.IsNullOrWhiteSpace(FirstPartnerId);
        if (firstBlank)
        {
            problems.Add(new("firstPartnerId", "required", "The first partner's id must not be blank."));
        }

        if (string.IsNullOrWhiteSpace(SecondPartnerId))
        {
            problems.Add(new("secondPartnerId", "required", "The second partner's id must not be blank."));
        }
        else if (!firstBlank && string.Equals(FirstPartnerId, SecondPartnerId, StringComparison.Ordinal))
        {
            problems.Add(new("secondPartnerId", "same-partner", $"Both partners have the id '{SecondPartnerId}'; reading together needs two people."));
        }

        CheckRespondent(FirstAnswers, FirstPartnerId, "firstAnswers", problems);
        CheckRespondent(SecondAnswers, SecondPartnerId, "secondAnswers", problems);
        return ValidationResult.FromProblems(problems);
    }

    /// <summary>Gets whether a partner has answered.</summary>
    /// <param name="partnerId">The partner.</param>
    /// <returns><see langword="true"/> when the document has their answers; <see langword="false"/> for anyone else.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partnerId"/> is <see langword="null"/>.</exception>
    public bool HasAnswered(string partnerId)
    {
        ArgumentNullException.ThrowIfNull(partnerId);
        return (string.Equals(partnerId, FirstPartnerId, StringComparison.Ordinal) && FirstAnswers is not null)
            || (string.Equals(partnerId, SecondPartnerId, StringComparison.Ordinal) && SecondAnswers is not null);
    }

    private static void CheckRespondent(AssessmentAnswers? answers, string? partnerId, string path, List<ValidationProblem> problems)
    {
        if (answers?.RespondentId is { } respondent && !string.Equals(respondent, partnerId, StringComparison.Ordinal))
        {
            problems.Add(new($"{path}.respondentId", "respondent-mismatch", $"The answers are from '{respondent}', but they are kept as '{partnerId}''s."));
        }
    }
}
