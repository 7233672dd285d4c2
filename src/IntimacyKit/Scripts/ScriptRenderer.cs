using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Coaching;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IntimacyKit.Scripts;

/// <summary>
/// Renders conversation scripts in a person's own words: the catalog's templates with typed
/// <see cref="ScriptArguments"/> or a name-to-value map, and <see cref="CustomScript"/>s that apps and their users
/// write. Templates are parsed once; rendering is sandboxed, culture-aware and safe to call from many threads.
/// </summary>
/// <remarks>
/// <para>
/// Templates are chosen by culture: <see cref="WithTranslation(ContentPack)"/> adds a language, and a culture
/// without templates of its own falls back to its parent culture, then to the catalog's language (English for the
/// built-in catalog), one template at a time.
/// </para>
/// <para>
/// Values reach a template as text only, formatted for the culture: a duration as <c>20 minutes</c>, a clock
/// time as <c>7:30 PM</c> in en-US and <c>19:30</c> in en-GB, a day as its name. No .NET object is ever exposed to
/// a template; templates cannot include files, read the clock, or change shared state, and loops, recursion,
/// strings, output and regular expressions are limited (see <see cref="ScriptRenderOptions"/>).
/// </para>
/// <para>A renderer is immutable and thread-safe: create one and share it.</para>
/// </remarks>
public sealed class ScriptRenderer
{
    private static readonly Lazy<ScriptRenderer> s_default = new(CreateDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IntimacyCatalog _catalog;
    private readonly ScriptRenderOptions _options;
    private readonly FrozenDictionary<string, TemplateSet> _translations;
    private readonly TemplateSet _fallback;
    private readonly CultureInfo? _fallbackCulture;

    /// <summary>Creates a renderer for the scripts of a catalog, in the catalog's language.</summary>
    /// <param name="catalog">The catalog whose <see cref="IntimacyCatalog.Scripts"/> to render.</param>
    /// <param name="options">Limits and formatting; <see langword="null"/> for the defaults. A copy is kept.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has values out of range; the message lists every one.</exception>
    public ScriptRenderer(IntimacyCatalog catalog, ScriptRenderOptions? options = null)
        : this(catalog, CheckOptions(options), FrozenDictionary<string, TemplateSet>.Empty)
    {
    }

    private ScriptRenderer(IntimacyCatalog catalog, ScriptRenderOptions options, FrozenDictionary<string, TemplateSet> translations)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _options = options;
        _translations = translations;
        Languages = [.. new[] { catalog.Language ?? "" }.Where(l => l.Length > 0).Concat(translations.Keys.Order(StringComparer.Ordinal))];
        _fallback = new TemplateSet(catalog.Scripts);
        _fallbackCulture = CultureOf(catalog.Language);
    }

    // The culture a call renders in: its own, else the options', else the current culture at the time of the call.
    private CultureInfo CultureOr(CultureInfo? culture) => culture ?? _options.Culture ?? CultureInfo.CurrentCulture;

