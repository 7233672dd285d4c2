namespace IntimacyKit.Scripts;

/// <summary>Values for the bridge sentence for withdrawal (chapter 3): <c>I need about 20 minutes to collect myself; I care about this and I'll come back to it at 7:30 PM.</c></summary>
/// <param name="BreakLength">How long a break you need, such as 20 minutes.</param>
/// <param name="ReturnTime">When you will come back to the conversation.</param>
public sealed record BridgeSentenceArguments(TimeSpan BreakLength, TimeOnly ReturnTime) : ScriptArguments
{
    /// <summary>The id of the template these values fill: <c>bridge-sentence-script</c></summary>
    public const string Id = "bridge-sentence-script";

    /// <inheritdoc/>
    public override string TemplateId => Id;

    internal override object? GetValue(string name) => name switch
    {
        "break_length" => BreakLength,
        "return_time" => ReturnTime,
        _ => null,
    };
}
