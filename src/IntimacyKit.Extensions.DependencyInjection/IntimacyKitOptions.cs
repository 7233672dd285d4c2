using System.Globalization;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;

namespace IntimacyKit.Extensions.DependencyInjection;

/// <summary>
/// How <c>AddIntimacyKit</c> sets up IntimacyKit's services: the content packs merged into the catalog, the
/// translations the script renderer carries, its limits, what the safety screen shows, and the app's culture.
/// The defaults give the same services as <see cref="IntimacyCatalog.BuiltIn"/>, <see cref="ScriptRenderer.Default"/>,
/// <see cref="Coaching.MessageCoach.Default"/> and <see cref="SafetyScreen.Default"/>.
/// </summary>
/// <remarks>
/// The options are read once, when the first IntimacyKit service is resolved or the host starts, and are checked
/// then: every problem is listed in one <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>.
/// Changing them afterwards does not change the services already built.
/// </remarks>
public sealed class IntimacyKitOptions
{
    /// <summary>
    /// Gets or sets the culture the app renders scripts in when it does not pass one, and the culture the renderer
    /// must have scripts for: with a culture set, start-up fails when neither its language nor a parent culture's
    /// has templates (for example <c>fr-FR</c> with only the built-in English and Spanish). Defaults to
    /// <see langword="null"/>: no check, and each call uses <see cref="CultureInfo.CurrentCulture"/>.
    /// </summary>
    /// <remarks>
    /// The library's methods take the culture per call; read this value from
    /// <c>IOptions&lt;IntimacyKitOptions&gt;</c> and pass it, as in
    /// <c>renderer.Render(arguments, options.Value.Culture)</c>.
    /// </remarks>
    public CultureInfo? Culture { get; set; }

    /// <summary>
    /// Gets the content packs merged into <see cref="IntimacyCatalog.BuiltIn"/>, in order, to make the registered
    /// <see cref="IntimacyCatalog"/> (see <see cref="IntimacyCatalog.WithContentPack(ContentPack)"/>). Empty by default.
    /// </summary>
    public IList<ContentPack> ContentPacks { get; } = [];

    /// <summary>
    /// Gets the translation packs, each in another language than the catalog's, that the registered
    /// <see cref="ScriptRenderer"/> carries, in order (see <see cref="ScriptRenderer.WithTranslation(ContentPack)"/>).
    /// Empty by default.
    /// </summary>
    public IList<ContentPack> Translations { get; } = [];

    /// <summary>
    /// Gets or sets whether the renderer carries the library's own translations of the built-in scripts (Spanish),
    /// before <see cref="Translations"/>. Defaults to <see langword="true"/>.
    /// </summary>
    public bool IncludeBuiltInTranslations { get; set; } = true;

    /// <summary>
    /// Gets the limits and formatting of the registered <see cref="ScriptRenderer"/>, with the defaults of
    /// <see cref="ScriptRenderOptions"/> (for example a 4,096-character script and a 1-second time budget).
    /// </summary>
    public ScriptRenderOptions Rendering { get; } = new();

    /// <summary>
    /// Gets or sets what the registered <see cref="SafetyScreen"/> shows a person whose text trips it, such as the
    /// hotlines of the app's country. Defaults to <see cref="SafetyResources.Default"/>, a neutral message without
    /// phone numbers.
    /// </summary>
    public SafetyResources SafetyResources { get; set; } = SafetyResources.Default;
}
