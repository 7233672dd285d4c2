namespace IntimacyKit.Exercises;

/// <summary>
/// Something the catalog offers that may ask a person to do something with their partner: an exercise, a practice,
/// a script template, a toolbox item, an antidote or a circuit breaker. It says what it asks, so that the
/// <see cref="Safety.SafeCatalogView"/> can withhold it where there are signs of danger, and it carries a short
/// safety note for the app to show next to it.
/// </summary>
/// <remarks>
/// Every item of a catalog whose <see cref="PartnerInvolvement"/> is not <see cref="Exercises.PartnerInvolvement.None"/>
/// has a non-blank <see cref="SafetyNote"/>: <see cref="IntimacyCatalog.WithContentPack(ContentPack)"/> refuses a pack
/// that leaves one out.
/// </remarks>
public interface IPartnerInvolving
{
    /// <summary>Gets what the item asks a person to do with their partner; <see cref="Exercises.PartnerInvolvement.None"/> for reflection and self-care.</summary>
    PartnerInvolvement PartnerInvolvement { get; }

    /// <summary>
    /// Gets a short, plain note to show next to the item, such as
    /// <c>If raising this could put you in danger, skip it: your safety comes first.</c>;
    /// never blank when <see cref="PartnerInvolvement"/> is not <see cref="Exercises.PartnerInvolvement.None"/>,
    /// and usually <see langword="null"/> when it is.
    /// </summary>
    string? SafetyNote { get; }
}
