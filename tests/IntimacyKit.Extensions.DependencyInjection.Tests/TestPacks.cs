using System.Globalization;
using IntimacyKit.Exercises;
using IntimacyKit.Scripts;

namespace IntimacyKit.Extensions.DependencyInjection.Tests;

/// <summary>Small content packs built against the built-in catalog.</summary>
internal static class TestPacks
{
    public static CultureInfo Spanish { get; } = CultureInfo.GetCultureInfo("es");

    public static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>An English pack that adds one principle to a built-in chapter.</summary>
    public static ContentPack Extras { get; } = new()
    {
        Name = "test-extras",
        Principles = [new Principle { Id = "test-principle", ChapterId = IntimacyCatalog.BuiltIn.Chapters[0].Id, Text = "A principle the app adds." }],
    };

    /// <summary>An English pack whose principle points at a chapter the catalog lacks, and repeats a built-in id.</summary>
    public static ContentPack Broken { get; } = new()
    {
        Name = "test-broken",
        Principles =
        [
            new Principle { Id = "test-orphan", ChapterId = "no-such-chapter", Text = "A principle without a chapter." },
            new Principle { Id = IntimacyCatalog.BuiltIn.Principles[0].Id, ChapterId = IntimacyCatalog.BuiltIn.Chapters[0].Id, Text = "A repeated id." },
        ],
    };

    /// <summary>A French translation of the bridge sentence: the Spanish template, relabelled.</summary>
    public static ContentPack FrenchBridge { get; } = new()
    {
        Name = "test-fr",
        Language = "fr",
        Scripts = [ScriptRenderer.Default.GetTemplate(BridgeId, Spanish)],
    };

    public const string BridgeId = "bridge-sentence-script";

    public static BridgeSentenceArguments Bridge { get; } = new(TimeSpan.FromMinutes(20), new TimeOnly(19, 30));
}
