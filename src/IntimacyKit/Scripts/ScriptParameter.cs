namespace IntimacyKit.Scripts;

/// <summary>One blank of a <see cref="ScriptTemplate"/> that a person fills with their own words.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ScriptParameter
{
    /// <summary>Gets the name the template uses for the value: lower snake_case, such as <c>return_time</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets what the value is, in words a person understands.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the kind of value, which decides how it is checked and formatted.</summary>
    public required ScriptParameterKind Kind { get; init; }

    /// <summary>Gets a value indicating whether the value may be left out; then <see cref="Default"/> is used, or nothing.</summary>
    public bool IsOptional { get; init; }

    /// <summary>
    /// Gets the value used when an optional parameter is left out, in invariant form: text as it is, a duration as
    /// <c>00:30:00</c>, a clock time as <c>19:30</c>, a day as <c>Saturday</c>; <see langword="null"/> for none.
    /// </summary>
    public string? Default { get; init; }

    /// <summary>Gets an example value in the same invariant form, to show a person what fits.</summary>
    public required string Example { get; init; }
}
