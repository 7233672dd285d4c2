using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IntimacyKit.Text;

/// <summary>
/// A language's words as the engine knows them: every word of every class gets an id, the classes hold their words in
/// all their forms, and normalising (case, apostrophes, contractions, letters repeated for emphasis) follows the
/// language's data. Nothing in it is English-specific: a language is a <see cref="LexiconDocument"/>. Immutable and
/// thread-safe once built.
/// </summary>
internal sealed class Lexicon
{
    /// <summary>The id of a word the lexicon does not know.</summary>
    public const int Unknown = -1;

    /// <summary>The longest word the lexicon looks up; longer runs of letters are unknown words.</summary>
    public const int MaxWordLength = 48;

    /// <summary>The form bit of a word as written (the lemma, or a word of a class that is not inflected).</summary>
    public const int BaseForm = 1;

    /// <summary>The word that a comma or semicolon is read as.</summary>
    public const string Separator = ",";

    // A code >= 0 is a word id; a code <= -2 is the expansion at index -(code + 2).
    private readonly WordTable _table;
    private readonly int[][] _expansions;
    private readonly (string Suffix, int[] Words)[] _suffixes;

    private Lexicon(
        string language,
        IReadOnlyDictionary<string, int> codes,
        int[][] expansions,
        (string, int[])[] suffixes,
        ImmutableArray<string> words,
        ImmutableArray<WordClass> classes,
        FrozenDictionary<string, int> classIndex,
        FrozenDictionary<string, int> formBits,
        int[][] classesOfWord)
    {
        Language = language;
        _table = new WordTable(codes);
        _expansions = expansions;
        _suffixes = suffixes;
        Words = words;
        Classes = classes;
        ClassIndex = classIndex;
        FormBits = formBits;
        ClassesOfWord = classesOfWord;
        FormsInClassesOfWord = [.. classesOfWord.Select((of, word) => of.Select(c => classes[c].Single[word]).ToArray())];
        SeparatorWord = codes[Separator];
    }

    /// <summary>Gets the language, as a culture name.</summary>
    public string Language { get; }

    /// <summary>Gets every word by id.</summary>
    public ImmutableArray<string> Words { get; }

    /// <summary>Gets the word classes by index.</summary>
    public ImmutableArray<WordClass> Classes { get; }

    /// <summary>Gets the index of each class by name.</summary>
    public FrozenDictionary<string, int> ClassIndex { get; }

    /// <summary>Gets the bit of each form name (<c>base</c> is <see cref="BaseForm"/>).</summary>
    public FrozenDictionary<string, int> FormBits { get; }

    /// <summary>Gets, for each word id, the indexes of the classes that hold it as a one-word entry.</summary>
    public int[][] ClassesOfWord { get; }

    /// <summary>Gets, for each word id, the bits of its forms in each class of <see cref="ClassesOfWord"/>, in the same order.</summary>
    public int[][] FormsInClassesOfWord { get; }

    /// <summary>Gets the id of <see cref="Separator"/>.</summary>
    public int SeparatorWord { get; }

    /// <summary>Builds a lexicon from a language's document and the classes a rules file adds to it.</summary>
    /// <param name="document">The language's lexicon.</param>
    /// <param name="extraClasses">Classes of a rules file; a name already in <paramref name="document"/> is an error.</param>
    /// <param name="extraWords">Words that rules use as literals, so that they get ids.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="FrameException">A class, paradigm or expansion is invalid; the message says which.</exception>
    public static Lexicon Build(LexiconDocument document, IReadOnlyDictionary<string, WordClassDocument>? extraClasses = null, IEnumerable<string>? extraWords = null)
    {
        var builder = new Builder(document);
        foreach (var (name, cls) in document.Classes)
        {
            builder.Declare(name, cls, "$.classes");
        }

        if (extraClasses is not null)
        {
            foreach (var (name, cls) in extraClasses)
            {
                if (document.Classes.ContainsKey(name))
                {
                    throw new FrameException($"$.classes.{name}", $"the class '{name}' is already a class of the '{document.Language}' lexicon; give it another name.");
                }

                builder.Declare(name, cls, "$.classes");
            }
        }

        foreach (var word in extraWords ?? [])
        {
            builder.Id(word);
        }

        return builder.Build();
    }

