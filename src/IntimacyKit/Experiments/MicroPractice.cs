using IntimacyKit.Exercises;

namespace IntimacyKit.Experiments;

/// <summary>
/// A small action practised every week of an experiment, a number of times per week, such as saying one small
/// "no" or using one "I"-statement a day.
/// </summary>
/// <remarks>Instances are immutable and thread-safe; equality compares all members.</remarks>
public sealed record MicroPractice
{
    /// <summary>The most times per week a practice can be scheduled: once a day.</summary>
    public const int MaxTimesPerWeek = 7;

    /// <summary>
    /// Gets the id that practice logs refer to; unique within the plan. For a practice taken from the catalog it is
    /// the catalog practice's id.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>Gets what to do, in a sentence.</summary>
    public required string Description { get; init; }

    /// <summary>Gets how many times a week the practice is due, from 1 to <see cref="MaxTimesPerWeek"/>.</summary>
    public required int TimesPerWeek { get; init; }

    /// <summary>
    /// Gets the id of the catalog <see cref="Practice"/> this micro-practice comes from, or <see langword="null"/>
    /// for a practice of the person's own.
    /// </summary>
    public string? PracticeId { get; init; }

    /// <summary>Creates a micro-practice from a catalog practice, keeping its id and title.</summary>
    /// <param name="practice">The catalog practice, such as one recommended after a self-assessment.</param>
    /// <param name="timesPerWeek">How many times a week it is due; once a week unless given.</param>
    /// <returns>The micro-practice; check it with <see cref="ExperimentPlan.Validate"/> as part of a plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="practice"/> is <see langword="null"/>.</exception>
    public static MicroPractice FromCatalog(Practice practice, int timesPerWeek = 1)
    {
        ArgumentNullException.ThrowIfNull(practice);
        return new MicroPractice
        {
            Id = practice.Id,
            Description = practice.Title,
            TimesPerWeek = timesPerWeek,
            PracticeId = practice.Id,
        };
    }
}
