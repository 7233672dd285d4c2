using IntimacyKit.Exercises;

namespace IntimacyKit.Safety;

/// <summary>An exercise or script a <see cref="SafeCatalogView"/> withholds, and why.</summary>
/// <param name="Id">The id of the exercise or script template.</param>
/// <param name="Title">Its title.</param>
/// <param name="PartnerInvolvement">What it asks of a person with their partner, which is why it is withheld.</param>
/// <param name="Reason">A plain, non-judgmental reason an app can show.</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record WithheldItem(string Id, string Title, PartnerInvolvement PartnerInvolvement, string Reason);
