using System.Globalization;

namespace IntimacyKit.Text;

/// <summary>
/// Parses frames, the rules' short patterns over words. Elements are separated by spaces:
/// <list type="bullet">
/// <item><c>word</c>: that word, read as texts are (lower case, contractions expanded: <c>won't</c> is <c>will not</c>).</item>
/// <item><c>@class</c>: any word or phrase of a class, in any form; <c>@class:past+pp</c>: only in those forms.</item>
/// <item><c>_</c>: any one token; <c>&lt;caps&gt;</c>: a word in capitals.</item>
/// <item><c>%name</c>: the rule file's named frame of that name, as if written in its place.</item>
/// <item><c>a|@b|c</c> (no spaces): one of those elements.</item>
/// <item><c>( … )</c>: a group; inside, <c> | </c> (with spaces) separates alternative sequences.</item>
/// <item>after an element or group: <c>?</c> optional, <c>{m,n}</c> between m and n times (n at most 8), <c>{n}</c> n times.</item>
/// </list>
/// A frame never matches across the end of a sentence. Every frame must contain a word or class that every match
/// holds: the engine looks for those first.
/// </summary>
internal sealed class FrameParser
{
    /// <summary>The most times an element may repeat.</summary>
    public const int MaxRepeat = 8;

    private readonly Lexicon _lexicon;
    private readonly LexiconDocument _document;
    private readonly IReadOnlyDictionary<string, string> _named;
    private readonly int _depth;
    private readonly string _path;
    private readonly string _text;
    private readonly List<(Lex Kind, string Value)> _lexemes = [];
    private int _next;

    private FrameParser(Lexicon lexicon, LexiconDocument document, IReadOnlyDictionary<string, string> named, int depth, string text, string path)
    {
        _lexicon = lexicon;
        _document = document;
        _named = named;
        _depth = depth;
        _text = text;
        _path = path;
    }

    private enum Lex
    {
        Atom,
        AtomBar,
        SequenceBar,
        Open,
        Close,
        Optional,
        Repeat,
    }

    /// <summary>Parses one frame.</summary>
    /// <param name="lexicon">The lexicon its classes and words are looked up in.</param>
    /// <param name="document">The lexicon's document, for normalising literal words.</param>
    /// <param name="named">Named frames that <c>%name</c> stands for.</param>
    /// <param name="text">The frame.</param>
    /// <param name="path">The frame's JSON path, for errors.</param>
    /// <returns>The parsed frame.</returns>
    /// <exception cref="FrameException">The frame is malformed, names an unknown class, form or named frame, or can match nothing.</exception>
    public static FrameNode Parse(Lexicon lexicon, LexiconDocument document, IReadOnlyDictionary<string, string> named, string text, string path) =>
        Parse(lexicon, document, named, 0, text, path);

    private static FrameNode Parse(Lexicon lexicon, LexiconDocument document, IReadOnlyDictionary<string, string> named, int depth, string text, string path)
    {
        var parser = new FrameParser(lexicon, document, named, depth, text, path);
        parser.Lexemes();
        var node = parser.Choice();
        if (parser._next < parser._lexemes.Count)
        {
            throw parser.Error($"unexpected '{parser._lexemes[parser._next].Value}'.");
        }

        // A named frame may match nothing ("%adverbs" as "@adverb{0,3}"); the frame it is used in may not.
        if (depth == 0 && node.MinLength == 0)
        {
            throw parser.Error("the frame can match no word at all; make at least one element required.");
        }

        return node;
    }

    /// <summary>Collects the literal words of frames, so that the lexicon gives them ids before they are parsed.</summary>
    public static IEnumerable<string> LiteralWords(string text, LexiconDocument document)
    {
        foreach (var part in text.Split([' ', '\t', '(', ')', '|', '?'], StringSplitOptions.RemoveEmptyEntries))
        {
            var atom = part;
            var brace = atom.IndexOf('{', StringComparison.Ordinal);
            if (brace >= 0)
            {
                atom = atom[..brace];
            }

            if (atom.Length == 0 || atom[0] is '@' or '<' or '%' || atom == "_")
            {
                continue;
            }

            foreach (var word in Lexicon.SplitPhrase(atom, document))
            {
                yield return word;
            }
        }
    }

    private FrameException Error(string problem) => new(_path, $"in the frame \"{_text}\": {problem}");

    private void Lexemes()
    {
        var i = 0;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(')
            {
                _lexemes.Add((Lex.Open, "("));
                i++;
            }
            else if (c == ')')
            {
                _lexemes.Add((Lex.Close, ")"));
                i++;
            }
            else if (c == '?')
            {
                _lexemes.Add((Lex.Optional, "?"));
                i++;
            }
            else if (c == '|')
            {
                var spaced = (i > 0 && char.IsWhiteSpace(_text[i - 1])) || (i + 1 < _text.Length && char.IsWhiteSpace(_text[i + 1]));
                _lexemes.Add((spaced ? Lex.SequenceBar : Lex.AtomBar, "|"));
                i++;
            }
            else if (c == '{')
            {
                var close = _text.IndexOf('}', i);
                if (close < 0)
                {
                    throw Error("a '{' has no '}'.");
                }

                _lexemes.Add((Lex.Repeat, _text[(i + 1)..close]));
                i = close + 1;
            }
            else
            {
                var start = i;
                while (i < _text.Length && !char.IsWhiteSpace(_text[i]) && _text[i] is not ('(' or ')' or '?' or '|' or '{'))
                {
                    i++;
                }

                _lexemes.Add((Lex.Atom, _text[start..i]));
            }
        }
    }

