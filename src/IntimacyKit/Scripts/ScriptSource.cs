using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IntimacyKit.Scripts;

/// <summary>
/// A script template's Scriban source, parsed once and checked: the placeholders it uses, and every construct a
/// short script never needs, reported with line and column. A parsed source is immutable and safe to share.
/// </summary>
internal sealed class ScriptSource
{
    /// <summary>Builtins the renderer keeps. Everything else Scriban offers is removed and rejected here.</summary>
    public static readonly ImmutableHashSet<string> KeptBuiltins = ["array", "blank", "empty", "html", "math", "string"];

    /// <summary>The most syntax errors reported for one source: after a first mistake, Scriban's errors cascade.</summary>
    private const int MaxSyntaxErrors = 10;

    private const int MaxLiteralLength = 1000;

    /// <summary>Builtin functions removed because their output changes from render to render.</summary>
    private static readonly (string Builtin, string Function)[] s_nondeterministic = [("math", "random"), ("math", "uuid")];

    private static readonly ImmutableHashSet<string> s_removedBuiltins = ["date", "include", "include_join", "object", "regex", "timespan"];

    /// <summary>
    /// The builtins every render shares: Scriban's defaults less the removed ones, frozen all the way down so that no
    /// template can add or change a member another render would see.
    /// </summary>
    public static ScriptObject Builtins { get; } = CreateBuiltins();

    private ScriptSource(Template template, ImmutableArray<string> placeholders, ImmutableArray<ScriptTemplateProblem> problems)
    {
        Template = template;
        Placeholders = placeholders;
        Problems = problems;
    }

    public Template Template { get; }

    /// <summary>The names of the values the source uses, in order of first use.</summary>
    public ImmutableArray<string> Placeholders { get; }

    public ImmutableArray<ScriptTemplateProblem> Problems { get; }

    public bool IsValid => Problems.IsEmpty;

    private static readonly ConditionalWeakTable<ScriptTemplate, ScriptSource> s_parsed = new();

    /// <summary>The parsed source of a catalog template, parsed once per template instance and shared.</summary>
    public static ScriptSource For(ScriptTemplate template) => s_parsed.GetValue(template, t => Parse(t.Source));

    /// <summary>A source rejected before parsing, such as one that is too long.</summary>
    public static ScriptSource Rejected(ScriptTemplateProblem problem) => new(Template.Parse(""), [], [problem]);

    public static ScriptSource Parse(string text)
    {
        var template = Template.Parse(text, parserOptions: new ParserOptions { ExpressionDepthLimit = 50 });
        if (template.HasErrors)
        {
            var syntax = template.Messages
                .Where(m => m.Type == ParserMessageType.Error)
                .Take(MaxSyntaxErrors)
                .Select(m => new ScriptTemplateProblem(Math.Max(1, m.Span.Start.Line + 1), Math.Max(1, m.Span.Start.Column + 1), "syntax-error", m.Message))
                .ToImmutableArray();
            return new ScriptSource(template, [], syntax);
        }

        var walker = new Walker();
        walker.Walk(template.Page);
        return new ScriptSource(template, [.. walker.Placeholders], [.. walker.Problems]);
    }

    private sealed class Walker
    {
        public List<string> Placeholders { get; } = [];

        public List<ScriptTemplateProblem> Problems { get; } = [];

        public void Walk(ScriptNode? node)
        {
            if (node is null)
            {
                return;
            }

            if (Forbidden(node) is { } what)
            {
                Reject(node, $"{what} are not allowed in a short script.");
                return;
            }

            switch (node)
            {
                case ScriptMemberExpression member:
                    // Only the root of a member chain (string.upcase) names a value or a builtin.
                    if (member is { Target: ScriptVariableGlobal root, Member: { } function }
                        && KeptBuiltins.Contains(root.Name)
                        && Builtins[root.Name] is ScriptObject functions
                        && !functions.ContainsKey(function.Name))
                    {
                        Problems.Add(Problem(member, "unknown-function", $"'{root.Name}.{function.Name}' is not a function Scriban offers."));
                    }

                    Walk(member.Target);
                    return;
                case ScriptVariableGlobal variable:
                    Variable(variable);
                    return;
                case ScriptVariable local:
                    Reject(local, $"Local variables such as '{local}' are not allowed in a short script.");
                    return;
            }

            foreach (var child in node.Children)
            {
                Walk(child);
            }
        }

        private static string? Forbidden(ScriptNode node) => node switch
        {
            ScriptForStatement or ScriptWhileStatement or ScriptTableRowStatement => "Loops",
            ScriptBreakStatement or ScriptContinueStatement => "Loop controls",
            ScriptFunction or ScriptAnonymousFunction or ScriptReturnStatement => "Function definitions",
            ScriptAssignExpression or ScriptIncrementDecrementExpression or ScriptCaptureStatement => "Assignments",
            ScriptWithStatement or ScriptWrapStatement or ScriptImportStatement or ScriptReadOnlyStatement => "'with', 'wrap', 'import' and 'readonly' blocks",
            ScriptThisExpression => "References to 'this'",
            ScriptObjectInitializerExpression or ScriptArrayInitializerExpression => "Object and array literals",

            // 1 << 1048576 builds a million-bit integer whose conversion to text takes seconds and cannot be interrupted.
            ScriptBinaryExpression { Operator: ScriptBinaryOperator.ShiftLeft or ScriptBinaryOperator.ShiftRight } => "Bit shifts",
            ScriptLiteral { Value: System.Numerics.BigInteger } => "Numbers this large",
            ScriptLiteral { Value: string { Length: > MaxLiteralLength } } => "Text literals this long",
            _ => null,
        };

        private void Variable(ScriptVariableGlobal variable)
        {
            var name = variable.Name;
            if (s_removedBuiltins.Contains(name))
            {
                Reject(variable, $"The '{name}' builtin is not available in a short script.");
            }
            else if (!KeptBuiltins.Contains(name) && !Placeholders.Contains(name, StringComparer.Ordinal))
            {
                Placeholders.Add(name);
            }
        }

        private void Reject(ScriptNode node, string message) => Problems.Add(Problem(node, "not-allowed", message));

        private static ScriptTemplateProblem Problem(ScriptNode node, string code, string message) =>
            new(Math.Max(1, node.Span.Start.Line + 1), Math.Max(1, node.Span.Start.Column + 1), code, message);
    }

    private static ScriptObject CreateBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        foreach (var name in builtins.Keys.ToList())
        {
            if (!KeptBuiltins.Contains(name))
            {
                builtins.Remove(name);
            }
        }

        foreach (var (builtin, function) in s_nondeterministic)
        {
            (builtins[builtin] as ScriptObject)?.Remove(function);
        }

        Freeze(builtins);
        return builtins;

        static void Freeze(ScriptObject scriptObject)
        {
            scriptObject.IsReadOnly = true;
            foreach (var (_, value) in scriptObject)
            {
                if (value is ScriptObject child && !child.IsReadOnly)
                {
                    Freeze(child);
                }
            }
        }
    }
}
