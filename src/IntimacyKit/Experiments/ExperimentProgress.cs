using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace IntimacyKit.Experiments;

/// <summary>
/// Where an experiment stands on a day: adherence week by week, lapses and returns to practice, and the goal's
/// measure against its baseline and target.
/// </summary>
/// <remarks>Instances are immutable and thread-safe. Record equality compares the collections by reference.</remarks>
public sealed record ExperimentProgress
{
    /// <summary>Gets the day the progress was taken on.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Gets the experiment's state.</summary>
    public required ExperimentState State { get; init; }

    /// <summary>Gets the number of the week <see cref="AsOf"/> falls in, or <see langword="null"/> before the start or after the end.</summary>
    public int? CurrentWeek { get; init; }

    /// <summary>Gets every week of the experiment, past, current and upcoming.</summary>
    public ImmutableArray<WeekProgress> Weeks { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the goal's measure against its baseline and target.</summary>
    public required MeasureTrend Trend { get; init; }

    /// <summary>Gets how many times the person has returned to practice after a pause, a lapse or giving up.</summary>
    public int Returns { get; init; }

    /// <summary>
    /// Gets the share of due times done over the weeks that have ended, from 0 to 1, or <see langword="null"/>
    /// when no week has ended yet.
    /// </summary>
    public double? Adherence
    {
        get
        {
            var ended = Weeks.Where(w => w.HasEnded).ToList();
            var due = ended.Sum(w => w.TimesDue);
            return ended.Count == 0 || due == 0 ? null : (double)ended.Sum(w => w.TimesDone) / due;
        }
    }

    /// <summary>Gets how many weeks have ended with nothing practised.</summary>
    public int Lapses => Weeks.Count(w => w.IsLapse);

    /// <summary>Describes the progress in a few lines of plain English, with numbers and dates formatted for a culture.</summary>
    /// <param name="provider">The culture to format with; the current culture when <see langword="null"/>.</param>
    /// <returns>The description.</returns>
    public string Describe(IFormatProvider? provider = null)
    {
        provider ??= CultureInfo.CurrentCulture;
        var text = new StringBuilder();
        text.Append(provider, $"As of {AsOf:d}: {State.ToString().ToLowerInvariant()}");
        if (CurrentWeek is { } week)
        {
            text.Append(provider, $", week {week} of {Weeks.Length}");
        }

        text.AppendLine(".");
        foreach (var w in Weeks.Where(w => w.HasStarted))
        {
            text.Append(provider, $"Week {w.Number} ({w.Start:d}–{w.End:d}): {w.TimesDone} of {w.TimesDue} done ({w.Adherence:P0})");
            text.AppendLine(w.IsLapse ? " — a lapse; returning is part of the practice." : ".");
        }

        var measure = Trend.Measure;
        text.Append(provider, $"{measure.Description}: baseline {measure.Baseline}, target {measure.Target}, ");
        if (Trend.Latest is { } latest)
        {
            text.Append(provider, $"latest {latest} ({Trend.ShareOfWayToTarget:P0} of the way).");
        }
        else
        {
            text.Append("no reading yet.");
        }
        if (Returns > 0)
        {
            text.AppendLine().Append(provider, $"Returned to practice {Returns} time(s).");
        }

        return text.ToString();
    }
}