    private static CultureInfo? CultureOf(string? language)
    {
        try
        {
            return string.IsNullOrEmpty(language) ? null : CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Gets the renderer of the built-in scripts, in English with a Spanish translation, with the default options.
    /// </summary>
    public static ScriptRenderer Default => s_default.Value;

    /// <summary>Gets the languages the renderer has templates for: the catalog's, then each translation's.</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>
    /// Returns a renderer that also has the scripts of a translation pack, for the pack's language. The pack replaces
    /// templates by id and must keep each template's parameters; templates it leaves out stay in the catalog's language.
    /// </summary>
    /// <param name="translation">A content pack in another language than the catalog's.</param>
    /// <returns>The new renderer; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="translation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ContentPackException">The pack does not fit the catalog, such as a template whose parameters differ from the original's.</exception>
    /// <exception cref="ArgumentException">The pack is in the catalog's own language, so it translates nothing.</exception>
    public ScriptRenderer WithTranslation(ContentPack translation)
    {
        ArgumentNullException.ThrowIfNull(translation);
        if (string.Equals(translation.Language, _catalog.Language, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"Pack '{translation.Name}' is in the catalog's own language ({translation.Language}); a translation is in another language.", nameof(translation));
        }

        // Checked against the catalog as a translation; only the templates the pack translates join its language,
        // so the others fall back to the catalog's language whole, values included.
        var translated = _catalog.WithContentPack(translation);
        var translatedIds = translation.Scripts.Select(s => s?.Id).ToHashSet(StringComparer.Ordinal);
        var sets = _translations.ToDictionary(StringComparer.OrdinalIgnoreCase);
        sets[translation.Language] = new TemplateSet([.. translated.Scripts.Where(s => translatedIds.Contains(s.Id))]);
        return new ScriptRenderer(_catalog, _options, sets.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Gets the template used for a script in a culture, after falling back through parent cultures to the catalog's language.</summary>
    /// <param name="templateId">The template's id.</param>
    /// <param name="culture">The culture; <see langword="null"/> for the options' <see cref="ScriptRenderOptions.Culture"/>, or else <see cref="CultureInfo.CurrentCulture"/>.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="templateId"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no script template with that id.</exception>
    public ScriptTemplate GetTemplate(string templateId, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(templateId);
        return Find(templateId, CultureOr(culture)).Entry.Template;
    }

    /// <summary>Renders a built-in script from typed values.</summary>
    /// <param name="arguments">The values, such as <see cref="HonestyFormulaArguments"/>.</param>
    /// <param name="culture">The culture to choose the template and format values for; <see langword="null"/> for the options' <see cref="ScriptRenderOptions.Culture"/>, or else <see cref="CultureInfo.CurrentCulture"/>.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <returns>The script, as a person would say it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arguments"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The renderer's catalog has no template for these arguments (only possible with an app's own catalog).</exception>
    /// <exception cref="ScriptArgumentException">A text value is empty or too long, or a duration is not positive; every problem is listed.</exception>
    /// <exception cref="ScriptRenderException">The script went past a limit of the renderer's options, such as its <see cref="ScriptRenderOptions.MaxOutputLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public string Render(ScriptArguments arguments, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var (entry, formatCulture) = Find(arguments.TemplateId, CultureOr(culture));
        using var state = RenderState.Acquire();
        return Render(entry, new TypedValues(arguments), state, formatCulture, cancellationToken);
    }

    /// <summary>Renders a catalog script from a map of values keyed by parameter name.</summary>
    /// <param name="templateId">The template's id.</param>
    /// <param name="values">
    /// The values: a <see cref="string"/> for text, feeling, behaviour and request parameters, a <see cref="TimeSpan"/> for a
    /// duration, a <see cref="TimeOnly"/> for a clock time and a <see cref="DayOfWeek"/> for a day. Optional values may be left out.
    /// </param>
    /// <param name="culture">The culture to choose the template and format values for; <see langword="null"/> for the options' <see cref="ScriptRenderOptions.Culture"/>, or else <see cref="CultureInfo.CurrentCulture"/>.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <returns>The script, as a person would say it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="templateId"/> or <paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no script template with that id.</exception>
    /// <exception cref="ScriptArgumentException">A required value is missing, a value has no parameter, or a value is of the wrong kind, empty or too long; every problem is listed.</exception>
    /// <exception cref="ScriptRenderException">The script went past a limit of the renderer's options, such as its <see cref="ScriptRenderOptions.MaxOutputLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public string RenderTemplate(string templateId, IReadOnlyDictionary<string, object?> values, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(templateId);
        ArgumentNullException.ThrowIfNull(values);
        var (entry, formatCulture) = Find(templateId, CultureOr(culture));
        using var state = RenderState.Acquire();
        return Render(entry, new MapValues(values), state, formatCulture, cancellationToken);
    }

    /// <summary>
    /// Checks the values for a built-in script for wording to point out before the person says it, without rendering:
    /// the value of a feeling parameter (the honesty formula's and the feeling statement's <c>feeling</c>) that is a
    /// thought ("like you don't care") or an accusation ("abandoned") rather than a feeling gets a warning naming the
    /// words, saying why, and offering the feelings that often sit beneath them. <see cref="Render"/> still renders such
    /// values as they are: warnings are advice, not errors.
    /// </summary>
    /// <param name="arguments">The values, such as <see cref="HonestyFormulaArguments"/>.</param>
    /// <param name="culture">
    /// The culture the script would be rendered for; <see langword="null"/> for the options' <see cref="ScriptRenderOptions.Culture"/>, or else <see cref="CultureInfo.CurrentCulture"/>.
    /// The feelings vocabulary is English, so a script rendered from a template in another language gets no warnings.
    /// </param>
    /// <returns>The warnings, in the order of the template's parameters; empty when there is nothing to point out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arguments"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The renderer's catalog has no template for these arguments (only possible with an app's own catalog).</exception>
    public ImmutableArray<ScriptWarning> Check(ScriptArguments arguments, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return Check(arguments.TemplateId, new TypedValues(arguments), CultureOr(culture));
    }

    /// <summary>
    /// Checks the values for a catalog script, keyed by parameter name, for wording to point out before the person says
    /// it, as <see cref="Check(ScriptArguments, CultureInfo?)"/> does.
    /// </summary>
    /// <param name="templateId">The template's id.</param>
    /// <param name="values">The values, as <see cref="RenderTemplate"/> takes them; values that are not strings are not checked.</param>
    /// <param name="culture">The culture the script would be rendered for; <see langword="null"/> for the options' <see cref="ScriptRenderOptions.Culture"/>, or else <see cref="CultureInfo.CurrentCulture"/>.</param>
    /// <returns>The warnings, in the order of the template's parameters; empty when there is nothing to point out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="templateId"/> or <paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no script template with that id.</exception>
    public ImmutableArray<ScriptWarning> CheckTemplate(string templateId, IReadOnlyDictionary<string, object?> values, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(templateId);
        ArgumentNullException.ThrowIfNull(values);
        return Check(templateId, new MapValues(values), CultureOr(culture));
    }

    /// <summary>Renders a custom script in a sandbox, with a time budget.</summary>
    /// <param name="script">The script.</param>
    /// <param name="values">
    /// A value for every placeholder: a <see cref="string"/>, or a <see cref="TimeSpan"/>, <see cref="TimeOnly"/> or
    /// <see cref="DayOfWeek"/>, formatted for the culture.
    /// </param>
    /// <param name="culture">The culture to format values for; <see langword="null"/> for the options' <see cref="ScriptRenderOptions.Culture"/>, or else <see cref="CultureInfo.CurrentCulture"/>.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <returns>The rendered script.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="script"/> or <paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScriptArgumentException">A placeholder has no value, a value has no placeholder, or a value is of an unsupported type, empty or too long; every problem is listed.</exception>
    /// <exception cref="ScriptRenderException">The script went past a limit or its time budget, or failed while running.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public string RenderCustom(CustomScript script, IReadOnlyDictionary<string, object?> values, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(values);
        culture = CultureOr(culture);
        using var state = RenderState.Acquire();
        var problems = new List<ValidationProblem>();
        foreach (var placeholder in script.Placeholders)
        {
            if (!values.TryGetValue(placeholder, out var value) || value is null)
            {
                problems.Add(new(placeholder, "required", $"The script uses '{placeholder}' but no value was given for it."));
            }
            else if (ScriptValues.KindOf(value) is not { } kind)
            {
                problems.Add(new(placeholder, "wrong-type", $"A value of type {value.GetType().Name} cannot fill a script; give a string, TimeSpan, TimeOnly or DayOfWeek."));
            }
            else if (Bind(placeholder, kind, value, culture, state.Model) is { } problem)
            {
                problems.Add(problem);
            }
        }

        foreach (var name in values.Keys.Where(k => !script.Placeholders.Contains(k)).Order(StringComparer.Ordinal))
        {
            problems.Add(new(name, "unknown-parameter", $"The script has no placeholder '{name}'."));
        }

        if (problems.Count > 0)
        {
            throw new ScriptArgumentException("(custom)", [.. problems]);
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.TimeBudget);
        return Run(script.Parsed.Template, state, budget.Token, cancellationToken);
    }

    private string Render<TValues>(TemplateEntry entry, TValues values, RenderState state, CultureInfo culture, CancellationToken cancellationToken)
        where TValues : struct, IValues
    {
        var problems = default(List<ValidationProblem>);
        var model = state.Model;
        var given = 0;
        foreach (var parameter in entry.Template.Parameters)
        {
            var isGiven = values.TryGetValue(parameter.Name, out var value);
            given += isGiven ? 1 : 0;
            if (isGiven && value is not null)
            {
                if (Bind(parameter.Name, parameter.Kind, value, culture, model) is { } problem)
                {
                    (problems ??= []).Add(problem);
                }
            }
            else if (parameter.IsOptional)
            {
                // A default was checked when its pack was added, so it always reads and formats.
                if (parameter.Default is not null && ScriptValues.TryParseInvariant(parameter.Kind, parameter.Default, out var fallback))
                {
                    _ = Bind(parameter.Name, parameter.Kind, fallback!, culture, model);
                }
                else
                {
                    model.SetValue(parameter.Name, null, readOnly: true);
                }
            }
            else
            {
                (problems ??= []).Add(new(parameter.Name, "required", $"'{parameter.Name}' ({parameter.Description}) needs a value."));
            }
        }

        if (values.Count >= 0 && values.Count != given)
        {
            foreach (var name in values.Names.Where(n => !entry.ParameterNames.Contains(n)).Order(StringComparer.Ordinal))
            {
                (problems ??= []).Add(new(name, "unknown-parameter", $"Script '{entry.Template.Id}' has no parameter '{name}'."));
            }
        }

        if (problems is { Count: > 0 })
        {
            throw new ScriptArgumentException(entry.Template.Id, [.. problems]);
        }

        return Run(entry.Source.Template, state, cancellationToken, cancellationToken);
    }

    /// <summary>Checks one value and writes it into the model; returns the problem, if any.</summary>
    private ValidationProblem? Bind(string name, ScriptParameterKind kind, object value, CultureInfo culture, ScriptObject model)
    {
        var text = ScriptValues.Format(kind, value, culture, _options, out var problem);
        if (problem is var (code, message))
        {
            return new ValidationProblem(name, code, message);
        }

        model.SetValue(name, text, readOnly: true);
        return null;
    }

    private string Run(Template template, RenderState state, CancellationToken token, CancellationToken callerToken)
    {
        var context = state.Context;
        if (!ReferenceEquals(state.AppliedOptions, _options))
        {
            context.LoopLimit = _options.LoopLimit;
            context.RecursiveLimit = _options.RecursionLimit;
            context.LimitToString = _options.MaxStringLength + 1; // Scriban stops at the limit itself; ours is the longest allowed.
            context.OutputLimit = _options.MaxOutputLength;
            context.RegexTimeOut = _options.RegexTimeout;
            state.AppliedOptions = _options;
        }

        context.CancellationToken = token;

        // Templates cannot assign (the check rejects it), builtins are frozen and the model is this render's own,
        // so the model is the only global a template sees.
        context.PushGlobal(state.Model);
        try
        {
            return template.Render(context);
        }
        catch (ScriptAbortException ex)
        {
            callerToken.ThrowIfCancellationRequested();
            throw new ScriptRenderException("time-budget",
                $"The script did not finish within its time budget of {_options.TimeBudget.TotalMilliseconds:0} ms.", Line(ex), Column(ex), ex);
        }
        catch (ScriptRuntimeException ex)
        {
            // Classify by Scriban's own words: ours ("MaxStringLength") no longer say "limit".
            var code = ex.OriginalMessage.Contains("limit", StringComparison.OrdinalIgnoreCase) || ex.OriginalMessage.Contains("exceed", StringComparison.OrdinalIgnoreCase)
                ? "limit-exceeded"
                : "runtime-error";
            throw new ScriptRenderException(code, InOurTerms(ex.OriginalMessage), Line(ex), Column(ex), ex);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // Anything else a builtin throws: report it as our error, without the host's details.
            throw new ScriptRenderException("runtime-error", "The script failed while running.", 1, 1, ex);
        }
        finally
        {
            context.Reset();
        }
    }

    // Scriban names its own settings; say which of ours to change instead, and drop .NET parameter names.
    private static string InOurTerms(string message) => message
        .Replace("LimitToString", nameof(ScriptRenderOptions.MaxStringLength), StringComparison.Ordinal)
        .Replace("OutputLimit", nameof(ScriptRenderOptions.MaxOutputLength), StringComparison.Ordinal)
        .Replace("RecursiveLimit", nameof(ScriptRenderOptions.RecursionLimit), StringComparison.Ordinal)
        .Replace(" (Parameter 'width')", "", StringComparison.Ordinal);

    private static int Line(ScriptRuntimeException ex) => Math.Max(1, ex.Span.Start.Line + 1);

    private static int Column(ScriptRuntimeException ex) => Math.Max(1, ex.Span.Start.Column + 1);

    /// <summary>
    /// Finds the template for a culture, and the culture to write its values in: the requested one when the template
    /// is in that culture's language, else the template's own language, so that a script never mixes two languages.
    /// </summary>
    // The one place feeling parameters meet the feelings vocabulary: every parameter of the kind Feeling, in a template
    // written in English, is checked with FeelingsVocabulary.CheckFeeling.
    private ImmutableArray<ScriptWarning> Check<TValues>(string templateId, TValues values, CultureInfo culture)
        where TValues : struct, IValues
    {
        var (entry, _) = Find(templateId, culture);
        if (!IsEnglish(LanguageOf(templateId, culture)))
        {
            return [];
        }

        var warnings = ImmutableArray.CreateBuilder<ScriptWarning>();
        foreach (var parameter in entry.Template.Parameters)
        {
            if (parameter.Kind == ScriptParameterKind.Feeling
                && values.TryGetValue(parameter.Name, out var value)
                && value is string { Length: > 0 } text
                && !string.IsNullOrWhiteSpace(text)
                && FeelingsVocabulary.Default.CheckFeeling(text) is { Warning: { } warning } check)
            {
                warnings.Add(new ScriptWarning(parameter.Name, ScriptWarning.NotAFeeling, warning, check.Alternatives));
            }
        }

        return warnings.ToImmutable();
    }

    // The language of the template Find chooses: a translation's, or the catalog's.
    private string? LanguageOf(string templateId, CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_translations.TryGetValue(c.Name, out var set) && set.TryGet(templateId, out _))
            {
                return c.Name;
            }
        }

