namespace IntimacyKit.Scripts;

/// <summary>Values for the de-escalation script (chapter 5): <c>I'm getting overwhelmed. I want to continue, but I need a short break. Can we pause and return in 30 minutes?</c></summary>
public sealed record DeEscalationArguments : ScriptArguments
{
    /// <summary>The id of the template these values fill: <c>de-escalation-script</c></summary>
    public const string Id = "de-escalation-script";

    /// <inheritdoc/>
    public override string TemplateId => Id;

    /// <summary>Gets how long a pause to ask for, or <see langword="null"/> for the script's 30 minutes.</summary>
    public TimeSpan? PauseLength { get; init; }

    internal override object? GetValue(string name) => name switch
    {
        "pause_length" => PauseLength,
        _ => null,
    };
}
