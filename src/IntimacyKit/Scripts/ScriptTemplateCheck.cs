using System.Collections.Immutable;

namespace IntimacyKit.Scripts;

/// <summary>What <see cref="CustomScript.Check(string)"/> found in a script's source.</summary>
/// <param name="Placeholders">The names of the values the script uses, in order of first use.</param>
/// <param name="Problems">Every problem, with line and column; empty when the script can be used.</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ScriptTemplateCheck(ImmutableArray<string> Placeholders, ImmutableArray<ScriptTemplateProblem> Problems)
{
    /// <summary>Gets a value indicating whether the script can be used.</summary>
    public bool IsValid => Problems.IsEmpty;
}
