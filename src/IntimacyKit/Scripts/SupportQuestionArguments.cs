namespace IntimacyKit.Scripts;

/// <summary>Values for the support question for a partner under stress (chapter 9): <c>What would help me support you this week?</c></summary>
public sealed record SupportQuestionArguments : ScriptArguments
{
    /// <summary>The id of the template these values fill: <c>support-question-script</c></summary>
    public const string Id = "support-question-script";

    /// <inheritdoc/>
    public override string TemplateId => Id;

    /// <summary>Gets the time the question is about, or <see langword="null"/> for <c>this week</c></summary>
    public string? Timeframe { get; init; }

    internal override object? GetValue(string name) => name switch
    {
        "timeframe" => Timeframe,
        _ => null,
    };
}
