namespace IntimacyKit.Tests.Experiments;

/// <summary>A <see cref="TimeProvider"/> whose day the test sets, in UTC.</summary>
internal sealed class ManualClock(DateOnly today) : TimeProvider
{
    public DateOnly Today { get; set; } = today;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => new(Today.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero);

    public ManualClock Advance(int days)
    {
        Today = Today.AddDays(days);
        return this;
    }
}
