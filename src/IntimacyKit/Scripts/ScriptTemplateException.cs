using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace IntimacyKit.Scripts;

/// <summary>
/// A custom script's source cannot be used: it does not parse, or it uses a construct a short script never
/// needs. <see cref="Problems"/> lists every problem with its line and column.
/// </summary>
public sealed class ScriptTemplateException : IntimacyKitException
{
    internal ScriptTemplateException(ImmutableArray<ScriptTemplateProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Gets every problem, in source order.</summary>
    public ImmutableArray<ScriptTemplateProblem> Problems { get; }

    private static string Describe(ImmutableArray<ScriptTemplateProblem> problems)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"The script has {problems.Length} problem{(problems.Length == 1 ? "" : "s")}:");
        foreach (var problem in problems)
        {
            text.AppendLine().Append("  ").Append(problem);
        }

        return text.ToString();
    }
}
