using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit;

/// <summary>
/// The catalog of everything IntimacyKit knows from <i>The Dance of Intimacy</i>: chapters, the three
/// intimacy-anxiety patterns and the dances they form, practices, fillable exercises, the conclusion's
/// principles, the toolbox and the conversation scripts. Start from <see cref="BuiltIn"/>; add an app's own content with
/// <see cref="WithContentPack(ContentPack)"/>.
/// </summary>
/// <remarks>
/// A catalog is immutable and thread-safe: share one instance across the app. Adding a content pack
/// returns a new catalog and leaves this one as it was, whether the pack fits or not.
/// The built-in content is written in the project's own words, adapted from the ideas of Harriet
/// Lerner's <i>The Dance of Intimacy</i>; it offers reflective exercises, not diagnosis or therapy.
/// </remarks>
public sealed class IntimacyCatalog
{
    private static readonly Lazy<IntimacyCatalog> s_builtIn = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableDictionary<string, ICatalogItem> _byId;
    private readonly ImmutableDictionary<string, ImmutableArray<Practice>> _practicesByChapter;
    private readonly ImmutableDictionary<string, ImmutableArray<Exercise>> _exercisesByChapter;

    internal IntimacyCatalog(CatalogContent content)
    {
        Language = content.Language;
        PackNames = content.PackNames;
        Attributions = content.Attributions;
        Chapters = content.Chapters;
        Patterns = content.Patterns;
        Dances = content.Dances;
        Practices = content.Practices;
        Exercises = content.Exercises;
        Principles = content.Principles;
        Toolbox = content.Toolbox;
        Scripts = content.Scripts;

        _byId = content.AllItems().ToImmutableDictionary(item => item.Id, StringComparer.Ordinal);
        _practicesByChapter = Practices.GroupBy(p => p.ChapterId, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        _exercisesByChapter = Exercises.GroupBy(e => e.ChapterId, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>Gets a catalog with no content, to build a catalog from an app's own packs only.</summary>
    public static IntimacyCatalog Empty { get; } = new(CatalogContent.Empty);

    /// <summary>
    /// Gets the built-in catalog: the whole book in English. It is loaded once, on first use, and
    /// shared; loading it again costs nothing.
    /// </summary>
    public static IntimacyCatalog BuiltIn => s_builtIn.Value;

    /// <summary>
    /// Gets the language of the catalog's text as a culture name, such as <c>en</c>; <see langword="null"/>
    /// for <see cref="Empty"/>. Items a translation pack did not cover stay in the language they had.
    /// </summary>
    public string? Language { get; }

    /// <summary>Gets the names of the content packs the catalog was built from, in the order they were added.</summary>
    public ImmutableArray<string> PackNames { get; }

    /// <summary>Gets the attribution of each pack that gave one, in the order the packs were added.</summary>
    public ImmutableArray<string> Attributions { get; }

    /// <summary>Gets the chapters: the built-in ones in book order (1 to 10, then the conclusion), then any a pack added.</summary>
    public ImmutableArray<Chapter> Chapters { get; }

    /// <summary>Gets the descriptions of the intimacy-anxiety patterns.</summary>
    public ImmutableArray<PatternDescription> Patterns { get; }

    /// <summary>Gets the dances: complementary cycles of two partners.</summary>
    public ImmutableArray<Dance> Dances { get; }

    /// <summary>Gets the practices (each chapter's practical takeaways).</summary>
    public ImmutableArray<Practice> Practices { get; }

    /// <summary>Gets the fillable exercises.</summary>
    public ImmutableArray<Exercise> Exercises { get; }

    /// <summary>Gets the core principles of the conclusion.</summary>
    public ImmutableArray<Principle> Principles { get; }

    /// <summary>Gets the practical toolbox: quick scripts and the repair checklist.</summary>
    public ImmutableArray<ToolboxItem> Toolbox { get; }

    /// <summary>Gets the conversation script templates; render them with a <see cref="ScriptRenderer"/>.</summary>
    public ImmutableArray<ScriptTemplate> Scripts { get; }

    /// <summary>Gets the item of type <typeparamref name="T"/> with the given id.</summary>
    /// <typeparam name="T">The item's type, such as <see cref="Exercise"/>, or <see cref="ICatalogItem"/> for any.</typeparam>
    /// <param name="id">The item's id.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No item of that type has that id; the message says whether another kind of item does.</exception>
    public T Get<T>(string id)
        where T : class, ICatalogItem
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!_byId.TryGetValue(id, out var item))
        {
            throw new KeyNotFoundException($"The catalog has no {CatalogNouns.Of(typeof(T))} with id '{id}'.");
        }

        return item as T ?? throw new KeyNotFoundException(
            $"Id '{id}' belongs to {CatalogNouns.WithArticle(item.GetType())}, not {CatalogNouns.WithArticle(typeof(T))}.");
    }

    /// <summary>Looks up the item of type <typeparamref name="T"/> with the given id.</summary>
    /// <typeparam name="T">The item's type, such as <see cref="Exercise"/>, or <see cref="ICatalogItem"/> for any.</typeparam>
    /// <param name="id">The item's id.</param>
    /// <param name="item">The item, when found.</param>
    /// <returns><see langword="true"/> when an item of that type has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool TryGet<T>(string id, [NotNullWhen(true)] out T? item)
        where T : class, ICatalogItem
    {
        ArgumentNullException.ThrowIfNull(id);
        item = _byId.TryGetValue(id, out var found) ? found as T : null;
        return item is not null;
    }

    /// <summary>Gets a chapter by its number.</summary>
    /// <param name="number">The chapter's number, 1 to 10 in the built-in catalog.</param>
    /// <returns>The chapter.</returns>
    /// <exception cref="KeyNotFoundException">No chapter has that number.</exception>
    public Chapter GetChapter(int number) =>
        Chapters.FirstOrDefault(c => c.Number == number)
        ?? throw new KeyNotFoundException($"The catalog has no chapter {number}.");

    /// <summary>Gets the description of an intimacy-anxiety pattern.</summary>
    /// <param name="response">The pattern.</param>
    /// <returns>Its description.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="response"/> is not a defined value.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no description of it (only possible for a catalog built from an app's own packs).</exception>
    public PatternDescription GetPattern(AnxietyResponse response)
    {
        ThrowIfUndefined(response);
        return Patterns.FirstOrDefault(p => p.Response == response)
            ?? throw new KeyNotFoundException($"The catalog has no description of the '{response}' pattern.");
    }

    /// <summary>Gets a chapter's practices (its practical takeaways), in catalog order.</summary>
    /// <param name="chapterId">The chapter's id.</param>
    /// <returns>The practices; empty when the chapter has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chapterId"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No chapter has that id.</exception>
    public ImmutableArray<Practice> GetPracticesInChapter(string chapterId) => InChapter(_practicesByChapter, chapterId);

    /// <summary>Gets a chapter's exercises, in catalog order.</summary>
    /// <param name="chapterId">The chapter's id.</param>
    /// <returns>The exercises; empty when the chapter has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chapterId"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No chapter has that id.</exception>
    public ImmutableArray<Exercise> GetExercisesInChapter(string chapterId) => InChapter(_exercisesByChapter, chapterId);

    /// <summary>Gets the exercises that work on a pattern: those that name it, and those meant for every pattern.</summary>
    /// <param name="response">The pattern.</param>
    /// <returns>The exercises, in catalog order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="response"/> is not a defined value.</exception>
    public ImmutableArray<Exercise> GetExercisesForPattern(AnxietyResponse response)
    {
        ThrowIfUndefined(response);
        return [.. Exercises.Where(e => e.Patterns.IsEmpty || e.Patterns.Contains(response))];
    }

    /// <summary>Gets the exercises of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The exercises, in catalog order; empty when the catalog has none of that kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public ImmutableArray<Exercise> GetExercisesOfKind(ExerciseKind kind)
    {
        ThrowIfUndefined(kind);
        return [.. Exercises.Where(e => e.Kind == kind)];
    }

    /// <summary>
    /// Returns a catalog with a content pack added. A pack in the catalog's language adds items, and
    /// every id in it must be new. A pack in another language is a translation: an item whose id is
    /// already in the catalog is replaced by the pack's version, new ids are added, and the new catalog
    /// takes the pack's language.
    /// </summary>
    /// <param name="pack">The pack.</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pack"/> is <see langword="null"/>.</exception>
    /// <exception cref="ContentPackException">
    /// The pack does not fit: an id is not lower-kebab-case or is a duplicate, a reference does not
    /// resolve, a required text is blank, a field definition is inconsistent, and so on. Every problem
    /// is listed with its JSON path; this catalog is unchanged.
    /// </exception>
    public IntimacyCatalog WithContentPack(ContentPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return new IntimacyCatalog(CatalogMerge.Merge(Content, pack));
    }

    internal CatalogContent Content => new(Language, PackNames, Attributions, Chapters, Patterns, Dances, Practices, Exercises, Principles, Toolbox, Scripts);

    private ImmutableArray<T> InChapter<T>(ImmutableDictionary<string, ImmutableArray<T>> index, string chapterId)
    {
        ArgumentNullException.ThrowIfNull(chapterId);
        _ = Get<Chapter>(chapterId);
        return index.TryGetValue(chapterId, out var items) ? items : [];
    }

    private static void ThrowIfUndefined<TEnum>(TEnum value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{value} is not a defined {typeof(TEnum).Name} value.");
        }
    }

    private static IntimacyCatalog LoadBuiltIn()
    {
        using var stream = typeof(IntimacyCatalog).Assembly.GetManifestResourceStream(BuiltInContent.EnglishResource)
            ?? throw new InvalidOperationException($"The built-in content resource '{BuiltInContent.EnglishResource}' is missing from the IntimacyKit assembly.");
        return Empty.WithContentPack(ContentPack.Load(stream));
    }
}
