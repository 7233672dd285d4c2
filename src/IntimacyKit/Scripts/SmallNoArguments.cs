namespace IntimacyKit.Scripts;

/// <summary>Values for the small "no" for over-giving (chapter 4): a brief, assertive answer to a request you would usually meet automatically.</summary>
/// <param name="Request">What you are declining, such as <c>host the family dinner</c>.</param>
public sealed record SmallNoArguments(string Request) : ScriptArguments
{
    /// <summary>The id of the template these values fill: <c>small-no-script</c></summary>
    public const string Id = "small-no-script";

    /// <inheritdoc/>
    public override string TemplateId => Id;

    /// <summary>Gets what you can offer instead, or <see langword="null"/> for a plain no.</summary>
    public string? Alternative { get; init; }

    internal override object? GetValue(string name) => name switch
    {
        "request" => Request,
        "alternative" => Alternative,
        _ => null,
    };
}
