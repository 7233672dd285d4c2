namespace IntimacyKit.Scripts;

/// <summary>Values for the honesty formula (chapter 6): <c>I feel hurt when plans change at the last minute; I'd like a heads-up the day before.</c></summary>
/// <param name="Feeling">The feeling, such as <c>hurt</c>.</param>
/// <param name="Behaviour">The specific behaviour, such as <c>plans change at the last minute</c>.</param>
/// <param name="Request">The concrete request, such as <c>a heads-up the day before</c>.</param>
public sealed record HonestyFormulaArguments(string Feeling, string Behaviour, string Request) : ScriptArguments
{
    /// <summary>The id of the template these values fill: <c>honesty-formula-script</c></summary>
    public const string Id = "honesty-formula-script";

    /// <inheritdoc/>
    public override string TemplateId => Id;

    internal override object? GetValue(string name) => name switch
    {
        "feeling" => Feeling,
        "behaviour" => Behaviour,
        "request" => Request,
        _ => null,
    };
}
