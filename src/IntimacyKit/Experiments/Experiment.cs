using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace IntimacyKit.Experiments;

/// <summary>
/// A running experiment: a plan, the day it started, the moves made on it (start, pause, return to practice,
/// complete, abandon), and what the person logged: practices done, readings of the goal's measure and check-ins.
/// </summary>
/// <remarks>
/// An experiment is an immutable value: every operation returns an <see cref="ExperimentResult"/> holding a new
/// experiment, or the unchanged one and every problem found, so nothing entered is lost. "Today" always comes from
/// the <see cref="TimeProvider"/> passed in, in its local time zone. Instances are thread-safe. JSON members this
/// version does not know are kept in <see cref="UserDocument.AdditionalProperties"/>. Record equality compares the collections
/// by reference. A change that would take the experiment over one of the <see cref="DocumentLimits"/> (a note longer
/// than <see cref="DocumentLimits.MaxTextLength"/>, more than <see cref="DocumentLimits.MaxSectionItems"/> events,
/// logs or readings) is refused with the problem's path, so an experiment never grows past what reading accepts.
/// </remarks>
public sealed record Experiment : UserDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>
    /// Gets the schema version of the document; <see cref="CurrentSchemaVersion"/> for new experiments.
    /// A document that leaves it out (or gives 0) is read as the current version.
    /// </summary>
    public int SchemaVersion { get; init => field = value == 0 ? CurrentSchemaVersion : value; } = CurrentSchemaVersion;

    /// <summary>Gets the plan being tried.</summary>
    public required ExperimentPlan Plan { get; init; }

    /// <summary>Gets the first day of the experiment; <see cref="Start"/> sets it to the day the experiment starts.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>Gets the moves made on the experiment, oldest first; <see cref="State"/> follows from the last.</summary>
    public ImmutableArray<ExperimentEvent> Events { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the practices done, by date, at most one log per practice per day.</summary>
    public ImmutableArray<PracticeLog> PracticeLogs { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the readings of the goal's measure, by date, at most one per day.</summary>
    public ImmutableArray<Measurement> Measurements { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the check-ins made: at most one mid-point and one final.</summary>
    public ImmutableArray<CheckIn> CheckIns { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets where the experiment stands, which follows from the last of its <see cref="Events"/>: planned when there is none.</summary>
    [JsonIgnore]
    public ExperimentState State => ExperimentRules.StateAfter(Events);

    /// <summary>Gets the last day of the experiment: <see cref="ExperimentPlan.DurationWeeks"/> whole weeks after <see cref="StartDate"/>.</summary>
    [JsonIgnore]
    public DateOnly EndDate => ExperimentRules.EndDate(this);

    /// <summary>Creates a planned experiment. Nothing is checked until it starts; see <see cref="Validate"/>.</summary>
    /// <param name="plan">The plan to try.</param>
    /// <param name="startDate">The day it is meant to start; <see cref="Start"/> moves it to the day it does.</param>
    /// <returns>The experiment, in the <see cref="ExperimentState.Planned"/> state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public static Experiment Create(ExperimentPlan plan, DateOnly startDate)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new Experiment { Plan = plan, StartDate = startDate };
    }

    /// <summary>Computes the schedule: each week's dates and practices due, and the check-in dates.</summary>
    /// <returns>The schedule.</returns>
    /// <exception cref="InvalidOperationException">The plan or the start date does not pass <see cref="Validate"/>; the message says why.</exception>
    public ExperimentSchedule GetSchedule()
    {
        ExperimentRules.EnsureComputable(this);
        return ExperimentSchedule.Create(Plan, StartDate);
    }

    /// <summary>Computes the progress as of today: adherence per week, lapses, returns, and the measure's trend.</summary>
    /// <param name="time">Where "today" comes from.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="time"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The plan or the start date does not pass <see cref="Validate"/>; the message says why.</exception>
    public ExperimentProgress GetProgress(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        ExperimentRules.EnsureComputable(this);
        return ExperimentRules.Progress(this, ExperimentRules.Today(time));
    }

    /// <summary>Starts a planned experiment today: <see cref="StartDate"/> becomes today and the plan must be valid.</summary>
    /// <param name="time">Where "today" comes from.</param>
    /// <param name="note">An optional note.</param>
    /// <returns>The started experiment, or the unchanged one with the plan's problems (paths start with <c>plan.</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="time"/> is <see langword="null"/>.</exception>
    public ExperimentResult Start(TimeProvider time, string? note = null) => Move(ExperimentMove.Start, time, note);

    /// <summary>Pauses an active experiment.</summary>
    /// <param name="time">Where "today" comes from.</param>
    /// <param name="note">An optional note, such as why.</param>
    /// <returns>The paused experiment, or the unchanged one with the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="time"/> is <see langword="null"/>.</exception>
    public ExperimentResult Pause(TimeProvider time, string? note = null) => Move(ExperimentMove.Pause, time, note);

    /// <summary>
    /// Returns to practice after a pause, after giving up, or after a lapse while still active. Always welcome while
    /// the experiment has not been completed; each return is counted in <see cref="ExperimentProgress.Returns"/>.
    /// </summary>
    /// <param name="time">Where "today" comes from.</param>
    /// <param name="note">An optional note, such as what helped to come back.</param>
    /// <returns>The active experiment, or the unchanged one with the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="time"/> is <see langword="null"/>.</exception>
    public ExperimentResult ReturnToPractice(TimeProvider time, string? note = null) => Move(ExperimentMove.ReturnToPractice, time, note);

    /// <summary>Completes an active or paused experiment.</summary>
    /// <param name="time">Where "today" comes from.</param>
    /// <param name="note">An optional note.</param>
    /// <returns>The completed experiment, or the unchanged one with the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="time"/> is <see langword="null"/>.</exception>
    public ExperimentResult Complete(TimeProvider time, string? note = null) => Move(ExperimentMove.Complete, time, note);

    /// <summary>Abandons an active or paused experiment; <see cref="ReturnToPractice"/> can still pick it up.</summary>
    /// <param name="time">Where "today" comes from.</param>
    /// <param name="note">An optional note.</param>
    /// <returns>The abandoned experiment, or the unchanged one with the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="time"/> is <see langword="null"/>.</exception>
    public ExperimentResult Abandon(TimeProvider time, string? note = null) => Move(ExperimentMove.Abandon, time, note);

    /// <summary>Logs that a practice was done today.</summary>
    /// <param name="practiceId">The <see cref="MicroPractice.Id"/> of the practice.</param>
    /// <param name="time">Where "today" comes from.</param>
    /// <param name="times">How many times it was done today; once unless given.</param>
    /// <param name="note">An optional note.</param>
    /// <returns>The experiment with the log, or the unchanged one with every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="time"/> is <see langword="null"/>.</exception>
    public ExperimentResult LogPractice(string practiceId, TimeProvider time, int times = 1, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        return AddPracticeLogs([new PracticeLog(ExperimentRules.Today(time), practiceId, times, note)], time);
    }

    /// <summary>
    /// Adds practice logs for any days of the experiment up to today. Either all are added or none: a log outside the
    /// experiment's dates or in the future, a second log of a practice for the same day, an unknown practice or an
    /// impossible number of times is reported with its path (<c>logs[2].date</c>), and the experiment is unchanged.
    /// </summary>
    /// <param name="logs">The logs.</param>
    /// <param name="time">Where "today" comes from.</param>
    /// <returns>The experiment with the logs, or the unchanged one with every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="logs"/> or <paramref name="time"/> is <see langword="null"/>.</exception>
    public ExperimentResult AddPracticeLogs(IEnumerable<PracticeLog> logs, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(logs);
        ArgumentNullException.ThrowIfNull(time);
        var added = logs.ToImmutableArray();
        var problems = ExperimentRules.CheckAdding(this, "logs");
        if (problems.Count == 0)
        {
            ExperimentRules.CheckLogs(this, PracticeLogs, added, "logs", ExperimentRules.Today(time), problems);
        }

        return Result(problems, () => this with { PracticeLogs = [.. PracticeLogs.AddRange(added).OrderBy(l => l.Date)] });
    }

    /// <summary>Records today's reading of the goal's measure.</summary>
    /// <param name="value">The value, on the measure's scale.</param>
    /// <param name="time">Where "today" comes from.</param>
    /// <param name="note">An optional note.</param>
    /// <returns>The experiment with the reading, or the unchanged one with every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="time"/> is <see langword="null"/>.</exception>
    public ExperimentResult RecordMeasurement(int value, TimeProvider time, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        return AddMeasurements([new Measurement(ExperimentRules.Today(time), value, note)], time);
    }

    /// <summary>
    /// Adds readings of the goal's measure for any days of the experiment up to today. Either all are added or none:
    /// a reading outside the dates or in the future, a second reading for a day, or a value off the measure's scale
    /// is reported with its path (<c>measurements[0].value</c>), and the experiment is unchanged.
    /// </summary>
    /// <param name="measurements">The readings.</param>
    /// <param name="time">Where "today" comes from.</param>
    /// <returns>The experiment with the readings, or the unchanged one with every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measurements"/> or <paramref name="time"/> is <see langword="null"/>.</exception>
    public ExperimentResult AddMeasurements(IEnumerable<Measurement> measurements, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        ArgumentNullException.ThrowIfNull(time);
        var added = measurements.ToImmutableArray();
        var problems = ExperimentRules.CheckAdding(this, "measurements");
        if (problems.Count == 0)
        {
            ExperimentRules.CheckMeasurements(this, Measurements, added, "measurements", ExperimentRules.Today(time), problems);
        }

        return Result(problems, () => this with { Measurements = [.. Measurements.AddRange(added).OrderBy(m => m.Date)] });
    }

    /// <summary>
    /// Adds the mid-point or the final check-in. The mid-point check-in falls within the experiment's dates; the
    /// final one on any day from the start on; neither in the future, and each only once.
    /// </summary>
    /// <param name="checkIn">The check-in.</param>
    /// <param name="time">Where "today" comes from.</param>
    /// <returns>The experiment with the check-in, or the unchanged one with every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="checkIn"/> or <paramref name="time"/> is <see langword="null"/>.</exception>
    public ExperimentResult AddCheckIn(CheckIn checkIn, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        ArgumentNullException.ThrowIfNull(time);
        var problems = ExperimentRules.CheckAdding(this, "checkIn");
        if (problems.Count == 0)
        {
            ExperimentRules.CheckCheckIns(this, CheckIns, [checkIn], "checkIn", ExperimentRules.Today(time), problems);
        }

        return Result(problems, () => this with { CheckIns = CheckIns.Add(checkIn) });
    }

    /// <summary>
    /// Checks the whole experiment, such as one read from JSON: the plan, the start date, that the moves follow each
    /// other legally, and every log, reading and check-in. Reports every problem at once and never throws.
    /// </summary>
    /// <returns>The result.</returns>
    public ValidationResult Validate() => ValidationResult.FromProblems(Serialization.StrictJson.With(ExperimentRules.Validate(this), this));

    private ExperimentResult Move(ExperimentMove move, TimeProvider time, string? note)
    {
        ArgumentNullException.ThrowIfNull(time);
        var today = ExperimentRules.Today(time);
        var problems = ExperimentRules.CheckMove(this, move, today);
        return Result(problems, () =>
        {
            var moved = this with { Events = Events.Add(new ExperimentEvent(today, move, note)) };
            return move == ExperimentMove.Start ? moved with { StartDate = today } : moved;
        });
    }

    // A change that would put the experiment over one of the DocumentLimits (a note too long, more events, logs or
    // readings than a list may hold) is refused like any other problem, so an experiment never grows past what
    // Validate and reading accept.
    private ExperimentResult Result(List<ValidationProblem> problems, Func<Experiment> change)
    {
        if (problems.Count > 0)
        {
            return new ExperimentResult(this, [.. problems]);
        }

        var changed = change();
        return Serialization.StrictJson.Check(changed) is { Count: > 0 } overLimits
            ? new ExperimentResult(this, [.. overLimits])
            : new ExperimentResult(changed, []);
    }
}
