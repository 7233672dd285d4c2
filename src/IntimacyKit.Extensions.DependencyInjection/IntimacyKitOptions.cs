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
    /// Gets the limits, formatting and culture of the registered <see cref="ScriptRenderer"/>, with the defaults of
    /// <see cref="ScriptRenderOptions"/> (for example a 4,096-character script and a 1-second time budget). With
    /// <see cref="ScriptRenderOptions.Culture"/> set, scripts are rendered in that culture when a call passes none, and
    /// start-up fails when the renderer has no scripts in its language or a parent culture's (for example
    /// <c>fr-FR</c> with only the built-in English and Spanish).
    /// </summary>
    public ScriptRenderOptions Rendering { get; } = new();

    /// <summary>
    /// Gets or sets what the registered <see cref="SafetyScreen"/> shows a person whose text trips it, such as the
    /// hotlines of the app's country; the registered <see cref="Coaching.MessageCoach"/> screens with it too. Defaults to <see cref="SafetyResources.Default"/>, a neutral message without
    /// phone numbers.
    /// </summary>
    public SafetyResources SafetyResources { get; set; } = SafetyResources.Default;

    /// <summary>
    /// Gets the app's own safety rule files (see <see cref="SafetyRuleFile"/>), read together with the built-in rules
    /// by the registered <see cref="SafetyScreen"/> and by the registered <see cref="Coaching.MessageCoach"/>. All must
    /// be of one language. Empty by default.
    /// </summary>
    public IList<SafetyRuleFile> SafetyRules { get; } = [];

    /// <summary>
    /// Gets the app's own message-coach rule files (see <see cref="Coaching.CoachRuleFile"/>), read after the built-in
    /// rules by the registered <see cref="Coaching.MessageCoach"/>, in order. Empty by default.
    /// </summary>
    public IList<Coaching.CoachRuleFile> CoachRules { get; } = [];
}
