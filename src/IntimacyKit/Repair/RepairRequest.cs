namespace IntimacyKit.Repair;

/// <summary>
/// A repair request from the person who was hurt: what they need to see done differently, how they will know it is
/// happening, and their boundary (after Harriet Lerner, <i>The Dance of Intimacy</i>, chapter 8: when wronged, ask for
/// specifics, and set your own standard for repair). Check it with <see cref="Validate"/>.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. JSON members this version does not know are kept in
/// <see cref="UserDocument.AdditionalProperties"/> so that they survive a round trip.
/// </remarks>
public sealed record RepairRequest : UserDocument
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>
    /// Gets the schema version of the document; <see cref="CurrentSchemaVersion"/> for new requests.
    /// A document that leaves it out (or gives 0) is read as the current version.
    /// </summary>
    public int SchemaVersion { get; init => field = value == 0 ? CurrentSchemaVersion : value; } = CurrentSchemaVersion;

    /// <summary>Gets the rupture, in the requester's own words, or <see langword="null"/>.</summary>
    public string? Rupture { get; init; }

    /// <summary>Gets what they need to see done differently, such as <c>tell me by Thursday if the weekend plans change</c>; it must name a concrete action.</summary>
    public required string WhatToChange { get; init; }

    /// <summary>Gets how they will know the change is happening, such as <c>no more Friday-night cancellations for a month</c>.</summary>
    public required string HowIWillKnow { get; init; }

    /// <summary>Gets their boundary: what they will do if it happens again, such as <c>I will make my own plans for that weekend</c>.</summary>
    public required string Boundary { get; init; }

    /// <summary>Gets the day they will look again at whether the change is happening, or <see langword="null"/>.</summary>
    public DateOnly? ReviewOn { get; init; }

    /// <summary>
    /// Checks the request and returns every problem at once: a member left blank (<c>required</c>), text over 4,000
    /// characters (<c>too-long</c>), and a change asked for with no concrete action, such as "be more considerate"
    /// (<c>vague-request</c>).
    /// </summary>
    /// <returns>The result; never throws, whatever the request holds.</returns>
    public ValidationResult Validate()
    {
        var problems = new List<ValidationProblem>();
        RepairValidation.SchemaVersion(problems, SchemaVersion, CurrentSchemaVersion);
        RepairValidation.Text(problems, "rupture", "The rupture", Rupture, required: false);
        if (RepairValidation.Text(problems, "whatToChange", "What you need to see done differently", WhatToChange, required: true))
        {
            RepairValidation.Concrete(problems, "whatToChange", "vague-request", WhatToChange);
        }

        RepairValidation.Text(problems, "howIWillKnow", "How you will know", HowIWillKnow, required: true);
        RepairValidation.Text(problems, "boundary", "Your boundary", Boundary, required: true);
        return ValidationResult.FromProblems(Serialization.StrictJson.With(problems, this));
    }
}
