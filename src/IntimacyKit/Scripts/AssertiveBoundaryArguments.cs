namespace IntimacyKit.Scripts;

/// <summary>Values for the assertive boundary (chapter 4): <c>I can't do the school run right now. I'm available on Saturday at 10:00 AM.</c></summary>
/// <param name="Task">What you cannot do right now, such as <c>the school run</c>.</param>
/// <param name="AvailableDay">The day you are available instead.</param>
public sealed record AssertiveBoundaryArguments(string Task, DayOfWeek AvailableDay) : ScriptArguments
{
    /// <summary>The id of the template these values fill: <c>assertive-boundary-script</c></summary>
    public const string Id = "assertive-boundary-script";

    /// <inheritdoc/>
    public override string TemplateId => Id;

    /// <summary>Gets the time you are available that day, or <see langword="null"/> to name the day only.</summary>
    public TimeOnly? AvailableTime { get; init; }

    internal override object? GetValue(string name) => name switch
    {
        "task" => Task,
        "available_day" => AvailableDay,
        "available_time" => AvailableTime,
        _ => null,
    };
}
