using System.Globalization;
using IntimacyKit.Coaching;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;

namespace IntimacyKit.Extensions.DependencyInjection;

/// <summary>
/// Builds the services from the options. Every step notes its problems, each prefixed with the option it came
/// from, and goes on, so that one pass finds them all: the validator reports the list, the factories build.
/// </summary>
internal static class IntimacyKitServices
{
    public static IntimacyCatalog BuildCatalog(IntimacyKitOptions options, List<string> problems)
    {
        var catalog = IntimacyCatalog.BuiltIn;
        for (var i = 0; i < options.ContentPacks.Count; i++)
        {
            var pack = options.ContentPacks[i];
            var where = $"{nameof(IntimacyKitOptions.ContentPacks)}[{i}]";
            if (pack is null)
            {
                problems.Add($"{where}: is null; add a content pack.");
                continue;
            }

            try
            {
                catalog = catalog.WithContentPack(pack);
            }
            catch (ContentPackException e)
            {
                AddPackProblems(problems, where, e);
            }
        }

        return catalog;
    }

    public static ScriptRenderer BuildRenderer(IntimacyCatalog catalog, IntimacyKitOptions options, List<string> problems)
    {
        var limits = options.Rendering.Validate();
        foreach (var problem in limits.Problems)
        {
            problems.Add($"{nameof(IntimacyKitOptions.Rendering)}.{problem.Path}: {problem.Message}");
        }

        var renderer = limits.IsValid ? new ScriptRenderer(catalog, options.Rendering) : new ScriptRenderer(catalog);

        if (options.IncludeBuiltInTranslations)
        {
            renderer = AddTranslation(renderer, r => r.WithBuiltInTranslations(), nameof(IntimacyKitOptions.IncludeBuiltInTranslations), problems);
        }

        for (var i = 0; i < options.Translations.Count; i++)
        {
            var where = $"{nameof(IntimacyKitOptions.Translations)}[{i}]";
            if (options.Translations[i] is not { } translation)
            {
                problems.Add($"{where}: is null; add a translation pack.");
                continue;
            }

            renderer = AddTranslation(renderer, r => r.WithTranslation(translation), where, problems);
        }

        return renderer;
    }

    public static SafetyScreen? BuildSafetyScreen(IntimacyKitOptions options, List<string> problems)
    {
        if (options.SafetyResources is null)
        {
            problems.Add($"{nameof(IntimacyKitOptions.SafetyResources)}: is null; set the app's own message and resources, or SafetyResources.Default for the neutral message.");
            return null;
        }

        for (var i = 0; i < options.SafetyRules.Count; i++)
        {
            if (options.SafetyRules[i] is null)
            {
                problems.Add($"{nameof(IntimacyKitOptions.SafetyRules)}[{i}]: is null; add a rule file read with SafetyRuleFile.LoadFile or Parse.");
                return null;
            }
        }

        try
        {
            return new SafetyScreen(options.SafetyResources, options.SafetyRules);
        }
        catch (SafetyRulesException ex)
        {
            problems.AddRange(ex.Problems.Select(p => $"{nameof(IntimacyKitOptions.SafetyRules)} ({ex.RuleFileName}) {p}"));
            return null;
        }
    }

    public static MessageCoach? BuildCoach(SafetyScreen screen, IntimacyKitOptions options, List<string> problems)
    {
        for (var i = 0; i < options.CoachRules.Count; i++)
        {
            if (options.CoachRules[i] is null)
            {
                problems.Add($"{nameof(IntimacyKitOptions.CoachRules)}[{i}]: is null; add a rule file read with CoachRuleFile.LoadFile or Parse.");
                return null;
            }
        }

        try
        {
            var coach = MessageCoach.Default.WithSafetyScreen(screen);
            return options.CoachRules.Count == 0 ? coach : coach.WithRules(options.CoachRules);
        }
        catch (CoachRulesException ex)
        {
            problems.AddRange(ex.Problems.Select(p => $"{nameof(IntimacyKitOptions.CoachRules)} ({ex.RuleFileName}) {p}"));
            return null;
        }
    }

    /// <summary>Notes a problem when the renderer has no scripts in the culture's language or a parent's.</summary>
    public static void CheckCulture(ScriptRenderer renderer, IntimacyKitOptions options, List<string> problems)
    {
        if (options.Rendering.Culture is not { } culture || culture.Equals(CultureInfo.InvariantCulture))
        {
            return;
        }

        for (var c = culture; !c.Equals(CultureInfo.InvariantCulture); c = c.Parent)
        {
            if (renderer.Languages.Contains(c.Name, StringComparer.OrdinalIgnoreCase))
            {
                return;
            }
        }

        problems.Add(
            $"{nameof(IntimacyKitOptions.Rendering)}.{nameof(ScriptRenderOptions.Culture)}: the renderer has no scripts in '{culture.Name}' or its parent cultures "
            + $"(it has {string.Join(", ", renderer.Languages)}); add a translation pack to {nameof(IntimacyKitOptions.Translations)}, or choose another culture.");
    }

    /// <summary>Builds everything the options describe and returns every problem found.</summary>
    public static List<string> Validate(IntimacyKitOptions options)
    {
        var problems = new List<string>();
        var renderer = BuildRenderer(BuildCatalog(options, problems), options, problems);
        CheckCulture(renderer, options, problems);
        _ = BuildCoach(BuildSafetyScreen(options, problems) ?? SafetyScreen.Default, options, problems);
        return problems;
    }

    /// <summary>Throws when a factory meets a problem the validator did not see (the options changed in between).</summary>
    public static T OrThrow<T>(T? built, List<string> problems)
        where T : class =>
        problems.Count == 0 && built is not null
            ? built
            : throw new InvalidOperationException($"The IntimacyKit options changed after they were validated: {string.Join(" ", problems)}");

    private static ScriptRenderer AddTranslation(ScriptRenderer renderer, Func<ScriptRenderer, ScriptRenderer> add, string where, List<string> problems)
    {
        try
        {
            return add(renderer);
        }
        catch (ContentPackException e)
        {
            AddPackProblems(problems, where, e);
        }
        catch (ArgumentException e)
        {
            problems.Add($"{where}: {MessageOf(e)}");
        }

        return renderer;
    }

    private static void AddPackProblems(List<string> problems, string where, ContentPackException e)
    {
        foreach (var problem in e.Problems)
        {
            problems.Add($"{where} ('{e.PackName}'), {problem.Path}: {problem.Message}");
        }
    }

    /// <summary>The exception's own message, without the " (Parameter 'name')" the runtime appends.</summary>
    private static string MessageOf(ArgumentException e)
    {
        var suffix = e.ParamName is null ? null : $" (Parameter '{e.ParamName}')";
        return suffix is not null && e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }
}
