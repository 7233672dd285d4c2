using System.Collections.Immutable;
using System.Globalization;
using IntimacyKit.Scripts;
using IntimacyKit.Text;

namespace IntimacyKit.Coaching;

/// <summary>
/// Infers the honesty formula's parts from a message's own words and renders the rewrite. The parts are found by the
/// rules file's <c>rewrite</c> frames, read with the coach's rules in the same pass; each part's words are then taken from
/// the text after the frame, up to the end of its clause.
/// </summary>
internal sealed class RewriteBuilder
{
    private const string TemplateId = "honesty-formula-script";
    private const int MaxWords = 12;
    private const int MaxCandidates = 20;
    private const int MaxClauseLength = 160;

    // US English where culture data exists; apps that run with InvariantGlobalization have only the invariant culture.
    private static readonly CultureInfo s_culture = EnglishOrInvariant();
    private static readonly string[] s_clauseBreaks = [" and i ", " but ", " so ", " because ", " then ", " and it ", " and that ", " which ", " and now ", " and you ", " i ", " and then "];
    private static readonly string[] s_trailingFiller = ["all the time", "again", "anymore", "any more", "ever", "every time", "24/7", "now"];

    private readonly FeelingsVocabulary _vocabulary;
    private readonly CoachRuleSet _rules;

    public RewriteBuilder(FeelingsVocabulary vocabulary, CoachRuleSet rules)
    {
        _vocabulary = vocabulary;
        _rules = rules;
    }

    /// <summary>Renders the rewrite of a message.</summary>
    /// <param name="text">The message.</param>
    /// <param name="findings">Its findings.</param>
    /// <param name="parts">The matches of the rewrite's frames in it (not quoted), ordered by start.</param>
    public HonestyRewrite Build(string text, ImmutableArray<CoachFinding> findings, List<(int Rule, int Start, int Length)> parts)
    {
        var feeling = findings.Where(f => f.Kind == CoachFindingKind.FauxFeeling && !f.UnderlyingFeelings.IsEmpty).Select(f => f.UnderlyingFeelings[0]).FirstOrDefault()
            ?? First(RewritePart.Feeling, parts, (start, length) => _vocabulary.UnpleasantAtEnd(text.Substring(start, length)));
        var behaviour = First(RewritePart.When, parts, (start, length) => Behaviour(text, start, length, null))
            ?? First(RewritePart.Always, parts, (start, length) => Behaviour(text, start, length, LastWord(text, start, length)));
        var request = First(RewritePart.Request, parts, (start, length) => Request(text, start + length));

        var blanks = ImmutableArray.CreateBuilder<string>(3);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["feeling"] = Fill("feeling", feeling, blanks),
            ["behaviour"] = Fill("behaviour", behaviour, blanks),
            ["request"] = Fill("request", request, blanks),
        };

        return new HonestyRewrite
        {
            Text = ScriptRenderer.Default.RenderTemplate(TemplateId, values, s_culture),
            Feeling = feeling,
            Behaviour = behaviour,
            Request = request,
            Blanks = blanks.ToImmutable(),
        };
    }

    private static string Fill(string name, string? value, ImmutableArray<string>.Builder blanks)
    {
        if (value is not null)
        {
            return value;
        }

        blanks.Add(name);
        return $"[{name}]";
    }

    private string? First(RewritePart part, List<(int Rule, int Start, int Length)> parts, Func<int, int, string?> read)
    {
        var index = _rules.IndexOf(part);
        var tried = 0;
        foreach (var (rule, start, length) in parts)
        {
            if (rule == index && tried++ < MaxCandidates && read(start, length) is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }

    // "when you're …", "you never …": the behaviour is the clause after the frame, said without always or never.
    private string? Behaviour(string text, int start, int length, string? adverb)
    {
        var clause = ClauseAfter(text, start + length);
        if (clause is null || StartsWithAny(clause, "make ", "makes ", "made ", "making ", "drive ", "drove ", "should", "ought", "need to", "have to", "must"))
        {
            return null;
        }

        if (_vocabulary.IsFeelingWord(clause))
        {
            return null;
        }

        var be = Be(Straight(text.Substring(start, length)).ToLowerInvariant());
        var subject = be.Length == 0 ? "you" : "you" + be;
        return adverb switch
        {
            "never" when be.Length > 0 => $"{subject} not {clause}",
            "never" when clause.Split(' ')[0].EndsWith("ed", StringComparison.Ordinal) => $"you never {clause}",
            "never" => $"you don't {clause}",
            "keep" => $"you keep {clause}",
            _ => $"{subject} {clause}",
        };
    }

    // How the frame wrote "you are", if it did: "'re", " are" or nothing.
    private static string Be(string frame)
    {
        var you = frame.IndexOf("you", StringComparison.Ordinal);
        var after = you < 0 ? "" : frame[(you + 3)..];
        return after.StartsWith("'re", StringComparison.Ordinal) ? "'re" : after.StartsWith(" are", StringComparison.Ordinal) ? " are" : "";
    }

    private static string? Request(string text, int end)
    {
        var clause = ClauseAfter(text, end);
        return clause is null || StartsWithAny(clause, "have ", "know", "be ashamed", "be sorry", "feel ") ? null : $"you to {clause}";
    }

    // The words after a frame, up to the end of their clause or a quotation mark: one space, then at most 160 characters.
    private static string? ClauseAfter(string text, int end)
    {
        if (end >= text.Length || text[end] != ' ')
        {
            return null;
        }

        var stop = end + 1;
        while (stop < text.Length && stop - end <= MaxClauseLength && !TextRegions.EndsClause(text[stop]) && text[stop] is not ('"' or '\u201C' or '\u201D'))
        {
            stop++;
        }

        return stop == end + 1 ? null : Clause(Straight(text[(end + 1)..stop]));
    }

    private static string LastWord(string text, int start, int length)
    {
        var span = text.AsSpan(start, length).TrimEnd();
        var space = span.LastIndexOf(' ');
        return span[(space + 1)..].ToString().ToLowerInvariant();
    }

    private static string Straight(string words) =>
        words.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u02BC', '\'');

    /// <summary>Cuts a clause at the next clause break, trims filler, and keeps it short; null when nothing is left.</summary>
    private static string? Clause(string raw)
    {
        var clause = " " + string.Join(' ', raw.Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";
        foreach (var separator in s_clauseBreaks)
        {
            var at = clause.IndexOf(separator, 1, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                clause = clause[..(at + 1)];
            }
        }

        clause = clause.Trim();
        var trimmed = true;
        while (trimmed)
        {
            trimmed = false;
            foreach (var filler in s_trailingFiller)
            {
                if (clause.EndsWith(" " + filler, StringComparison.OrdinalIgnoreCase))
                {
                    clause = clause[..^(filler.Length + 1)].TrimEnd();
                    trimmed = true;
                }
            }
        }

        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxWords || clause.Length > 120 || !words.All(w => w.Any(char.IsLetterOrDigit)))
        {
            return null;
        }

        return clause;
    }

    private static bool StartsWithAny(string text, params string[] prefixes) =>
        prefixes.Any(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    private static CultureInfo EnglishOrInvariant()
    {
        try
        {
            return CultureInfo.GetCultureInfo("en-US");
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
