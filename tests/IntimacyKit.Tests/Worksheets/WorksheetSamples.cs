using IntimacyKit.Experiments;
using IntimacyKit.Worksheets;

namespace IntimacyKit.Tests.Worksheets;

/// <summary>One complete, valid example of each worksheet, as a couple might fill it in.</summary>
internal static class WorksheetSamples
{
    public static ConflictChart Chart { get; } = new()
    {
        Rows =
        [
            new() { Conflict = "Who does the evening dishes", Moves = "I criticise; Sam goes quiet and leaves the room." },
            new() { Conflict = "Visiting my parents", Moves = "Sam pushes for a date; I say I'm too busy." },
        ],
    };

    public static FamilyPatternMap Map { get; } = new()
    {
        Pattern = "I go silent when we disagree about money.",
        FamilyRoles =
        [
            new() { Person = "My father", Role = "Went quiet for days after every argument." },
            new() { Person = "My mother", Role = "Smoothed things over and kept the peace." },
        ],
        OriginStory = "At home, saying nothing kept the evening calm.",
        ShowsUpNow = "When Sam raises the budget, I change the subject; Sam pushes harder.",
        NewPractice = "Say \"I need ten minutes, then I'll come back to it\" and come back.",
    };

    public static EscalationPlan Plan { get; } = new()
    {
        Triggers = ["Being interrupted", "Talking about money after 10 pm"],
        Strategy = DeEscalationStrategy.Pause,
        WhatIWillDo = "Say: I'm getting overwhelmed; can we pause and come back to this?",
        ReturnAfterMinutes = 30,
        EscalatingPhrase = "Why do you always do this?",
        CalmerQuestion = "What happened for you just then?",
    };

    public static TaskFairnessLedger Ledger { get; } = new()
    {
        FirstPartnerName = "Sam",
        SecondPartnerName = "Alex",
        Tasks =
        [
            new() { Name = "Weeknight dinners", Kind = TaskKind.Household, Conception = Carrier.FirstPartner, Planning = Carrier.FirstPartner, Doing = Carrier.Both },
            new() { Name = "Laundry", Kind = TaskKind.Household, Conception = Carrier.FirstPartner, Planning = Carrier.SecondPartner, Doing = Carrier.SecondPartner },
            new() { Name = "Family birthdays", Kind = TaskKind.Emotional, Conception = Carrier.FirstPartner, Planning = Carrier.FirstPartner, Doing = Carrier.FirstPartner },
            new() { Name = "Holiday plans", Kind = TaskKind.DecisionMaking, Conception = Carrier.SecondPartner, Planning = Carrier.Both, Doing = Carrier.Both },
        ],
        Trial = new()
        {
            Moves =
            [
                new() { Task = "Weeknight dinners", Role = TaskRole.Conception, To = Carrier.SecondPartner, TimesPerWeek = 5 },
                new() { Task = "family birthdays", Role = TaskRole.Planning, To = Carrier.SecondPartner },
            ],
            StartsOn = new DateOnly(2026, 3, 2),
            Measure = new() { Kind = MeasureKind.Rating, Description = "How fair the week felt to both of us", Baseline = 4, Target = 7 },
        },
    };

    public static CrisisSupportPlan Crisis { get; } = new()
    {
        FirstPartnerName = "Sam",
        SecondPartnerName = "Alex",
        Situation = "Alex's knee surgery and the six weeks of recovery after it.",
        PracticalNeeds =
        [
            new() { Need = "Drive to physiotherapy on Tuesdays", DoneBy = Carrier.FirstPartner },
            new() { Need = "Cook on weeknights", DoneBy = Carrier.FirstPartner, Helper = "Sam's sister on Thursdays" },
            new() { Need = "Walk the dog", Helper = "The neighbour's son" },
        ],
        CheckIns =
        [
            new() { Day = DayOfWeek.Sunday, Time = new TimeOnly(19, 30), Focus = "What is hardest this week, and what should change in the plan." },
            new() { Focus = "A two-minute \"how are you really?\" at breakfast." },
        ],
        FirstPartnerSupport = "Tell me when I'm hovering; thank me now and then.",
        SecondPartnerSupport = "Ask before helping; let me do what I still can.",
        ReviewOn = new DateOnly(2026, 4, 12),
    };

    public static IEnumerable<Worksheet> All => [Chart, Map, Plan, Ledger, Crisis];

    public static TheoryData<string> Names => ["chart", "map", "plan", "ledger", "crisis"];

    public static Worksheet ByName(string name) => name switch
    {
        "chart" => Chart,
        "map" => Map,
        "plan" => Plan,
        "ledger" => Ledger,
        "crisis" => Crisis,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