    /// <summary>Splits a phrase of rule text (a class entry, a literal of a frame) into normalised words, as texts are read.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <param name="document">The lexicon whose expansions and suffixes apply.</param>
    /// <returns>Its words, with contractions expanded by the lexicon's data.</returns>
    public static List<string> SplitPhrase(string phrase, LexiconDocument document)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < phrase.Length; i++)
        {
            var c = phrase[i];

            // An apostrophe inside a word, or leading a suffix written alone ('s, 'll), belongs to the word.
            if (IsWordChar(c) || (IsApostrophe(c) && (current.Length > 0 || (i + 1 < phrase.Length && IsWordChar(phrase[i + 1])))))
            {
                current.Append(IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c));
            }
            else if (c is ',' or ';')
            {
                Flush();
                words.Add(Separator);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length == 0)
            {
                return;
            }

            var word = current.ToString();
            current.Clear();
            if (document.Expansions.TryGetValue(word, out var expansion))
            {
                words.AddRange(expansion.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                return;
            }

            if (document.Suffixes.TryGetValue(word, out var alone))
            {
                // A suffix written alone is read as texts read it after a word: 'll is "will", 's stays 's.
                words.AddRange(alone.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                return;
            }

            foreach (var (suffix, replacement) in document.Suffixes.OrderByDescending(s => s.Key.Length))
            {
                if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    words.Add(word[..^suffix.Length]);
                    words.AddRange(replacement.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    return;
                }
            }

            words.Add(word);
        }
    }

    /// <summary>Gets whether a character is part of a word: a letter, a digit or a combining mark.</summary>
    public static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || (c > '\u007f' && (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark));

    /// <summary>Gets whether a character is an apostrophe, straight or typographic.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    /// <summary>Gets the id of a normalised word.</summary>
    /// <param name="word">The word, in lower case with straight apostrophes.</param>
    /// <returns>Its id, or <see cref="Unknown"/>.</returns>
    public int IdOf(string word) => _table.TryGetValue(word, WordTable.Hash(word), out var code) && code >= 0 ? code : Unknown;

    /// <summary>Gets whether a word is in a class in one of the given forms (as a one-word entry).</summary>
    public bool InClass(int word, int classIndex, int forms) =>
        word >= 0 && Classes[classIndex].Single.TryGetValue(word, out var mask) && (mask & forms) != 0;

    /// <summary>
    /// Reads the word that starts at a word character of a text and adds its token or tokens, as
    /// <see cref="AddTokens"/> does: a word runs on through letters, digits and marks, and through an apostrophe
    /// followed by one of them. A word of plain ASCII letters and digits is normalised and looked up as it is read.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The word's first character, a word character.</param>
    /// <param name="tokens">Where to add the tokens.</param>
    /// <returns>The index just past the word.</returns>
    public int ReadWord(ReadOnlySpan<char> text, int start, List<Token> tokens)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var hash = WordTable.EmptyHash;
        var written = 0;
        var letters = 0;
        var upper = 0;
        var i = start;
        for (; i < text.Length; i++)
        {
            var c = FoldAscii(text[i], ref letters, ref upper);
            if (c == '\0')
            {
                break;
            }

            // Too long for the buffer, or letters repeated for emphasis: the general path reads it.
            if (written == MaxWordLength || (written >= 2 && buffer[written - 1] == c && buffer[written - 2] == c))
            {
                return ReadWordSlowly(text, start, tokens);
            }

            buffer[written++] = c;
            hash = WordTable.Hash(hash, c);
        }

        // The word goes on past ASCII (an accented letter, an apostrophe): the general path reads it.
        if (i < text.Length && (text[i] > '\u007f' || IsApostrophe(text[i])) && (IsWordChar(text[i]) || (i + 1 < text.Length && IsApostrophe(text[i]) && IsWordChar(text[i + 1]))))
        {
            return ReadWordSlowly(text, start, tokens);
        }

        var flags = letters >= 2 && upper == letters ? TokenFlags.Capitals : TokenFlags.None;
        if (!Add(buffer[..written], hash, start, i - start, flags, tokens))
        {
            tokens.Add(new Token(start, i - start, Unknown, flags));
        }

        return i;
    }

    // An ASCII letter or digit in lower case, counting letters and capitals; '\0' for any other character.
    private static char FoldAscii(char c, ref int letters, ref int upper)
    {
        if (char.IsAsciiLetterLower(c))
        {
            letters++;
            return c;
        }

        if (char.IsAsciiLetterUpper(c))
        {
            letters++;
            upper++;
            return (char)(c | 0x20);
        }

        return char.IsAsciiDigit(c) ? c : '\0';
    }

    private int ReadWordSlowly(ReadOnlySpan<char> text, int start, List<Token> tokens)
    {
        var end = start + 1;
        while (end < text.Length && (IsWordChar(text[end]) || (IsApostrophe(text[end]) && end + 1 < text.Length && IsWordChar(text[end + 1]))))
        {
            end++;
        }

        AddTokens(text, start, end - start, tokens);
        return end;
    }

    /// <summary>
    /// Reads one word of a text, as normalised, and adds its token or tokens: one for a word, two or more for a
    /// contraction or an expansion. Unknown words are tokens too.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The word's first character.</param>
    /// <param name="length">The word's length.</param>
    /// <param name="tokens">Where to add the tokens.</param>
    public void AddTokens(ReadOnlySpan<char> text, int start, int length, List<Token> tokens)
    {
        if (length > MaxWordLength)
        {
            tokens.Add(new Token(start, length, Unknown, TokenFlags.None));
            return;
        }

        Span<char> buffer = stackalloc char[MaxWordLength];
        var word = text.Slice(start, length);
        var upper = 0;
        var letters = 0;
        var written = 0;
        var repeated = false;
        var apostrophe = false;
        var hash = WordTable.EmptyHash;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (FoldAscii(c, ref letters, ref upper) is var folded and not '\0')
            {
                c = folded;
            }
            else if (IsApostrophe(c))
            {
                c = '\'';
                apostrophe = true;
            }
            else if (c > '\u007f' && char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                    c = char.ToLowerInvariant(c);
                }
            }

            // Letters repeated for emphasis: a run of three or more is read as two ("sooo" as "soo", then "so").
            if (written >= 2 && buffer[written - 1] == c && buffer[written - 2] == c && char.IsLetter(c))
            {
                repeated = true;
                continue;
            }

            buffer[written++] = c;
            hash = WordTable.Hash(hash, c);
        }

        var flags = letters >= 2 && upper == letters ? TokenFlags.Capitals : TokenFlags.None;
        var normal = buffer[..written];
        if (Add(normal, hash, start, length, flags, tokens))
        {
            return;
        }

        if (repeated)
        {
            var single = 0;
            for (var i = 0; i < written; i++)
            {
                if (i == 0 || buffer[i] != buffer[single - 1] || !char.IsLetter(buffer[i]))
                {
                    buffer[single++] = buffer[i];
                }
            }

            if (Add(buffer[..single], WordTable.Hash(buffer[..single]), start, length, flags, tokens))
            {
                return;
            }
        }

        if (apostrophe)
        {
            foreach (var (suffix, words) in _suffixes)
            {
                if (normal.Length > suffix.Length && normal.EndsWith(suffix, StringComparison.Ordinal))
                {
                    var stem = normal[..^suffix.Length];
                    if (!Add(stem, WordTable.Hash(stem), start, length, flags, tokens))
                    {
                        tokens.Add(new Token(start, length, Unknown, flags));
                    }

                    foreach (var id in words)
                    {
                        tokens.Add(new Token(start, length, id, flags));
                    }

                    return;
                }
            }
        }

        tokens.Add(new Token(start, length, Unknown, flags));
    }

    private bool Add(ReadOnlySpan<char> normal, uint hash, int start, int length, TokenFlags flags, List<Token> tokens)
    {
        if (!_table.TryGetValue(normal, hash, out var code))
        {
            return false;
        }

        if (code >= 0)
        {
            tokens.Add(new Token(start, length, code, flags));
        }
        else
        {
            foreach (var id in _expansions[-(code + 2)])
            {
                tokens.Add(new Token(start, length, id, flags));
            }
        }

        return true;
    }

    /// <summary>One word class: its entries in all their forms.</summary>
    /// <param name="Name">Its name.</param>
    /// <param name="Single">The one-word entries: word id to the bits of the forms it is.</param>
    /// <param name="Phrases">The entries of two or more words, each with the bits of its form.</param>
    internal sealed record WordClass(string Name, FrozenDictionary<int, int> Single, ImmutableArray<(int[] Words, int Forms)> Phrases);

    private sealed class Builder(LexiconDocument document)
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal) { [Separator] = 0 };
        private readonly List<string> _words = [Separator];
        private readonly Dictionary<string, (WordClassDocument Doc, string Path)> _declared = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(int[] Words, int Forms)>> _resolved = new(StringComparer.Ordinal);
        private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _formBits = new(StringComparer.Ordinal) { ["base"] = BaseForm };
        private readonly Dictionary<string, (Regex Match, ImmutableDictionary<string, string> Forms)[]> _paradigms = new(StringComparer.Ordinal);
        private readonly HashSet<string> _inflectsLastWord = new(StringComparer.Ordinal);

        public void Declare(string name, WordClassDocument cls, string path)
        {
            if (!IsName(name))
            {
                throw new FrameException($"{path}.{name}", $"the class name '{name}' must be lower-kebab-case.");
            }

            _declared[name] = (cls, $"{path}.{name}");
        }

        public int Id(string word)
        {
            if (!_ids.TryGetValue(word, out var id))
            {
                id = _words.Count;
                _ids[word] = id;
                _words.Add(word);
            }

            return id;
        }

        public Lexicon Build()
        {
            foreach (var (name, paradigm) in document.Paradigms)
            {
                foreach (var form in paradigm.Forms)
                {
                    if (!_formBits.ContainsKey(form))
                    {
                        if (_formBits.Count >= 30)
                        {
                            throw new FrameException($"$.paradigms.{name}.forms", "a lexicon may name at most 30 forms.");
                        }

                        _formBits[form] = 1 << _formBits.Count;
                    }
                }

                _paradigms[name] = [.. paradigm.Rules.Select((rule, i) => (Compile(rule.Match, $"$.paradigms.{name}.rules[{i}].match"), rule.Forms))];
                if (paradigm.InflectsLastWord)
                {
                    _inflectsLastWord.Add(name);
                }
            }

            var names = _declared.Keys.Order(StringComparer.Ordinal).ToList();
            var classIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var entries = new List<List<(int[] Words, int Forms)>>();
            foreach (var name in names)
            {
                classIndex[name] = entries.Count;
                entries.Add(Resolve(name));
            }

            // Expansions and suffixes name words too.
            var expansions = new List<int[]>();
            var codes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (word, expansion) in document.Expansions)
            {
                codes[word] = -(expansions.Count + 2);
                expansions.Add([.. expansion.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Id)]);
            }

            var suffixes = document.Suffixes
                .OrderByDescending(s => s.Key.Length)
                .Select(s => (s.Key, s.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Id).ToArray()))
                .ToArray();

            foreach (var (word, id) in _ids)
            {
                codes.TryAdd(word, id);
            }

            var classes = ImmutableArray.CreateBuilder<WordClass>(names.Count);
            var classesOfWord = new List<int>[_words.Count];
            for (var c = 0; c < names.Count; c++)
            {
                var single = new Dictionary<int, int>();
                var phrases = ImmutableArray.CreateBuilder<(int[], int)>();
                foreach (var (words, forms) in entries[c])
                {
                    if (words.Length == 1)
                    {
                        single[words[0]] = single.GetValueOrDefault(words[0]) | forms;
                    }
                    else
                    {
                        phrases.Add((words, forms));
                    }
                }

                foreach (var word in single.Keys)
                {
                    (classesOfWord[word] ??= []).Add(c);
                }

                classes.Add(new WordClass(names[c], single.ToFrozenDictionary(), phrases.ToImmutable()));
            }

            return new Lexicon(
                document.Language,
                codes,
                [.. expansions],
                suffixes,
                [.. _words],
                classes.MoveToImmutable(),
                classIndex.ToFrozenDictionary(StringComparer.Ordinal),
                _formBits.ToFrozenDictionary(StringComparer.Ordinal),
                [.. classesOfWord.Select(list => list?.ToArray() ?? [])]);
        }

        private List<(int[] Words, int Forms)> Resolve(string name)
        {
            if (_resolved.TryGetValue(name, out var done))
            {
                return done;
            }

            var (cls, path) = _declared[name];
            if (!_resolving.Add(name))
            {
                throw new FrameException($"{path}.include", $"the class '{name}' includes itself, through its includes.");
            }

            var result = new List<(int[] Words, int Forms)>();
            (Regex Match, ImmutableDictionary<string, string> Forms)[]? paradigm = null;
            if (cls.Inflect is { } inflect && !_paradigms.TryGetValue(inflect, out paradigm))
            {
                throw new FrameException($"{path}.inflect", $"the paradigm '{inflect}' is not one of the lexicon's ({string.Join(", ", _paradigms.Keys)}).");
            }

            if (cls.Words.IsEmpty && cls.Include.IsEmpty)
            {
                throw new FrameException(path, $"the class '{name}' has no words and includes no class.");
            }

            for (var i = 0; i < cls.Words.Length; i++)
            {
                var words = SplitPhrase(cls.Words[i], document);
                if (words.Count == 0)
                {
                    throw new FrameException($"{path}.words[{i}]", "an entry must have at least one word.");
                }

                result.Add(([.. words.Select(Id)], BaseForm));
                if (paradigm is not null)
                {
                    var at = _inflectsLastWord.Contains(cls.Inflect!) ? words.Count - 1 : 0;
                    foreach (var (form, bit) in Inflect(words[at], paradigm, $"{path}.words[{i}]"))
                    {
                        result.Add(([.. words.Select((word, w) => Id(w == at ? form : word))], bit));
                    }
                }
            }

            foreach (var included in cls.Include)
            {
                if (!_declared.ContainsKey(included))
                {
                    throw new FrameException($"{path}.include", $"the class '{included}' is not defined.");
                }

                result.AddRange(Resolve(included));
            }

            _resolving.Remove(name);
            _resolved[name] = result;
            return result;
        }

        private IEnumerable<(string Form, int Bit)> Inflect(string lemma, (Regex Match, ImmutableDictionary<string, string> Forms)[] rules, string path)
        {
            var irregular = document.Irregular.GetValueOrDefault(lemma);
            var rule = rules.FirstOrDefault(r => r.Match.IsMatch(lemma));
            foreach (var (form, bit) in _formBits)
            {
                if (bit == BaseForm)
                {
                    continue;
                }

                if (irregular is not null && irregular.TryGetValue(form, out var forms))
                {
                    foreach (var alternative in forms.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        yield return (alternative, bit);
                    }
                }
                else if (rule.Match is not null && rule.Forms.TryGetValue(form, out var replacement))
                {
                    yield return (rule.Match.Replace(lemma, replacement), bit);
                }
                else if (rule.Match is null && rules.Length > 0)
                {
                    throw new FrameException(path, $"no inflection rule matches '{lemma}'.");
                }
            }
        }

        private static Regex Compile(string pattern, string path)
        {
            try
            {
                return new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException ex)
            {
                throw new FrameException(path, $"'{pattern}' is not a valid regular expression: {ex.Message}");
            }
        }
    }

    /// <summary>Gets whether a name is lower-kebab-case.</summary>
    internal static bool IsName(string name)
    {
        if (name.Length == 0 || name[0] == '-' || name[^1] == '-')
        {
            return false;
        }

        var dash = false;
        foreach (var c in name)
        {
            if (c == '-')
            {
                if (dash)
                {
                    return false;
                }

                dash = true;
            }
            else if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                dash = false;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
