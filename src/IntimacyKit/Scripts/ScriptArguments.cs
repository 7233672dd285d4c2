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

    /// <summary>Writes the values under the template's parameter names; optional values left out are not written.</summary>
    internal abstract void WriteTo(IDictionary<string, object?> values);
}
