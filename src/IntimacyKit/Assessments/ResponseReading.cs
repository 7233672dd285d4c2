using IntimacyKit.Patterns;

namespace IntimacyKit.Assessments;

/// <summary>How a <see cref="Questionnaire"/> names one response when it is a person's default: plainly and without judgment.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ResponseReading
{
    /// <summary>Gets the response this reading describes.</summary>
    public required AnxietyResponse Response { get; init; }

    /// <summary>Gets a short, neutral name for the response, such as <c>moving away</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets two or three sentences, addressed to the person, about what they tend to do under stress.</summary>
    public required string UnderStress { get; init; }
}
