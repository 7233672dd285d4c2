using System.Collections.Immutable;

namespace IntimacyKit.Text;

/// <summary>
/// The JSON form of a language's lexicon (<c>Content/lexicon.&lt;lang&gt;.json</c>): how its words are normalised
/// (contractions and their spellings without an apostrophe), how its inflected word classes make their forms, and the
/// word classes that rules of every kind (safety, coach, apology) refer to as <c>@name</c>.
/// </summary>
internal sealed record LexiconDocument
{
    /// <summary>Gets the language the lexicon describes, as a culture name such as <c>en</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Gets what the file is, for people who read it.</summary>
    public string? Description { get; init; }

    /// <summary>Gets whole words read as other words: <c>"won't": "will not"</c>, <c>"dont": "do not"</c>.</summary>
    public ImmutableDictionary<string, string> Expansions { get; init => field = value ?? ImmutableDictionary<string, string>.Empty; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets word endings after an apostrophe read as words of their own: <c>"n't": "not"</c>, <c>"'ll": "will"</c>.</summary>
    public ImmutableDictionary<string, string> Suffixes { get; init => field = value ?? ImmutableDictionary<string, string>.Empty; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets the paradigms by name: the forms a class of words is inflected into, and the rules that make them.</summary>
    public ImmutableDictionary<string, ParadigmDocument> Paradigms { get; init => field = value ?? ImmutableDictionary<string, ParadigmDocument>.Empty; } = ImmutableDictionary<string, ParadigmDocument>.Empty;

    /// <summary>Gets forms the rules do not make, by lemma then form name; alternatives are separated by <c>|</c>.</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, string>> Irregular { get; init => field = value ?? ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty; } = ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty;

    /// <summary>
    /// Gets the language's most common words, most frequent first (articles, pronouns, auxiliaries, then everyday verbs
    /// and nouns). The engine looks for a frame by its rarest required words: a word here counts as more frequent the
    /// earlier it is listed, and any word not listed as rarer than all of them, so that few sentences wake a frame
    /// needlessly. The list changes only speed, never what is found.
    /// </summary>
    public ImmutableArray<string> Common { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the word classes by name.</summary>
    public ImmutableDictionary<string, WordClassDocument> Classes { get; init => field = value ?? ImmutableDictionary<string, WordClassDocument>.Empty; } = ImmutableDictionary<string, WordClassDocument>.Empty;
}

/// <summary>The JSON form of a paradigm: its form names and the rules that make them from a lemma.</summary>
internal sealed record ParadigmDocument
{
    /// <summary>Gets the names of the forms besides the lemma itself (which is the form <c>base</c>).</summary>
    public ImmutableArray<string> Forms { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the rules, tried in order on the lemma: the first whose <see cref="InflectionRule.Match"/> matches makes the forms.</summary>
    public ImmutableArray<InflectionRule> Rules { get; init => field = value.OrEmpty(); } = [];

    /// <summary>
    /// Gets whether a phrase is inflected on its last word ("guinea pigs") rather than its first ("beats up"), the
    /// default.
    /// </summary>
    public bool InflectsLastWord { get; init; }
}

/// <summary>The JSON form of one inflection rule.</summary>
internal sealed record InflectionRule
{
    /// <summary>Gets a .NET regular expression the whole lemma must match.</summary>
    public required string Match { get; init; }

    /// <summary>Gets each form's replacement, with <c>$1</c>… for the expression's groups.</summary>
    public ImmutableDictionary<string, string> Forms { get; init => field = value ?? ImmutableDictionary<string, string>.Empty; } = ImmutableDictionary<string, string>.Empty;
}

/// <summary>The JSON form of a word class.</summary>
internal sealed record WordClassDocument
{
    /// <summary>Gets the paradigm its words are inflected by, or <see langword="null"/> for words taken as written.</summary>
    public string? Inflect { get; init; }

    /// <summary>Gets its words and phrases; a phrase is inflected on its first word.</summary>
    public ImmutableArray<string> Words { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Gets the names of other classes whose words (in all their forms) belong to this one too.</summary>
    public ImmutableArray<string> Include { get; init => field = value.OrEmpty(); } = [];
}
