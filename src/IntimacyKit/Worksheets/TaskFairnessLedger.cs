using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Experiments;
using System.Text.Json.Serialization;

namespace IntimacyKit.Worksheets;

/// <summary>
/// The task-fairness ledger: household, emotional and decision-making tasks, who carries each part of each
/// (thinking of it, planning it, doing it), each partner's resulting share, and optionally a one-week trial of
/// redistributing some of it. Naming the division explicitly lets a couple talk about fairness before resentment
/// builds. After Harriet Lerner, <em>The Dance of Intimacy</em>, chapter 7.
/// </summary>
/// <remarks>
/// Valid with at least one task, task names unique (ignoring case), every kind and carrier defined, and, when there
/// is a trial, at least one move, each naming a task of the ledger, changing its carrier, and moving each task part
/// once. Immutable and thread-safe; see <see cref="Worksheet"/> for equality and JSON.
/// </remarks>
public sealed record TaskFairnessLedger : Worksheet
{
    private static readonly TaskKind[] s_kinds = Enum.GetValues<TaskKind>();
    private static readonly TaskRole[] s_roles = Enum.GetValues<TaskRole>();

    /// <summary>Gets the first partner's name as it should be shown, or <see langword="null"/> for "Partner 1".</summary>
    public string? FirstPartnerName { get; init; }

    /// <summary>Gets the second partner's name as it should be shown, or <see langword="null"/> for "Partner 2".</summary>
    public string? SecondPartnerName { get; init; }

    /// <summary>Gets the tasks.</summary>
    public ImmutableArray<FairnessTask> Tasks { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the one-week redistribution trial, or <see langword="null"/> when none is planned.</summary>
    public RedistributionTrial? Trial { get; init; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Heading => "Task-fairness ledger";

    /// <inheritdoc/>
    [JsonIgnore]
    public override int ChapterNumber => 7;

    /// <summary>
    /// Computes each partner's share of the tasks: of one kind or all, of one part (conception, planning, doing) or all
    /// three. Every task part counts once and a part carried by both counts half for each; tasks or parts with an
    /// undefined kind or carrier, and missing tasks, are left out.
    /// </summary>
    /// <param name="kind">The kind of task to count, or <see langword="null"/> for every kind.</param>
    /// <param name="role">The part to count, or <see langword="null"/> for all three.</param>
    /// <returns>The shares; <see cref="FairnessShare.IsEmpty"/> when nothing matched.</returns>
    public FairnessShare GetShare(TaskKind? kind = null, TaskRole? role = null)
    {
        var parts = 0;
        var first = 0.0;
        foreach (var task in Tasks)
        {
            if (task is null || !Enum.IsDefined(task.Kind) || (kind is { } k && task.Kind != k))
            {
                continue;
            }

            foreach (var r in s_roles)
            {
                if (role is { } only && r != only)
                {
                    continue;
                }

                switch (task.CarrierOf(r))
                {
                    case Carrier.FirstPartner:
                        first += 1;
                        break;
                    case Carrier.Both:
                        first += 0.5;
                        break;
                    case Carrier.SecondPartner:
                        break;
                    default:
                        continue;
                }

                parts++;
            }
        }

        return parts == 0 ? new FairnessShare(0, 0, 0) : new FairnessShare(parts, first / parts, 1 - (first / parts));
    }

    /// <summary>
    /// Returns the ledger as it would be with the trial's moves made: the tasks that a trial week would start from.
    /// Moves that name no task of the ledger, or that have an undefined part or carrier, are skipped.
    /// </summary>
    /// <returns>A new ledger without a trial; this one if there is no trial.</returns>
    public TaskFairnessLedger WithTrialApplied()
    {
        if (Trial is null)
        {
            return this;
        }

        var tasks = Tasks.ToBuilder();
        foreach (var move in Trial.Moves)
        {
            if (move is null || !Enum.IsDefined(move.Role) || !Enum.IsDefined(move.To))
            {
                continue;
            }

            var at = IndexOf(move.Task);
            if (at >= 0)
            {
                tasks[at] = tasks[at].WithCarrier(move.Role, move.To);
            }
        }

        return this with { Tasks = tasks.ToImmutable(), Trial = null };
    }

    /// <summary>
    /// Turns the one-week trial into an <see cref="ExperimentPlan"/>: a duration of
    /// <see cref="ExperimentPlan.TrialDurationWeeks"/>, one <see cref="MicroPractice"/> per moved task part (such as
    /// "Alex plans: Family birthdays", due <see cref="TaskMove.TimesPerWeek"/> times), and the trial's
    /// <see cref="RedistributionTrial.Measure"/> as the goal's measure. Start it with
    /// <see cref="Experiment.Create(ExperimentPlan, DateOnly)"/> on <see cref="RedistributionTrial.StartsOn"/>.
    /// </summary>
    /// <remarks>
    /// The plan is built from whatever the trial holds; check the ledger with <see cref="Worksheet.Validate"/> first,
    /// and the plan with <see cref="ExperimentPlan.Validate"/> (it reports a missing measure, for instance).
    /// </remarks>
    /// <returns>The plan, titled "One-week task trial", from chapter 7.</returns>
    /// <exception cref="InvalidOperationException">The ledger has no <see cref="Trial"/>.</exception>
    public ExperimentPlan ToExperimentPlan()
    {
        var trial = Trial ?? throw new InvalidOperationException("The ledger has no one-week trial to turn into an experiment plan; set Trial first.");
        var moves = trial.Moves.Where(m => m is not null).ToList();
        return new ExperimentPlan
        {
            Title = "One-week task trial",
            Goal = new ExperimentGoal
            {
                Change = "Share the work more fairly by carrying some of it differently for one week",
                Measure = trial.Measure,
            },
            DurationWeeks = ExperimentPlan.TrialDurationWeeks,
            Practices = [.. moves.Select((move, i) => new MicroPractice
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"trial-move-{i + 1}"),
                Description = $"{Name(move.To)} {MoveVerb(move.Role)}: {TaskName(move)}",
                TimesPerWeek = move.TimesPerWeek ?? 1,
            })],
            ChapterId = "chapter-7",
        };
    }

