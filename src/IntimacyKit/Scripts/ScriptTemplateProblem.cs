namespace IntimacyKit.Scripts;

/// <summary>One thing wrong with a script template's source, with where it is.</summary>
/// <param name="Line">The 1-based line of the problem.</param>
/// <param name="Column">The 1-based column of the problem.</param>
/// <param name="Code">
/// A stable code: <c>syntax-error</c> for source Scriban cannot parse, <c>not-allowed</c> for a construct a short
/// script never needs (loops, functions, assignments, bit shifts, very large literals, includes, <c>object</c>,
/// <c>regex</c>, <c>date</c>, <c>timespan</c>), <c>unknown-function</c> for a builtin function that does not exist (such as
/// <c>string.repeat</c>), <c>too-long</c> for a custom script longer than <see cref="CustomScript.MaxSourceLength"/>.
/// </param>
/// <param name="Message">A plain explanation, in English.</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ScriptTemplateProblem(int Line, int Column, string Code, string Message)
{
    /// <summary>Returns the problem as <c>(line,column): message (code)</c>.</summary>
    /// <returns>A one-line description of the problem.</returns>
    public override string ToString() => $"({Line},{Column}): {Message} ({Code})";
}
