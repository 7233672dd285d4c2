namespace IntimacyKit.Experiments;

/// <summary>Checks an <see cref="ExperimentPlan"/>, collecting every problem. Tolerates nulls anywhere.</summary>
internal static class ExperimentPlanValidator
{
    public static ValidationResult Validate(ExperimentPlan plan)
    {
        var problems = new List<ValidationProblem>();
        if (plan.SchemaVersion != ExperimentPlan.CurrentSchemaVersion)
        {
            problems.Add(new("schemaVersion", "unsupported-schema-version",
                $"Schema version {plan.SchemaVersion} is not supported; this version reads {ExperimentPlan.CurrentSchemaVersion}."));
        }

        RequireText(plan.Title, "title", "The plan needs a title.", problems);
        CheckGoal(plan.Goal, problems);

        if (plan.DurationWeeks is < ExperimentPlan.MinDurationWeeks or > ExperimentPlan.MaxDurationWeeks)
        {
            problems.Add(new("durationWeeks", "duration-out-of-range",
                $"The duration is {plan.DurationWeeks} weeks; it must be from {ExperimentPlan.MinDurationWeeks} to {ExperimentPlan.MaxDurationWeeks} weeks."));
        }
        else if (plan.MidpointWeek is { } midpoint && (midpoint < 1 || midpoint >= plan.DurationWeeks))
        {
            problems.Add(new("midpointWeek", "midpoint-out-of-range", plan.DurationWeeks == 1
                ? "A one-week plan has no mid-point check-in; leave the mid-point week out."
                : $"The mid-point check-in is in week {midpoint}; it must be from week 1 to week {plan.DurationWeeks - 1} of {plan.DurationWeeks}."));
        }

        CheckPractices(plan, problems);

        if (plan.AccountabilityPartner is { } partner)
        {
            RequireText(partner.Name, "accountabilityPartner.name", "The accountability partner needs a name.", problems);
        }

        return ValidationResult.FromProblems(Serialization.StrictJson.With(problems, plan));
    }

    private static void CheckGoal(ExperimentGoal? goal, List<ValidationProblem> problems)
    {
        if (goal is null)
        {
            problems.Add(new("goal", "required", "The plan needs one measurable goal."));
            return;
        }

        RequireText(goal.Change, "goal.change", "The goal needs to say what will change.", problems);
        if (goal.Measure is not { } measure)
        {
            problems.Add(new("goal.measure", "missing-measure",
                "The goal has no measure; say how you will know it changed: a count, a yes/no or a 1–10 rating, with a baseline and a target."));
            return;
        }

        RequireText(measure.Description, "goal.measure.description", "The measure needs to say what is counted, answered or rated.", problems);
        if (!Enum.IsDefined(measure.Kind))
        {
            problems.Add(new("goal.measure.kind", "unknown-measure-kind", "The measure must be a count, a yes/no or a rating."));
            return;
        }

        if (!measure.IsOnScale(measure.Baseline))
        {
            problems.Add(new("goal.measure.baseline", "baseline-off-scale",
                $"The baseline {measure.Baseline} is not on the measure's scale, which is {measure.DescribeScale()}."));
        }

        if (!measure.IsOnScale(measure.Target))
        {
            problems.Add(new("goal.measure.target", "target-unreachable",
                $"The target {measure.Target} cannot be reached on the measure's scale, which is {measure.DescribeScale()}."));
        }
        else if (measure.Target == measure.Baseline)
        {
            problems.Add(new("goal.measure.target", "target-equals-baseline",
                $"The target equals the baseline ({measure.Baseline}); an experiment needs a change to aim for."));
        }
    }

    private static void CheckPractices(ExperimentPlan plan, List<ValidationProblem> problems)
    {
        var practices = plan.Practices.OrEmpty();
        if (practices.IsEmpty)
        {
            problems.Add(new("practices", "no-practice", "The plan needs at least one weekly micro-practice."));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < practices.Length; i++)
        {
            var path = $"practices[{i}]";
            if (practices[i] is not { } practice)
            {
                problems.Add(new(path, "required", "The practice is missing."));
                continue;
            }

            if (RequireText(practice.Id, $"{path}.id", "The practice needs an id that its logs can refer to.", problems) && !seen.Add(practice.Id))
            {
                problems.Add(new($"{path}.id", "duplicate-id", $"Another practice already has the id '{practice.Id}'."));
            }

            RequireText(practice.Description, $"{path}.description", "The practice needs to say what to do.", problems);
            if (practice.TimesPerWeek is < 1 or > MicroPractice.MaxTimesPerWeek)
            {
                problems.Add(new($"{path}.timesPerWeek", "frequency-out-of-range",
                    $"The practice is due {practice.TimesPerWeek} times a week; it must be from 1 to {MicroPractice.MaxTimesPerWeek}."));
            }

            if (practice.PracticeId is { } practiceId && string.IsNullOrWhiteSpace(practiceId))
            {
                problems.Add(new($"{path}.practiceId", "blank", "The catalog practice id is blank; leave it out for a practice of your own."));
            }
        }
    }

    private static bool RequireText(string? value, string path, string message, List<ValidationProblem> problems)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        problems.Add(new(path, "required", message));
        return false;
    }
}
