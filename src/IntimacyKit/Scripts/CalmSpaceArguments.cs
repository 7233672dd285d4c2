namespace IntimacyKit.Scripts;

/// <summary>Values for the 15 to 30 second calm-space script (chapter 3): it names the feeling, asks for a short break and gives a time to reconnect.</summary>
/// <param name="Feeling">The feeling to name, such as <c>flooded</c>.</param>
/// <param name="BreakLength">How long a break to ask for.</param>
/// <param name="ReconnectTime">When you will reconnect.</param>
public sealed record CalmSpaceArguments(string Feeling, TimeSpan BreakLength, TimeOnly ReconnectTime) : ScriptArguments
{
    /// <summary>The id of the template these values fill: <c>calm-space-script</c></summary>
    public const string Id = "calm-space-script";

    /// <inheritdoc/>
    public override string TemplateId => Id;

    internal override object? GetValue(string name) => name switch
    {
        "feeling" => Feeling,
        "break_length" => BreakLength,
        "reconnect_time" => ReconnectTime,
        _ => null,
    };
}
