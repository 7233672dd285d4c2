using System.Collections.Immutable;

namespace IntimacyKit.Scripts;

/// <summary>
/// Something to point out about a value given for a script that still renders: the person's words are used as they are,
/// but an app may show the warning and its <see cref="Alternatives"/> before the person says the script. Returned by
/// <see cref="ScriptRenderer.Check(ScriptArguments, System.Globalization.CultureInfo?)"/>.
/// </summary>
/// <param name="Parameter">The name of the parameter the value was given for, such as <c>feeling</c>.</param>
/// <param name="Code">
/// A stable, lower-kebab-case code. <c>not-a-feeling</c>: the value of a feeling parameter is a thought ("that you
/// don't care", "like you…") or a faux feeling that accuses ("abandoned", "ignored") rather than a feeling.
/// </param>
/// <param name="Message">A plain explanation, in English, that names the words and says why, with the alternatives.</param>
/// <param name="Alternatives">Words the person could use instead, such as the feelings that often sit beneath a faux feeling.</param>
/// <remarks>Instances are immutable and thread-safe. Record equality compares <see cref="Alternatives"/> by reference.</remarks>
public sealed record ScriptWarning(string Parameter, string Code, string Message, ImmutableArray<string> Alternatives)
{
    /// <summary>The code of a feeling parameter whose value is a thought or an accusation rather than a feeling.</summary>
    public const string NotAFeeling = "not-a-feeling";

    /// <summary>Returns the warning as <c>parameter: message (code)</c>.</summary>
    /// <returns>A one-line description of the warning.</returns>
    public override string ToString() => $"{Parameter}: {Message} ({Code})";
}
