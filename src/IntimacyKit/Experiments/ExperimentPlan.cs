using System.Collections.Immutable;
using IntimacyKit.Exercises;

namespace IntimacyKit.Experiments;

/// <summary>
/// A plan for a small, measurable change in a relationship: one goal with a measure, a duration in weeks, weekly
/// micro-practices, a mid-point check-in and an optional accountability partner (after Harriet Lerner,
/// <i>The Dance of Intimacy</i>, chapter 10, and the small experiments of chapters 1, 4 and 7).
/// </summary>
/// <remarks>
/// A plan is what a person fills in; <see cref="Validate"/> reports every problem at once and never throws.
/// Instances are immutable and thread-safe. JSON members this
/// version does not know are kept in <see cref="UserDocument.AdditionalProperties"/> so that they survive a round trip. Record
/// equality compares the collections by reference.
/// </remarks>
public sealed record ExperimentPlan : UserDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The default duration: six weeks, as in chapter 10.</summary>
    public const int DefaultDurationWeeks = 6;

    /// <summary>The duration of a trial, such as redistributing one household task for a week (chapter 7).</summary>
    public const int TrialDurationWeeks = 1;

    /// <summary>The shortest allowed duration in weeks.</summary>
    public const int MinDurationWeeks = 1;

    /// <summary>The longest allowed duration in weeks.</summary>
    public const int MaxDurationWeeks = 12;

    /// <summary>
    /// Gets the schema version of the document; <see cref="CurrentSchemaVersion"/> for new plans.
    /// A document that leaves it out (or gives 0) is read as the current version.
    /// </summary>
    public int SchemaVersion { get; init => field = value == 0 ? CurrentSchemaVersion : value; } = CurrentSchemaVersion;

    /// <summary>Gets a short title, such as <c>Six weeks of small no's</c>.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the one measurable relationship goal.</summary>
    public required ExperimentGoal Goal { get; init; }

    /// <summary>
    /// Gets the duration in weeks, from <see cref="MinDurationWeeks"/> to <see cref="MaxDurationWeeks"/>; six unless
    /// given. A document that leaves it out (or gives 0) gets the default.
    /// </summary>
    public int DurationWeeks { get; init => field = value == 0 ? DefaultDurationWeeks : value; } = DefaultDurationWeeks;

    /// <summary>Gets the micro-practices due every week; a plan needs at least one.</summary>
    public ImmutableArray<MicroPractice> Practices { get; init => field = value.OrEmpty(); } = [];

    /// <summary>
    /// Gets the week at whose end the mid-point check-in falls, or <see langword="null"/> for the default: half the
    /// duration, rounded down (week 3 of 6). A one-week trial has no mid-point check-in, only the final one.
    /// See <see cref="GetMidpointWeek"/>.
    /// </summary>
    public int? MidpointWeek { get; init; }

    /// <summary>Gets the person who keeps the experimenter honest, or <see langword="null"/>.</summary>
    public AccountabilityPartner? AccountabilityPartner { get; init; }

    /// <summary>Gets the app's own identifier of the person whose experiment it is, or <see langword="null"/>.</summary>
    public string? OwnerId { get; init; }

    /// <summary>Gets the id of the chapter the experiment comes from, such as <c>chapter-10</c>, or <see langword="null"/>.</summary>
    public string? ChapterId { get; init; }

    /// <summary>Gets the week whose end holds the mid-point check-in.</summary>
    /// <returns><see cref="MidpointWeek"/> when given, otherwise half the duration rounded down; <see langword="null"/> when there is none (a one-week trial).</returns>
    public int? GetMidpointWeek() => MidpointWeek ?? (DurationWeeks / 2 is var half and > 0 ? half : null);

    /// <summary>Checks the plan and reports every problem at once. Never throws.</summary>
    /// <returns>The result; valid when the plan can be started.</returns>
    public ValidationResult Validate() => ExperimentPlanValidator.Validate(this);

    /// <summary>
    /// Creates a plan from one or more catalog practices, such as those recommended after a self-assessment: each
    /// becomes a <see cref="MicroPractice"/> due <paramref name="timesPerWeek"/> times a week.
    /// </summary>
    /// <param name="goal">The one measurable goal.</param>
    /// <param name="practices">The catalog practices.</param>
    /// <param name="timesPerWeek">How many times a week each practice is due; once a week unless given.</param>
    /// <param name="durationWeeks">The duration; six weeks unless given.</param>
    /// <returns>The plan, titled after the goal; check it with <see cref="Validate"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="goal"/> or <paramref name="practices"/> is <see langword="null"/>, or holds a <see langword="null"/> practice.</exception>
    public static ExperimentPlan FromPractices(ExperimentGoal goal, IEnumerable<Practice> practices, int timesPerWeek = 1, int durationWeeks = DefaultDurationWeeks)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(practices);
        var chosen = practices.Select(p => MicroPractice.FromCatalog(p, timesPerWeek)).ToImmutableArray();
        return new ExperimentPlan
        {
            Title = goal.Change,
            Goal = goal,
            DurationWeeks = durationWeeks,
            Practices = chosen,
            ChapterId = "chapter-10",
        };
    }
}
