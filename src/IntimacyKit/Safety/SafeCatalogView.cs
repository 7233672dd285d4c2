using System.Collections.Immutable;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit.Safety;

/// <summary>
/// The exercises, practices, scripts, toolbox items, antidotes and circuit breakers an app may offer a person after the
/// <see cref="SafetyScreen"/> has read their words. With signs of danger (<see cref="SafetyLevel.Concern"/> or
/// <see cref="SafetyLevel.Urgent"/>), everything that asks a person to confront, accommodate, renegotiate with, repair
/// with or do something together with their partner is withheld, with the reason, and reflection and self-care remain;
/// the app shows <see cref="Resources"/> first.
/// </summary>
/// <remarks>
/// The view decides by each item's <see cref="IPartnerInvolving.PartnerInvolvement"/>. Patterns and dances are not
/// withheld, since they describe rather than ask; get the antidotes and circuit breakers to offer with
/// <see cref="GetAntidotes(PatternDescription)"/> and <see cref="GetCircuitBreakers(Dance)"/>.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class SafeCatalogView
{
    private SafeCatalogView(
        SafetyResult safety,
        ImmutableArray<Exercise> exercises,
        ImmutableArray<Practice> practices,
        ImmutableArray<ScriptTemplate> scripts,
        ImmutableArray<ToolboxItem> toolbox,
        ImmutableArray<WithheldItem> withheld)
    {
        Safety = safety;
        Exercises = exercises;
        Practices = practices;
        Scripts = scripts;
        Toolbox = toolbox;
        Withheld = withheld;
    }

    /// <summary>Gets the safety screen's result the view was made for.</summary>
    public SafetyResult Safety { get; }

    /// <summary>Gets the exercises that may be offered, in catalog order.</summary>
    public ImmutableArray<Exercise> Exercises { get; }

    /// <summary>Gets the practices that may be offered, in catalog order.</summary>
    public ImmutableArray<Practice> Practices { get; }

    /// <summary>Gets the script templates that may be offered, in catalog order.</summary>
    public ImmutableArray<ScriptTemplate> Scripts { get; }

    /// <summary>Gets the toolbox items that may be offered, in catalog order.</summary>
    public ImmutableArray<ToolboxItem> Toolbox { get; }

    /// <summary>
    /// Gets everything withheld, each with its kind and the reason: the catalog's exercises, practices, scripts and
    /// toolbox items, then the antidotes of its patterns and the circuit breakers of its dances; empty when the screen
    /// found nothing.
    /// </summary>
    public ImmutableArray<WithheldItem> Withheld { get; }

    /// <summary>Gets the message and resources to show before anything else, or <see langword="null"/> when the screen found nothing.</summary>
    public SafetyResources? Resources => Safety.Resources;

    /// <summary>Makes the view of a catalog for a safety screen's result.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="safety">What the safety screen found in the person's words.</param>
    /// <returns>The view: the whole catalog when nothing was found; otherwise without the items that involve the partner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="safety"/> is <see langword="null"/>.</exception>
    public static SafeCatalogView For(IntimacyCatalog catalog, SafetyResult safety)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(safety);
        if (safety.Level == SafetyLevel.None)
        {
            return new SafeCatalogView(safety, catalog.Exercises, catalog.Practices, catalog.Scripts, catalog.Toolbox, []);
        }

        var withheld = ImmutableArray.CreateBuilder<WithheldItem>();
        var exercises = Keep(catalog.Exercises, withheld, WithheldItemKind.Exercise, e => e.Id, e => e.Title);
        var practices = Keep(catalog.Practices, withheld, WithheldItemKind.Practice, p => p.Id, p => p.Title);
        var scripts = Keep(catalog.Scripts, withheld, WithheldItemKind.Script, s => s.Id, s => s.Title);
        var toolbox = Keep(catalog.Toolbox, withheld, WithheldItemKind.ToolboxItem, t => t.Id, t => t.Name);
        foreach (var pattern in catalog.Patterns)
        {
            _ = Keep(pattern.Antidotes, withheld, WithheldItemKind.Antidote, _ => pattern.Id, a => a.Text);
        }

        foreach (var dance in catalog.Dances)
        {
            _ = Keep(dance.CircuitBreakers, withheld, WithheldItemKind.CircuitBreaker, _ => dance.Id, c => c.Text);
        }

        return new SafeCatalogView(safety, exercises, practices, scripts, toolbox, withheld.ToImmutable());
    }

    /// <summary>Gets the antidotes of a pattern that may be offered.</summary>
    /// <param name="pattern">The pattern, from this view's catalog or any other.</param>
    /// <returns>All its antidotes when the screen found nothing; otherwise those that ask nothing of the partner, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Antidote> GetAntidotes(PatternDescription pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return Offered(pattern.Antidotes);
    }

    /// <summary>Gets the circuit breakers of a dance that may be offered.</summary>
    /// <param name="dance">The dance, from this view's catalog or any other.</param>
    /// <returns>All its circuit breakers when the screen found nothing; otherwise those that ask nothing of the partner, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dance"/> is <see langword="null"/>.</exception>
    public ImmutableArray<CircuitBreaker> GetCircuitBreakers(Dance dance)
    {
        ArgumentNullException.ThrowIfNull(dance);
        return Offered(dance.CircuitBreakers);
    }

    /// <summary>Tells whether an item may be offered, such as an exercise of an app's own that is not in the catalog.</summary>
    /// <param name="item">The item.</param>
    /// <returns><see langword="true"/> when the screen found nothing or the item asks nothing of the partner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    public bool Offers(IPartnerInvolving item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Safety.Level == SafetyLevel.None || item.PartnerInvolvement == PartnerInvolvement.None;
    }

    private ImmutableArray<T> Offered<T>(ImmutableArray<T> items)
        where T : class, IPartnerInvolving =>
        Safety.Level == SafetyLevel.None ? items : [.. items.Where(i => i.PartnerInvolvement == PartnerInvolvement.None)];

    private static ImmutableArray<T> Keep<T>(
        ImmutableArray<T> items, ImmutableArray<WithheldItem>.Builder withheld, WithheldItemKind kind, Func<T, string> id, Func<T, string> title)
        where T : class, IPartnerInvolving
    {
        var kept = ImmutableArray.CreateBuilder<T>(items.Length);
        foreach (var item in items)
        {
            if (item.PartnerInvolvement == PartnerInvolvement.None)
            {
                kept.Add(item);
            }
            else
            {
                withheld.Add(new WithheldItem(id(item), title(item), item.PartnerInvolvement, Reason(item.PartnerInvolvement), kind));
            }
        }

        return kept.DrainToImmutable();
    }

    private static string Reason(PartnerInvolvement involvement) => involvement switch
    {
        PartnerInvolvement.Confront => "It asks you to raise something with your partner or hold a boundary with them. Where you may not be safe, your safety comes first.",
        PartnerInvolvement.Accommodate => "It asks you to adapt to your partner's needs. Where you may not be safe, your own needs and safety come first.",
        PartnerInvolvement.Renegotiate => "It asks you to renegotiate roles or expectations with your partner. Where you may not be safe, that can wait.",
        PartnerInvolvement.Repair => "It asks you to repair things with your partner. Repair is not your task while you may not be safe.",
        _ => "It is done together with your partner. Where you may not be safe, exercises you do for yourself come first.",
    };
}