    private Lex? Peek => _next < _lexemes.Count ? _lexemes[_next].Kind : null;

    private FrameNode Choice()
    {
        var options = new List<FrameNode> { Sequence() };
        while (Peek == Lex.SequenceBar)
        {
            _next++;
            options.Add(Sequence());
        }

        return options.Count == 1 ? options[0] : new ChoiceNode(options);
    }

    private FrameNode Sequence()
    {
        var items = new List<FrameNode>();
        while (Peek is { } kind && kind is not (Lex.Close or Lex.SequenceBar))
        {
            items.Add(Item());
        }

        return items.Count switch
        {
            0 => throw Error("an empty group or alternative."),
            1 => items[0],
            _ => new SequenceNode(items),
        };
    }

    private FrameNode Item()
    {
        var node = Primary();
        if (Peek == Lex.AtomBar)
        {
            var options = new List<FrameNode> { node };
            while (Peek == Lex.AtomBar)
            {
                _next++;
                options.Add(Primary());
            }

            node = new ChoiceNode(options);
        }

        while (Peek is Lex.Optional or Lex.Repeat)
        {
            var (kind, value) = _lexemes[_next++];
            var (min, max) = kind == Lex.Optional ? (0, 1) : Bounds(value);
            node = new RepeatNode(node, min, max);
        }

        return node;
    }

    private (int Min, int Max) Bounds(string value)
    {
        var parts = value.Split(',');
        if (parts.Length is < 1 or > 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            || !int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var max)
            || min > max || max == 0 || max > MaxRepeat)
        {
            throw Error($"'{{{value}}}' must be {{m,n}} or {{n}} with 0 <= m <= n, 1 <= n <= {MaxRepeat}.");
        }

        return (min, max);
    }

    private FrameNode Primary()
    {
        if (Peek is not { } kind)
        {
            throw Error("the frame ends where an element was expected.");
        }

        var (_, value) = _lexemes[_next++];
        switch (kind)
        {
            case Lex.Open:
                var inner = Choice();
                if (Peek != Lex.Close)
                {
                    throw Error("a '(' has no ')'.");
                }

                _next++;
                return inner;
            case Lex.Atom:
                return Atom(value);
            default:
                throw Error($"'{value}' where an element was expected.");
        }
    }

    private FrameNode Atom(string atom)
    {
        if (atom == "_")
        {
            return new AnyNode(TokenFlags.None);
        }

        if (atom == "<caps>")
        {
            return new AnyNode(TokenFlags.Capitals);
        }

        if (atom[0] == '%')
        {
            var name = atom[1..];
            if (!_named.TryGetValue(name, out var frame))
            {
                throw Error($"'%{name}' is not one of the file's named frames.");
            }

            return _depth >= 4
                ? throw Error($"'%{name}' nests named frames more than four deep.")
                : Parse(_lexicon, _document, _named, _depth + 1, frame, _path);
        }

        if (atom[0] == '<')
        {
            throw Error($"'{atom}' is not a known token test (only <caps>).");
        }

        if (atom[0] == '@')
        {
            var colon = atom.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? atom[1..] : atom[1..colon];
            if (!_lexicon.ClassIndex.TryGetValue(name, out var index))
            {
                throw Error($"the class '@{name}' is not defined (by the '{_lexicon.Language}' lexicon or this file).");
            }

            var forms = 0;
            if (colon < 0)
            {
                forms = -1;
            }
            else
            {
                foreach (var form in atom[(colon + 1)..].Split('+'))
                {
                    forms |= _lexicon.FormBits.TryGetValue(form, out var bit)
                        ? bit
                        : throw Error($"'{form}' is not a form of the lexicon ({string.Join(", ", _lexicon.FormBits.Keys)}).");
                }
            }

            var cls = _lexicon.Classes[index];
            var longest = 0;
            foreach (var mask in cls.Single.Values)
            {
                if ((mask & forms) != 0)
                {
                    longest = 1;
                    break;
                }
            }

            foreach (var (phrase, mask) in cls.Phrases)
            {
                if ((mask & forms) != 0)
                {
                    longest = Math.Max(longest, phrase.Length);
                }
            }

            return longest == 0
                ? throw Error($"the class '@{name}' has no words in the form{(colon < 0 ? string.Empty : " " + atom[(colon + 1)..])}.")
                : new ClassNode(index, forms, longest);
        }

        var words = Lexicon.SplitPhrase(atom, _document);
        if (words.Count == 0)
        {
            throw Error($"'{atom}' holds no word.");
        }

        var nodes = words.Select(w => (FrameNode)new WordNode(_lexicon.IdOf(w) is var id and >= 0 ? id : throw Error($"the word '{w}' has no id."))).ToList();
        return nodes.Count == 1 ? nodes[0] : new SequenceNode(nodes);
    }
}