        return _catalog.Language;
    }

    private static bool IsEnglish(string? language) =>
        language is null || language.Equals("en", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase);

    private (TemplateEntry Entry, CultureInfo Culture) Find(string templateId, CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_translations.TryGetValue(c.Name, out var set) && set.TryGet(templateId, out var translated))
            {
                return (translated, culture);
            }
        }

        if (!_fallback.TryGet(templateId, out var entry))
        {
            throw new KeyNotFoundException($"The catalog has no script template with id '{templateId}'.");
        }

        var sameLanguage = _fallbackCulture is null
            || culture.TwoLetterISOLanguageName == _fallbackCulture.TwoLetterISOLanguageName;
        return (entry, sameLanguage ? culture : _fallbackCulture!);
    }

    private static ScriptRenderOptions CheckOptions(ScriptRenderOptions? options)
    {
        var snapshot = (options ?? new ScriptRenderOptions()).Snapshot();
        var problems = snapshot.Validate().Problems;
        return problems.IsEmpty
            ? snapshot
            : throw new ArgumentException($"The script render options are invalid: {string.Join(" ", problems.Select(p => p.Message))}", nameof(options));
    }

    private static ScriptRenderer CreateDefault() => new ScriptRenderer(IntimacyCatalog.BuiltIn).WithBuiltInTranslations();

    /// <summary>
    /// Returns a renderer that also has the library's own translations of the built-in scripts (Spanish), for a
    /// catalog built on <see cref="IntimacyCatalog.BuiltIn"/> with an app's own packs.
    /// </summary>
    /// <returns>The new renderer; this one is unchanged.</returns>
    /// <exception cref="ContentPackException">The catalog's built-in scripts were replaced in a way the translations no longer fit.</exception>
    public ScriptRenderer WithBuiltInTranslations()
    {
        using var stream = typeof(ScriptRenderer).Assembly.GetManifestResourceStream(BuiltInContent.SpanishResource)
            ?? throw new InvalidOperationException($"The built-in content resource '{BuiltInContent.SpanishResource}' is missing from the IntimacyKit assembly.");
        return WithTranslation(ContentPack.Load(stream));
    }

    /// <summary>A catalog's templates by id, each with its parsed source.</summary>
    private sealed class TemplateSet(ImmutableArray<ScriptTemplate> templates)
    {
        private readonly FrozenDictionary<string, TemplateEntry> _entries = templates
            .ToFrozenDictionary(t => t.Id, t => new TemplateEntry(t, ScriptSource.For(t)), StringComparer.Ordinal);

        public bool TryGet(string id, out TemplateEntry entry) => _entries.TryGetValue(id, out entry!);
    }

    private sealed class TemplateEntry(ScriptTemplate template, ScriptSource source)
    {
        public ScriptTemplate Template { get; } = template;

        public ScriptSource Source { get; } = source;

        public FrozenSet<string> ParameterNames { get; } = template.Parameters.Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// What one thread reuses from render to render, so that a render allocates little more than its output. A render
    /// that starts while another is in progress on the same thread (say, from a duration formatter) gets its own.
    /// </summary>
    private sealed class RenderState : IDisposable
    {
        [ThreadStatic]
        private static RenderState? t_cached;

        private bool _inUse;

        public TemplateContext Context { get; } = new(ScriptSource.Builtins)
        {
            StrictVariables = true,
            MemberFilter = _ => false,
            EnableRelaxedMemberAccess = false,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            OnStringLimit = ScriptLimitBehavior.Throw,
        };

        public ScriptObject Model { get; } = [];

        /// <summary>The options whose limits the context carries, so they are set only when another renderer uses it.</summary>
        public ScriptRenderOptions? AppliedOptions { get; set; }

        public static RenderState Acquire()
        {
            var state = t_cached is { _inUse: false } cached ? cached : new RenderState();
            t_cached ??= state;
            state._inUse = true;
            return state;
        }

        public void Dispose()
        {
            Model.Clear();
            _inUse = false;
        }
    }

    /// <summary>The values a render reads, by parameter name: typed arguments or an app's map.</summary>
    private interface IValues
    {
        /// <summary>Gets how many values were given, or -1 when every value is known to have a parameter.</summary>
        int Count { get; }

        IEnumerable<string> Names { get; }

        /// <summary>Gets whether a value was given for the name (it may be <see langword="null"/>).</summary>
        bool TryGetValue(string name, out object? value);
    }

    private readonly struct TypedValues(ScriptArguments arguments) : IValues
    {
        public int Count => -1;

        public IEnumerable<string> Names => [];

        public bool TryGetValue(string name, out object? value)
        {
            value = arguments.GetValue(name);
            return value is not null;
        }
    }

    private readonly struct MapValues(IReadOnlyDictionary<string, object?> map) : IValues
    {
        public int Count => map.Count;

        public IEnumerable<string> Names => map.Keys;

        public bool TryGetValue(string name, out object? value) => map.TryGetValue(name, out value);
    }
}
