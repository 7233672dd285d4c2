using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace IntimacyKit.Scripts;

/// <summary>
/// The values given for a script do not fit it: a required value is missing, a value has no blank to go in, or a
/// value is of the wrong kind, empty or too long. <see cref="Problems"/> lists every problem at once; each
/// problem's path is the parameter's name.
/// </summary>
public sealed class ScriptArgumentException : IntimacyKitException
{
    internal ScriptArgumentException(string templateId, ImmutableArray<ValidationProblem> problems)
        : base(Describe(templateId, problems))
    {
        TemplateId = templateId;
        Problems = problems;
    }

    /// <summary>Gets the id of the template, or <c>(custom)</c> for a custom script.</summary>
    public string TemplateId { get; }

    /// <summary>Gets every problem, in the order of the template's parameters, then the unknown values.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    private static string Describe(string templateId, ImmutableArray<ValidationProblem> problems)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"The values for script '{templateId}' have {problems.Length} problem{(problems.Length == 1 ? "" : "s")}:");
        foreach (var problem in problems)
        {
            text.AppendLine().Append("  ").Append(problem);
        }

        return text.ToString();
    }
}