    private protected override void Check(WorksheetCheck check)
    {
        check.Text("firstPartnerName", FirstPartnerName, "First partner's name", required: false);
        check.Text("secondPartnerName", SecondPartnerName, "Second partner's name", required: false);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (i, task) in check.Items("tasks", Tasks, "Tasks"))
        {
            var path = WorksheetCheck.Index("tasks", i);
            check.Text(path + ".name", task.Name, "Task");
            if (!string.IsNullOrWhiteSpace(task.Name) && !names.Add(task.Name.Trim()))
            {
                check.Add(path + ".name", "duplicate", $"The task '{task.Name.Trim()}' is listed twice; give each task once.");
            }

            check.Defined(path + ".kind", task.Kind, "Kind of task");
            check.Defined(path + ".conception", task.Conception, "Who thinks of it");
            check.Defined(path + ".planning", task.Planning, "Who plans it");
            check.Defined(path + ".doing", task.Doing, "Who does it");
        }

        if (Trial is not null)
        {
            CheckTrial(check, Trial);
        }
    }

    private protected override void Write(WorksheetWriter writer)
    {
        var first = Name(Carrier.FirstPartner);
        var second = Name(Carrier.SecondPartner);
        writer.Prompt("For each task, note who notices it needs doing, who plans it and who does it. The part nobody sees, keeping it in mind, is work too.");
        writer.Section("Tasks");
        writer.Table(
            ["Task", "Kind", "Thinks of it", "Plans it", "Does it"],
            Tasks.Where(t => t is not null).Select(t => (IReadOnlyList<string?>)[t.Name, KindName(t.Kind), Name(t.Conception), Name(t.Planning), Name(t.Doing)]));

        writer.Section("Shares");
        writer.Prompt($"Each cell gives {first}'s share, then {second}'s. A part carried by both counts half for each.");
        var rows = new List<IReadOnlyList<string?>>();
        foreach (var kind in s_kinds)
        {
            if (!GetShare(kind).IsEmpty)
            {
                rows.Add(ShareRow(writer, KindName(kind), kind));
            }
        }

        rows.Add(ShareRow(writer, "All tasks", null));
        writer.Table(["Tasks", "Thinking of it", "Planning it", "Doing it", "All parts"], rows);

        if (Trial is { } trial)
        {
            writer.Section("One-week trial");
            if (trial.StartsOn is { } start)
            {
                writer.Answer("Starts on", writer.Date(start));
            }

            writer.Table(
                ["Task", "Part", "Now", "During the trial", "Times in the week"],
                trial.Moves.Where(m => m is not null).Select(m =>
                {
                    var at = IndexOf(m.Task);
                    var now = at >= 0 && Enum.IsDefined(m.Role) ? Name(Tasks[at].CarrierOf(m.Role)) : null;
                    return (IReadOnlyList<string?>)[TaskName(m), RoleName(m.Role), now, Name(m.To), writer.Number(m.TimesPerWeek ?? 1)];
                }));
            if (trial.Measure is { } measure)
            {
                writer.Answer("How we will know it helped", measure.Description);
                writer.Answer("Now", MeasureValue(writer, measure, measure.Baseline));
                writer.Answer("Hoped for after the week", MeasureValue(writer, measure, measure.Target));
            }
        }
    }

    private static string? KindName(TaskKind kind) => kind switch
    {
        TaskKind.Household => "Household",
        TaskKind.Emotional => "Emotional",
        TaskKind.DecisionMaking => "Decision-making",
        _ => null,
    };

    private static string MoveVerb(TaskRole role) => role switch
    {
        TaskRole.Conception => "keeps in mind",
        TaskRole.Planning => "plans",
        TaskRole.Doing => "does",
        _ => "takes on",
    };

    private static string? RoleName(TaskRole role) => role switch
    {
        TaskRole.Conception => "Thinking of it",
        TaskRole.Planning => "Planning it",
        TaskRole.Doing => "Doing it",
        _ => null,
    };

    private string? Name(Carrier carrier) => carrier switch
    {
        Carrier.FirstPartner => string.IsNullOrWhiteSpace(FirstPartnerName) ? "Partner 1" : FirstPartnerName,
        Carrier.SecondPartner => string.IsNullOrWhiteSpace(SecondPartnerName) ? "Partner 2" : SecondPartnerName,
        Carrier.Both => "Both",
        _ => null,
    };

    private List<string?> ShareRow(WorksheetWriter writer, string? label, TaskKind? kind)
    {
        var row = new List<string?> { label };
        foreach (var role in s_roles)
        {
            row.Add(Cell(GetShare(kind, role)));
        }

        row.Add(Cell(GetShare(kind)));
        return row;

        // Whole percentages that add up to 100: the first share rounded, the second what is left.
        string Cell(FairnessShare share)
        {
            if (share.IsEmpty)
            {
                return "–";
            }

            var first = Math.Round(share.FirstPartner * 100, MidpointRounding.AwayFromZero) / 100;
            return $"{writer.Percent(first)} / {writer.Percent(1 - first)}";
        }
    }

    private static string MeasureValue(WorksheetWriter writer, GoalMeasure measure, int value) => measure.Kind switch
    {
        MeasureKind.YesNo => value == 1 ? "yes" : value == 0 ? "no" : writer.Number(value),
        MeasureKind.Rating => $"{writer.Number(value)} of {writer.Number(GoalMeasure.RatingMaximum)}",
        _ => writer.Number(value),
    };

    private string? TaskName(TaskMove move) => IndexOf(move.Task) is var at and >= 0 ? Tasks[at].Name : move.Task;

    private int IndexOf(string? task)
    {
        if (string.IsNullOrWhiteSpace(task))
        {
            return -1;
        }

        var name = task.Trim();
        for (var i = 0; i < Tasks.Length; i++)
        {
            if (Tasks[i] is { } t && string.Equals(t.Name?.Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private void CheckTrial(WorksheetCheck check, RedistributionTrial trial)
    {
        var moved = new HashSet<(string, TaskRole)>();
        foreach (var (i, move) in check.Items("trial.moves", trial.Moves, "Task parts to move"))
        {
            var path = WorksheetCheck.Index("trial.moves", i);
            check.Text(path + ".task", move.Task, "Task");
            var roleOk = check.Defined(path + ".role", move.Role, "Part of the task");
            var toOk = check.Defined(path + ".to", move.To, "Who carries it during the trial");
            if (move.TimesPerWeek is < 1 or > MicroPractice.MaxTimesPerWeek)
            {
                check.Add(path + ".timesPerWeek", "out-of-range", string.Create(CultureInfo.InvariantCulture,
                    $"'Times in the week' must be from 1 to {MicroPractice.MaxTimesPerWeek}; {move.TimesPerWeek} is not."));
            }

            if (string.IsNullOrWhiteSpace(move.Task))
            {
                continue;
            }

            var at = IndexOf(move.Task);
            if (at < 0)
            {
                check.Add(path + ".task", "unknown-task", $"The ledger has no task '{move.Task.Trim()}'; move a task that is listed.");
            }
            else if (roleOk && toOk && Tasks[at].CarrierOf(move.Role) == move.To)
            {
                check.Add(path + ".to", "no-change", $"{Name(move.To)} already carries '{RoleName(move.Role)}' for '{Tasks[at].Name.Trim()}'; a move must change who carries it.");
            }

            if (roleOk && !moved.Add((move.Task.Trim().ToUpperInvariant(), move.Role)))
            {
                check.Add(path, "duplicate", $"'{RoleName(move.Role)}' of '{move.Task.Trim()}' is moved twice; move each part once.");
            }
        }

        if (trial.Measure is not null)
        {
            // The measure follows the experiment plan's rules: the plan made from the trial reports them.
            foreach (var problem in ToExperimentPlan().Validate().Problems.Where(p => p.Path.StartsWith("goal.measure", StringComparison.Ordinal)))
            {
                check.Add("trial.measure" + problem.Path["goal.measure".Length..], problem.Code, problem.Message);
            }
        }
    }
}
