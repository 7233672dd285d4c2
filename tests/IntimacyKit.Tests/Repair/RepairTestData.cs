using IntimacyKit.Repair;

namespace IntimacyKit.Tests.Repair;

/// <summary>Shared examples for the repair tests.</summary>
internal static class RepairTestData
{
    public static readonly DateOnly Monday = new(2026, 12, 7);

    public static RepairPlan Plan => new()
    {
        Rupture = "I cancelled our Friday plans again.",
        Acknowledgement = "cancelled our plans at the last minute again",
        Remorse = "how let down you must have felt",
        Change = "tell you by Thursday evening if my weekend plans change",
        ChangeStartsOn = Monday,
        ReparativeAct = "cook dinner for us on Saturday",
        FollowUpOn = Monday.AddDays(13),
    };

    public static RepairRequest Request => new()
    {
        Rupture = "The Friday cancellations.",
        WhatToChange = "tell me by Thursday evening if the weekend plans change",
        HowIWillKnow = "no Friday cancellations for the next month",
        Boundary = "if it happens again, I will make my own plans for that weekend",
        ReviewOn = Monday.AddDays(28),
    };
}

/// <summary>A clock fixed at one instant, for tests of "today".</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
