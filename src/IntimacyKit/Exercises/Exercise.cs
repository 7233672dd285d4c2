using System.Collections.Immutable;
using IntimacyKit.Patterns;

namespace IntimacyKit.Exercises;

/// <summary>
/// A short exercise a person can do, as a fillable definition: what to do, the fields to fill in,
/// roughly how long it takes, and where it comes from.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. Record equality compares the collections by reference.
/// </remarks>
public sealed record Exercise : ICatalogItem, IPartnerInvolving
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the id of the chapter the exercise comes from.</summary>
    public required string ChapterId { get; init; }

    /// <summary>Gets the exercise's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets what kind of activity the exercise is.</summary>
    public required ExerciseKind Kind { get; init; }

    /// <summary>Gets the instructions, addressed to the person doing the exercise.</summary>
    public required string Instructions { get; init; }

    /// <summary>Gets the fields the person fills in, in display order.</summary>
    public ImmutableArray<ExerciseField> Fields { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets roughly how many minutes the exercise takes.</summary>
    public required int EstimatedMinutes { get; init; }

    /// <summary>Gets the anxiety responses the exercise works on; empty when it helps with all of them.</summary>
    public ImmutableArray<AnxietyResponse> Patterns { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets what the exercise asks a person to do with their partner; <see cref="PartnerInvolvement.None"/> for reflection and self-care.</summary>
    public PartnerInvolvement PartnerInvolvement { get; init; }

    /// <inheritdoc/>
    public string? SafetyNote { get; init; }

    /// <summary>Gets the ids of the <see cref="Scripts.ScriptTemplate"/>s the exercise uses or builds on.</summary>
    public ImmutableArray<string> ScriptIds { get; init => field = value.OrEmpty(); } = [];

    /// <summary>
    /// Checks a filled-in response against this definition and reports every problem at once:
    /// missing required answers, answers to unknown fields, answers of the wrong type, empty or
    /// overlong text, too few or too many entries, ratings off the scale and durations that are not positive.
    /// </summary>
    /// <param name="response">The response to check.</param>
    /// <returns>The result; paths name the response's members, such as <c>answers.conflicts[1].right</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    public ValidationResult Validate(ExerciseResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return ExerciseResponseValidator.Validate(this, response);
    }
}
