using System.Globalization;
using IntimacyKit.Experiments;
using IntimacyKit.Serialization;
using IntimacyKit.Worksheets;

namespace IntimacyKit.AotSmoke;

/// <summary>The worksheets: JSON round trips with unknown members, validation, culture-aware rendering, the trial as a plan.</summary>
internal static class WorksheetChecks
{
    public static void Run(SmokeRun run)
    {
        run.Check("a task-fairness ledger with a trial round-trips to the same JSON and keeps an unknown member", () =>
        {
            var json = IntimacyKitJson.Serialize(Ledger()).Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1,\n  \"appNote\": [1, 2],", StringComparison.Ordinal);
            var back = IntimacyKitJson.Deserialize<TaskFairnessLedger>(json);
            var written = IntimacyKitJson.Serialize(back); // unknown members are written last
            return Expect.Equal(IntimacyKitJson.Serialize(IntimacyKitJson.Deserialize<TaskFairnessLedger>(written)), written, "JSON written after a second round trip")
                && Expect.Contains(written, "\"appNote\": [", "the JSON written back")
                && Expect.True(back.AdditionalProperties?.ContainsKey("appNote") == true, "the unknown member kept")
                && Expect.Equal(back.Trial?.Measure?.Kind, MeasureKind.Rating, "the trial's measure");
        });

        run.Check("a crisis plan round-trips its day, time and date", () =>
        {
            var plan = new CrisisSupportPlan
            {
                Situation = "A hard month",
                PracticalNeeds = [new() { Need = "Meals", DoneBy = Carrier.Both }],
                CheckIns = [new() { Day = DayOfWeek.Sunday, Time = new TimeOnly(19, 30), Focus = "How is it going?" }],
                FirstPartnerSupport = "Ask me.",
                SecondPartnerSupport = "Tell me.",
                ReviewOn = new DateOnly(2026, 5, 1),
            };
            var json = IntimacyKitJson.Serialize(plan);
            var back = IntimacyKitJson.Deserialize<CrisisSupportPlan>(json);
            return Expect.Contains(json, "\"day\": \"sunday\"", "the JSON")
                && Expect.Equal(back.CheckIns[0].Time, new TimeOnly(19, 30), "check-in time")
                && Expect.Equal(back.ReviewOn, new DateOnly(2026, 5, 1), "review date")
                && Expect.True(back.Validate().IsValid, "valid after the round trip");
        });

        run.Check("validation reports every problem of an empty escalation plan", () =>
        {
            var problems = new EscalationPlan { Strategy = 0, WhatIWillDo = "" }.Validate().Problems;
            return Expect.Equal(string.Join(",", problems.Select(p => p.Path)), "triggers,strategy,whatIWillDo", "problem paths");
        });

        run.Check("the ledger renders escaped Markdown with culture-aware percentages", () =>
        {
            var markdown = (Ledger() with { FirstPartnerName = "Sam | *admin*" }).ToMarkdown(CultureInfo.InvariantCulture);
            return Expect.Contains(markdown, @"Sam \| \*admin\*", "escaped name")
                && Expect.Contains(markdown, "| All tasks | 100 % / 0 % |", "invariant percentages");
        });

        run.Check("the one-week trial becomes a valid one-week experiment plan", () =>
        {
            var plan = Ledger().ToExperimentPlan();
            return Expect.True(plan.Validate().IsValid, "valid plan")
                && Expect.Equal(plan.DurationWeeks, 1, "duration")
                && Expect.Equal(plan.Practices.Single().Description, "Alex does: Laundry", "micro-practice");
        });
    }

    private static TaskFairnessLedger Ledger() => new()
    {
        FirstPartnerName = "Sam",
        SecondPartnerName = "Alex",
        Tasks = [new() { Name = "Laundry", Kind = TaskKind.Household, Conception = Carrier.FirstPartner, Planning = Carrier.FirstPartner, Doing = Carrier.FirstPartner }],
        Trial = new()
        {
            Moves = [new() { Task = "Laundry", Role = TaskRole.Doing, To = Carrier.SecondPartner }],
            Measure = new() { Kind = MeasureKind.Rating, Description = "How fair the week felt", Baseline = 3, Target = 7 },
        },
    };
}
