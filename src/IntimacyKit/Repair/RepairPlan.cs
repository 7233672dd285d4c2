using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Scripts;

namespace IntimacyKit.Repair;

/// <summary>
/// A repair plan for the person who caused a hurt: each of the five steps of the repair checklist filled in, a concrete
/// change with the date it starts, a follow-up date, and the follow-through recorded over time (after Harriet Lerner,
/// <i>The Dance of Intimacy</i>, chapter 8: a specific corrective step and a timeline, rather than a vague promise).
/// Check it with <see cref="Validate"/>; turn it into words with <see cref="ToScriptArguments"/>.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe; recording follow-through returns a new plan. JSON members this version does
/// not know are kept in <see cref="UserDocument.AdditionalProperties"/> so that they survive a round trip. Record equality compares
/// the collections by reference.
/// </remarks>
public sealed record RepairPlan : UserDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>
    /// Gets the schema version of the document; <see cref="CurrentSchemaVersion"/> for new plans.
    /// A document that leaves it out (or gives 0) is read as the current version.
    /// </summary>
    public int SchemaVersion { get; init => field = value == 0 ? CurrentSchemaVersion : value; } = CurrentSchemaVersion;

    /// <summary>Gets the rupture, in the planner's own words for their own record, or <see langword="null"/>.</summary>
    public string? Rupture { get; init; }

    /// <summary>Gets step 1, what you did, said plainly, such as <c>cancelled our plans at the last minute again</c>.</summary>
    public required string Acknowledgement { get; init; }

    /// <summary>Gets step 2, what you regret about its effect, such as <c>how let down you must have felt</c>.</summary>
    public required string Remorse { get; init; }

    /// <summary>Gets step 3, the specific change, such as <c>tell you by Thursday if my weekend plans change</c>; it must name a concrete action.</summary>
    public required string Change { get; init; }

    /// <summary>Gets the day the change starts: the timeline of step 3.</summary>
    public required DateOnly ChangeStartsOn { get; init; }

    /// <summary>Gets step 4, a small act to start making it right, such as <c>cook dinner for us on Saturday</c>.</summary>
    public required string ReparativeAct { get; init; }

    /// <summary>Gets step 5, the day agreed to check in together on how the change is going; not before <see cref="ChangeStartsOn"/>.</summary>
    public required DateOnly FollowUpOn { get; init; }

    /// <summary>Gets the day the follow-up conversation took place, or <see langword="null"/> while it has not.</summary>
    public DateOnly? FollowUpHeldOn { get; init; }

    /// <summary>Gets the follow-through records, in date order when added with <see cref="WithFollowThrough"/>.</summary>
    public ImmutableArray<FollowThroughRecord> FollowThrough { get; init => field = value.OrEmpty(); } = [];

    /// <summary>
    /// Checks the plan and returns every problem at once: a step left blank (<c>required</c>), text over 4,000 characters
    /// (<c>too-long</c>), a change with no concrete action (<c>vague-change</c>), a follow-up before the change starts
    /// (<c>follow-up-before-change</c>), and follow-through records that are missing, dated before the change starts
    /// (<c>before-change-start</c>) or twice for one day (<c>duplicate-date</c>).
    /// </summary>
    /// <returns>The result; never throws, whatever the plan holds.</returns>
    public ValidationResult Validate()
    {
        var problems = new List<ValidationProblem>();
        RepairValidation.SchemaVersion(problems, SchemaVersion, CurrentSchemaVersion);
        RepairValidation.Text(problems, "rupture", "The rupture", Rupture, required: false);
        RepairValidation.Text(problems, "acknowledgement", "What you did (acknowledge)", Acknowledgement, required: true);
        RepairValidation.Text(problems, "remorse", "What you regret (express remorse)", Remorse, required: true);
        if (RepairValidation.Text(problems, "change", "The specific change", Change, required: true))
        {
            RepairValidation.Concrete(problems, "change", "vague-change", Change);
        }

        RepairValidation.Text(problems, "reparativeAct", "The small reparative act", ReparativeAct, required: true);
        if (FollowUpOn < ChangeStartsOn)
        {
            problems.Add(new("followUpOn", "follow-up-before-change",
                $"The follow-up ({Iso(FollowUpOn)}) is before the change starts ({Iso(ChangeStartsOn)}); check in once there is something to look back on."));
        }

        if (FollowUpHeldOn is { } held && held < ChangeStartsOn)
        {
            problems.Add(new("followUpHeldOn", "before-change-start", $"The follow-up is recorded as held on {Iso(held)}, before the change starts ({Iso(ChangeStartsOn)})."));
        }

        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < FollowThrough.Length; i++)
        {
            var path = $"followThrough[{i}]";
            if (FollowThrough[i] is not { } record)
            {
                problems.Add(new(path, "required", "A follow-through record is missing (null)."));
                continue;
            }

            if (record.Date < ChangeStartsOn)
            {
                problems.Add(new($"{path}.date", "before-change-start", $"The record for {Iso(record.Date)} is before the change starts ({Iso(ChangeStartsOn)})."));
            }

            if (!seen.Add(record.Date))
            {
                problems.Add(new($"{path}.date", "duplicate-date", $"There is already a record for {Iso(record.Date)}; keep one record a day."));
            }

            RepairValidation.Text(problems, $"{path}.note", "The note", record.Note, required: false);
        }

        return ValidationResult.FromProblems(Serialization.StrictJson.With(problems, this));
    }

    /// <summary>Returns a copy with one follow-through record added, keeping the records in date order.</summary>
    /// <param name="record">The record; a second record for the same day is kept and reported by <see cref="Validate"/>.</param>
    /// <returns>A new plan; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public RepairPlan WithFollowThrough(FollowThroughRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var index = 0;
        while (index < FollowThrough.Length && (FollowThrough[index] is null || FollowThrough[index].Date <= record.Date))
        {
            index++;
        }

        return this with { FollowThrough = FollowThrough.Insert(index, record) };
    }

    /// <summary>Gets whether the follow-up date has passed and the follow-up is not recorded as held.</summary>
    /// <param name="timeProvider">Gives today's date, in the provider's local time zone.</param>
    /// <returns><see langword="true"/> when today is after <see cref="FollowUpOn"/> and <see cref="FollowUpHeldOn"/> is not set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is <see langword="null"/>.</exception>
    public bool IsFollowUpOverdue(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return FollowUpHeldOn is null && DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime) > FollowUpOn;
    }

    /// <summary>
    /// Converts the plan to the values of the repair statement script (<see cref="RepairStatementArguments.Id"/>), so that
    /// an app can render it as words to say with <see cref="ScriptRenderer.Render"/>. The follow-up becomes
    /// <c>on</c> and the date in the long date format of <paramref name="culture"/>.
    /// </summary>
    /// <param name="culture">The culture of the follow-up date; <see langword="null"/> means <see cref="CultureInfo.CurrentCulture"/>.</param>
    /// <returns>The script arguments.</returns>
    /// <exception cref="InvalidOperationException">A step is blank; the message names each one.</exception>
    public RepairStatementArguments ToScriptArguments(CultureInfo? culture = null)
    {
        var blank = Validate().Problems.Where(p => p.Code == "required").ToList();
        if (blank.Count > 0)
        {
            throw new InvalidOperationException("The plan cannot be put into words while a step is blank: " + string.Join("; ", blank));
        }

        var followUp = "on " + FollowUpOn.ToString("D", culture ?? CultureInfo.CurrentCulture);
        return new RepairStatementArguments(Acknowledgement.Trim(), Remorse.Trim(), Change.Trim(), ReparativeAct.Trim(), followUp);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
