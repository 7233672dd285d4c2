using IntimacyKit.Exercises;

namespace IntimacyKit.Safety;

/// <summary>An item a <see cref="SafeCatalogView"/> withholds, and why.</summary>
/// <param name="Id">
/// The id of the exercise, practice, script template or toolbox item; for an antidote or a circuit breaker, which have
/// no id of their own, the id of the pattern or dance it belongs to.
/// </param>
/// <param name="Title">Its title or name; for an antidote or a circuit breaker, its text.</param>
/// <param name="PartnerInvolvement">What it asks of a person with their partner, which is why it is withheld.</param>
/// <param name="Reason">A plain, non-judgmental reason an app can show.</param>
/// <param name="Kind">What kind of item it is.</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record WithheldItem(string Id, string Title, PartnerInvolvement PartnerInvolvement, string Reason, WithheldItemKind Kind);
