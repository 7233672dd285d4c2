namespace IntimacyKit.Scripts;

/// <summary>Values for the "I feel... when..." statement that replaces a "You always..." (chapter 2): <c>I feel lonely when we eat in front of the TV.</c></summary>
/// <param name="Feeling">The feeling, such as <c>lonely</c>.</param>
/// <param name="Behaviour">The specific behaviour, such as <c>we eat in front of the TV</c>.</param>
public sealed record FeelingStatementArguments(string Feeling, string Behaviour) : ScriptArguments
{
    /// <summary>The id of the template these values fill: <c>feeling-statement-script</c></summary>
    public const string Id = "feeling-statement-script";

    /// <inheritdoc/>
    public override string TemplateId => Id;

    internal override object? GetValue(string name) => name switch
    {
        "feeling" => Feeling,
        "behaviour" => Behaviour,
        _ => null,
    };
}
