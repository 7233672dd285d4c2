namespace IntimacyKit.Scripts;

/// <summary>Values for the defusing line (chapter 5): <c>I'm getting overwhelmed - can we pause and come back to this?</c></summary>
public sealed record DefusingLineArguments : ScriptArguments
{
    /// <summary>The id of the template these values fill: <c>defusing-line-script</c></summary>
    public const string Id = "defusing-line-script";

    /// <inheritdoc/>
    public override string TemplateId => Id;

    /// <summary>Gets the feeling to name, or <see langword="null"/> for <c>overwhelmed</c></summary>
    public string? Feeling { get; init; }

    internal override object? GetValue(string name) => name switch
    {
        "feeling" => Feeling,
        _ => null,
    };
}
