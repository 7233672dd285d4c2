using System.Collections.Immutable;
using IntimacyKit.Exercises;
using IntimacyKit.Scripts;

namespace IntimacyKit.Safety;

/// <summary>
/// The exercises and scripts an app may offer a person after the <see cref="SafetyScreen"/> has read their words.
/// With signs of danger (<see cref="SafetyLevel.Concern"/> or <see cref="SafetyLevel.Urgent"/>), everything that asks
/// a person to confront, accommodate, renegotiate with or repair with their partner is withheld, with the reason,
/// and reflection and self-care remain; the app shows <see cref="Resources"/> first.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class SafeCatalogView
{
    private SafeCatalogView(SafetyResult safety, ImmutableArray<Exercise> exercises, ImmutableArray<ScriptTemplate> scripts, ImmutableArray<WithheldItem> withheld)
    {
        Safety = safety;
        Exercises = exercises;
        Scripts = scripts;
        Withheld = withheld;
    }

    /// <summary>Gets the safety screen's result the view was made for.</summary>
    public SafetyResult Safety { get; }

    /// <summary>Gets the exercises that may be offered, in catalog order.</summary>
    public ImmutableArray<Exercise> Exercises { get; }

    /// <summary>Gets the script templates that may be offered, in catalog order.</summary>
    public ImmutableArray<ScriptTemplate> Scripts { get; }

    /// <summary>Gets the exercises and scripts withheld, each with the reason; empty when the screen found nothing.</summary>
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
            return new SafeCatalogView(safety, catalog.Exercises, catalog.Scripts, []);
        }

        var withheld = ImmutableArray.CreateBuilder<WithheldItem>();
        var exercises = ImmutableArray.CreateBuilder<Exercise>();
        foreach (var exercise in catalog.Exercises)
        {
            if (exercise.PartnerInvolvement == PartnerInvolvement.None)
            {
                exercises.Add(exercise);
            }
            else
            {
                withheld.Add(new WithheldItem(exercise.Id, exercise.Title, exercise.PartnerInvolvement, Reason(exercise.PartnerInvolvement)));
            }
        }

        var scripts = ImmutableArray.CreateBuilder<ScriptTemplate>();
        foreach (var script in catalog.Scripts)
        {
            if (script.PartnerInvolvement == PartnerInvolvement.None)
            {
                scripts.Add(script);
            }
            else
            {
                withheld.Add(new WithheldItem(script.Id, script.Title, script.PartnerInvolvement, Reason(script.PartnerInvolvement)));
            }
        }

        return new SafeCatalogView(safety, exercises.ToImmutable(), scripts.ToImmutable(), withheld.ToImmutable());
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
