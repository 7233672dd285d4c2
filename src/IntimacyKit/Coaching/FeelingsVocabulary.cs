using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using IntimacyKit.Serialization;

namespace IntimacyKit.Coaching;

/// <summary>
/// The project's own feelings and needs vocabulary, in English: feeling words grouped by family, "faux feelings" that
/// accuse (abandoned, ignored, manipulated) mapped to the feelings that often sit beneath them, and common needs.
/// </summary>
/// <remarks>
/// <para>
/// The <see cref="MessageCoach"/> uses it to suggest the feelings beneath a faux feeling, and an app uses
/// <see cref="CheckFeeling(string)"/> before it renders the honesty formula's <c>feeling</c>, so that "like you don't
/// care" or "abandoned" gets a gentle warning with alternatives.
/// </para>
/// <para>The vocabulary is immutable and thread-safe: share <see cref="Default"/>.</para>
/// </remarks>
public sealed class FeelingsVocabulary
{
    private static readonly Lazy<FeelingsVocabulary> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Alternatives offered for a thought that names no faux feeling.</summary>
    private static readonly ImmutableArray<string> s_commonFeelings = ["hurt", "lonely", "worried", "frustrated", "sad", "disappointed"];

    private readonly FrozenSet<string> _feelings;

    private FeelingsVocabulary(VocabularyDocument document)
    {
        Families = [.. document.Families.Select(f => new FeelingFamily(f.Name, [.. f.Words.Select(Lower)]))];
        FauxFeelings = document.FauxFeelings.ToImmutableDictionary(
            p => Lower(p.Key), p => p.Value.Select(Lower).ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
        Needs = [.. document.Needs.Select(Lower)];
        PleasantFeelings = [.. document.Families.Where(f => f.Pleasant).SelectMany(f => f.Words).Select(Lower).Distinct(StringComparer.Ordinal)];
        UnpleasantFeelings = [.. document.Families.Where(f => !f.Pleasant).SelectMany(f => f.Words).Select(Lower).Distinct(StringComparer.Ordinal)];
        ThoughtMarkers = [.. document.ThoughtMarkers.Select(Lower)];
        ThoughtSubjects = [.. document.ThoughtSubjects.Select(Lower)];
        Intensifiers = [.. document.Intensifiers.Select(Lower)];
        _feelings = Families.SelectMany(f => f.Words).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Gets the built-in English vocabulary, loaded once from the library's embedded content.</summary>
    public static FeelingsVocabulary Default => s_default.Value;

    /// <summary>Gets the feeling words, grouped by family: pleasant families (affectionate, joyful, peaceful…) first, then unpleasant ones (sad, scared, angry…).</summary>
    public ImmutableArray<FeelingFamily> Families { get; }

    /// <summary>
    /// Gets the faux feelings, words that describe what a person believes someone did to them rather than what they feel
    /// (abandoned, ignored, manipulated…), each with the feelings that often sit beneath it. Keys are in lower case and
    /// looked up ignoring case.
    /// </summary>
    public ImmutableDictionary<string, ImmutableArray<string>> FauxFeelings { get; }

    /// <summary>Gets common needs that feelings point to, such as <c>appreciation</c>, <c>closeness</c> and <c>rest</c>.</summary>
    public ImmutableArray<string> Needs { get; }

    /// <summary>Gets the words of the pleasant families, for the coach's <c>@pleasant-feelings</c> class.</summary>
    internal ImmutableArray<string> PleasantFeelings { get; }

    /// <summary>Gets the words of the unpleasant families, for the coach's <c>@unpleasant-feelings</c> class.</summary>
    internal ImmutableArray<string> UnpleasantFeelings { get; }

    /// <summary>Gets the words that turn "I feel" into a thought: that, like, as if, as though.</summary>
    internal ImmutableArray<string> ThoughtMarkers { get; }

    /// <summary>Gets the subjects that make a clause after "I feel like" a thought about someone: you, he, nobody….</summary>
    internal ImmutableArray<string> ThoughtSubjects { get; }

    /// <summary>Gets the words that strengthen a feeling without changing it: so, really, a bit….</summary>
    internal ImmutableArray<string> Intensifiers { get; }

    /// <summary>
    /// Checks a word or phrase a person wants to use as a feeling, such as the honesty formula's <c>feeling</c>. A thought
    /// ("that you don't care", "like you're not listening") or a faux feeling that accuses ("abandoned", "ignored by you")
    /// gets a warning and feelings to use instead; a feeling of the vocabulary ("hurt", "really lonely", "sad and tired")
    /// passes.
    /// </summary>
    /// <param name="feeling">The text, with or without a leading "I feel".</param>
    /// <returns>The check; its <see cref="FeelingCheck.Warning"/> is <see langword="null"/> for a feeling and for words the vocabulary does not know.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feeling"/> is <see langword="null"/>.</exception>
    public FeelingCheck CheckFeeling(string feeling)
    {
        ArgumentNullException.ThrowIfNull(feeling);
        var text = StripIntensifiers(StripFeelPrefix(Normalize(feeling)));
        if (text.Length == 0)
        {
            return new(false, $"Name a feeling, such as {JoinOr(s_commonFeelings[..3])}.", s_commonFeelings);
        }

        if (IsThought(text))
        {
            var beneath = FindFauxInside(text) is { } faux ? FauxFeelings[faux] : s_commonFeelings;
            return new(false,
                $"\"{feeling.Trim()}\" is a thought about the other person rather than a feeling, and they are likely to argue with it. "
                + $"Name what you feel instead, such as {JoinOr(beneath)}.",
                beneath);
        }

        if (FauxAtStart(text) is { } accusation)
        {
            var beneath = FauxFeelings[accusation];
            return new(false,
                $"\"{accusation}\" describes what you believe the other person did to you, so it is likely to be heard as an accusation. "
                + $"The feelings beneath it are often {JoinOr(beneath)}.",
                beneath);
        }

        var parts = text.Split([",", " and ", " but ", " & ", "/"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var isFeeling = parts.Length > 0 && parts.All(p => _feelings.Contains(StripIntensifiers(p.StartsWith("and ", StringComparison.Ordinal) ? p[4..] : p)));
        return new(isFeeling, null, []);
    }

    /// <summary>Finds the faux feeling a span of text ends with, such as "abandoned" in "I feel so abandoned".</summary>
    internal string? FauxAtEnd(string span) => AtEnd(span, FauxFeelings.Keys);

    /// <summary>Finds the unpleasant feeling a span of text ends with, such as "angry" in "you make me so angry".</summary>
    internal string? UnpleasantAtEnd(string span) => AtEnd(span, UnpleasantFeelings);

    // The longest of the words that the span, normalised, ends with as whole words.
    private static string? AtEnd(string span, IEnumerable<string> words)
    {
        var text = Normalize(span);
        string? best = null;
        foreach (var key in words)
        {
            if ((best is null || key.Length > best.Length)
                && text.EndsWith(key, StringComparison.Ordinal)
                && (text.Length == key.Length || !char.IsLetter(text[text.Length - key.Length - 1])))
            {
                best = key;
            }
        }

        return best;
    }

    /// <summary>Gets a value indicating whether the lower-case word is a feeling of the vocabulary.</summary>
    internal bool IsFeelingWord(string word) => _feelings.Contains(word);

    private bool IsThought(string text)
    {
        foreach (var marker in ThoughtMarkers)
        {
            if (text.StartsWith(marker + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var subject in ThoughtSubjects)
        {
            if (text == subject || text.StartsWith(subject + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return text.Contains(" you ", StringComparison.Ordinal) && !text.Contains(" by you", StringComparison.Ordinal)
            || text.EndsWith(" you", StringComparison.Ordinal) && !text.EndsWith(" by you", StringComparison.Ordinal);
    }

    private string? FauxAtStart(string text) =>
        FauxFeelings.Keys
            .Where(k => text.StartsWith(k, StringComparison.Ordinal) && (text.Length == k.Length || !char.IsLetter(text[k.Length])))
            .MaxBy(k => k.Length);

    private string? FindFauxInside(string text)
    {
        var padded = " " + text + " ";
        return FauxFeelings.Keys.Where(k => padded.Contains(" " + k + " ", StringComparison.Ordinal)).MaxBy(k => k.Length);
    }

    private string StripIntensifiers(string text)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var word in Intensifiers)
            {
                if (text.StartsWith(word + " ", StringComparison.Ordinal))
                {
                    text = text[(word.Length + 1)..];
                    changed = true;
                }
            }
        }

        return text;
    }

    private static string StripFeelPrefix(string text)
    {
        string[] prefixes = ["i feel ", "i'm feeling ", "i am feeling ", "i felt ", "feeling ", "feel ", "i'm ", "i am "];
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return text[prefix.Length..];
            }
        }

        return text;
    }

    /// <summary>Lower case, straight apostrophes, single spaces, no surrounding spaces or end punctuation.</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim().TrimEnd('.', '!', '?', ';', ',').Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static string Lower(string word) => Normalize(word);

    private static string JoinOr(IReadOnlyList<string> words) => words.Count switch
    {
        0 => "",
        1 => words[0],
        _ => string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1],
    };

    private static FeelingsVocabulary LoadDefault()
    {
        using var stream = typeof(FeelingsVocabulary).Assembly.GetManifestResourceStream(BuiltInContent.VocabularyResource)
            ?? throw new InvalidOperationException($"The built-in content resource '{BuiltInContent.VocabularyResource}' is missing from the IntimacyKit assembly.");
        return Load(stream);
    }

    /// <summary>Reads a vocabulary document.</summary>
    internal static FeelingsVocabulary Load(Stream utf8Json)
    {
        var document = JsonSerializer.Deserialize(utf8Json, IntimacyKitJsonContext.Default.VocabularyDocument)
            ?? throw new JsonException("The vocabulary document is null.");
        return new FeelingsVocabulary(document);
    }
}
