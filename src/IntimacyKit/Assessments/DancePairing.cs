using IntimacyKit.Patterns;

namespace IntimacyKit.Assessments;

/// <summary>A dance two partners' default responses may form, and the role each of them would tend to play in it.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record DancePairing
{
    /// <summary>Gets the dance, such as pursuer–distancer.</summary>
    public required Dance Dance { get; init; }

    /// <summary>Gets the role the first partner's default fits.</summary>
    public required DanceRole FirstPartnerRole { get; init; }

    /// <summary>Gets the role the second partner's default fits.</summary>
    public required DanceRole SecondPartnerRole { get; init; }
}
