namespace IntimacyKit.Scripts;

/// <summary>
/// Typed values for one built-in script, such as <see cref="HonestyFormulaArguments"/>: a duration is a
/// <see cref="TimeSpan"/>, a return time a <see cref="TimeOnly"/>, so a value of the wrong kind does not compile.
/// Render them with <see cref="ScriptRenderer.Render(ScriptArguments, System.Globalization.CultureInfo?, CancellationToken)"/>.
/// </summary>
/// <remarks>
/// Each built-in script has one argument type. Scripts of an app's own content pack are rendered with a
/// name-to-value map instead. Instances are immutable and thread-safe.
/// </remarks>
public abstract record ScriptArguments
{
    private protected ScriptArguments()
    {
    }

    /// <summary>Gets the id of the <see cref="ScriptTemplate"/> these values fill.</summary>
    public abstract string TemplateId { get; }

    /// <summary>Gets the value for one of the template's parameters, or <see langword="null"/> for an optional value left out.</summary>
    internal abstract object? GetValue(string name);
}
