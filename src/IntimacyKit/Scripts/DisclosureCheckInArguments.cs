namespace IntimacyKit.Scripts;

/// <summary>Values for the check-in after a difficult disclosure (chapter 6): it asks what the other person heard, so you know the message landed as meant.</summary>
public sealed record DisclosureCheckInArguments : ScriptArguments
{
    /// <summary>The id of the template these values fill: <c>disclosure-check-in-script</c></summary>
    public const string Id = "disclosure-check-in-script";

    /// <inheritdoc/>
    public override string TemplateId => Id;

    /// <summary>Gets what you shared, such as <c>my job</c>, or <see langword="null"/> to leave it unnamed.</summary>
    public string? Topic { get; init; }

    internal override object? GetValue(string name) => name switch
    {
        "topic" => Topic,
        _ => null,
    };
}
