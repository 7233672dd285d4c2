using System.Collections.Concurrent;
using System.Text.Json;
using IntimacyKit.Serialization;

namespace IntimacyKit.Text;

/// <summary>The built-in lexicons, one per language, read from the assembly once on first use.</summary>
internal static class Lexicons
{
    private static readonly ConcurrentDictionary<string, Lazy<LexiconDocument>> s_documents = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the built-in lexicon of a language.</summary>
    /// <param name="language">The language, as a culture name such as <c>en</c>.</param>
    /// <returns>The lexicon's document.</returns>
    /// <exception cref="ArgumentException">The library has no lexicon for the language.</exception>
    public static LexiconDocument Get(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        // A regional language (en-GB) reads with its parent's lexicon unless it has its own.
        var resource = BuiltInContent.LexiconResource(language);
        var dash = language.IndexOf('-', StringComparison.Ordinal);
        if (typeof(Lexicons).Assembly.GetManifestResourceInfo(resource) is null && dash > 0)
        {
            resource = BuiltInContent.LexiconResource(language[..dash]);
        }

        if (typeof(Lexicons).Assembly.GetManifestResourceInfo(resource) is null)
        {
            throw new ArgumentException($"IntimacyKit has no word lexicon for the language '{language}'; rules can be written for: en.", nameof(language));
        }

        return s_documents.GetOrAdd(resource, static name => new Lazy<LexiconDocument>(() => Load(name), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>Gets the language part of a culture name, lower case: <c>en</c> for <c>en-GB</c>.</summary>
    /// <param name="culture">The culture name.</param>
    /// <returns>The language.</returns>
    public static string LanguageOf(string culture)
    {
        var dash = culture.IndexOf('-', StringComparison.Ordinal);
        return (dash > 0 ? culture[..dash] : culture).ToLowerInvariant();
    }

    private static LexiconDocument Load(string resource)
    {
        using var stream = typeof(Lexicons).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The built-in lexicon resource '{resource}' is missing from the IntimacyKit assembly.");
        return JsonSerializer.Deserialize(stream, IntimacyKitJsonContext.Default.LexiconDocument)
            ?? throw new InvalidOperationException($"The built-in lexicon resource '{resource}' is null.");
    }
}
