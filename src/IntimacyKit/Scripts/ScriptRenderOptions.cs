using System.Globalization;

namespace IntimacyKit.Scripts;

/// <summary>
/// Limits and formatting for a <see cref="ScriptRenderer"/>. The defaults suit short conversation scripts; a
/// template that goes past a limit fails with a <see cref="ScriptRenderException"/> instead of running on.
/// </summary>
/// <remarks>
/// Options are read when the renderer is created; changing them afterwards does not affect that renderer.
/// This class is the one mutable type of the package, so set it up before sharing it.
/// </remarks>
public sealed class ScriptRenderOptions
{
    /// <summary>Gets or sets the longest rendered script, in characters. Defaults to 4,096.</summary>
    public int MaxOutputLength { get; set; } = 4096;

    /// <summary>Gets or sets the longest string a template may build while rendering, in characters. Defaults to 4,096.</summary>
    public int MaxStringLength { get; set; } = 4096;

    /// <summary>
    /// Gets or sets the longest text value a person may supply for one blank, in characters. Defaults to 500; a value
    /// is never allowed to be longer than <see cref="MaxStringLength"/> either.
    /// </summary>
    public int MaxValueLength { get; set; } = 500;

    /// <summary>Gets or sets the most loop steps a template may take, counting the builtins' own iteration. Defaults to 100.</summary>
    public int LoopLimit { get; set; } = 100;

    /// <summary>Gets or sets the deepest recursion a template may reach. Defaults to 10.</summary>
    public int RecursionLimit { get; set; } = 10;

    /// <summary>Gets or sets the longest one regular expression in a builtin may run. Defaults to 50 milliseconds.</summary>
    public TimeSpan RegexTimeout { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Gets or sets the wall-clock time a custom script may take to render before it is stopped. Defaults to
    /// 1 second. Catalog templates are checked when their pack is added and are not timed.
    /// </summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Gets or sets the culture scripts are rendered and checked in when a call passes none: it chooses the template's
    /// language and formats dates, times and durations. Defaults to <see langword="null"/>, for
    /// <see cref="CultureInfo.CurrentCulture"/> at the time of each call.
    /// </summary>
    public CultureInfo? Culture { get; set; }

    /// <summary>
    /// Gets or sets how durations are written for a culture, such as <c>20 minutes</c>, to support languages beyond
    /// the built-in English and Spanish words. Return <see langword="null"/> for a culture it does not handle, and
    /// the built-in words are used (English for languages other than Spanish).
    /// </summary>
    public Func<TimeSpan, CultureInfo, string?>? FormatDuration { get; set; }

    internal ScriptRenderOptions Snapshot() => (ScriptRenderOptions)MemberwiseClone();

    /// <summary>
    /// Checks the options: every length and limit must be at least 1, and the time limits positive. A
    /// <see cref="ScriptRenderer"/> refuses options that are not valid.
    /// </summary>
    /// <returns>Every problem, each with the property's name as its path and the code <c>out-of-range</c>.</returns>
    public ValidationResult Validate()
    {
        var problems = new List<ValidationProblem>();
        AtLeastOne(MaxOutputLength, nameof(MaxOutputLength));
        AtLeastOne(MaxStringLength, nameof(MaxStringLength));
        AtLeastOne(MaxValueLength, nameof(MaxValueLength));
        AtLeastOne(LoopLimit, nameof(LoopLimit));
        AtLeastOne(RecursionLimit, nameof(RecursionLimit));
        Positive(RegexTimeout, nameof(RegexTimeout));
        Positive(TimeBudget, nameof(TimeBudget));
        return ValidationResult.FromProblems(problems);

        void AtLeastOne(int value, string name)
        {
            if (value < 1)
            {
                problems.Add(new(name, "out-of-range", $"{name} must be at least 1."));
            }
        }

        void Positive(TimeSpan value, string name)
        {
            if (value <= TimeSpan.Zero)
            {
                problems.Add(new(name, "out-of-range", $"{name} must be positive."));
            }
        }
    }
}
