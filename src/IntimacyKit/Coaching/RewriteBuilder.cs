using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using IntimacyKit.Scripts;

namespace IntimacyKit.Coaching;

/// <summary>Infers the honesty formula's parts from a message's own words and renders the rewrite.</summary>
internal sealed class RewriteBuilder
{
    private const string TemplateId = "honesty-formula-script";
    private const int MaxWords = 12;
    private const int MaxCandidates = 20;
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // US English where culture data exists; apps that run with InvariantGlobalization have only the invariant culture.
    private static readonly CultureInfo s_culture = EnglishOrInvariant();
    private static readonly string[] s_clauseBreaks = [" and i ", " but ", " so ", " because ", " then ", " and it ", " and that ", " which ", " and now ", " and you ", " i ", " and then "];
    private static readonly string[] s_trailingFiller = ["all the time", "again", "anymore", "any more", "ever", "every time", "24/7", "now"];

    private readonly FeelingsVocabulary _vocabulary;
    private readonly Regex _feeling;
    private readonly Regex _when;
    private readonly Regex _always;
    private readonly Regex _request;

    public RewriteBuilder(FeelingsVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        var unpleasant = string.Join('|', vocabulary.UnpleasantFeelings.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
        var intensifiers = string.Join('|', vocabulary.Intensifiers.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
        const string Clause = @"[^.,;:!?\n""]{1,160}";
        _feeling = CoachRuleSet.Create(
            $@"\b(?:I(?:'m| am| was)?(?: (?:feel|felt|feeling|get|got|getting))?|me(?: feel)?) (?:(?:{intensifiers}) )*(?<w>{unpleasant})\b", Options, "the rewrite's feeling");
        _when = CoachRuleSet.Create($@"\b(?:when|whenever|every (?:single )?time|each time) you(?<be>'re| are)? (?<b>{Clause})", Options, "the rewrite's behaviour");
        _always = CoachRuleSet.Create($@"\byou(?<be>'re| are)? (?<adv>always|never|constantly|keep) (?<b>{Clause})", Options, "the rewrite's behaviour");
        _request = CoachRuleSet.Create($@"\b(?:you (?:really |just )?(?:should|ought to|need to|have to|must)|please) (?<r>{Clause})", Options, "the rewrite's request");
    }

    public HonestyRewrite Build(string text, ImmutableArray<CoachFinding> findings, List<(int Start, int End)> quotes)
    {
        var feeling = findings.Where(f => f.Kind == CoachFindingKind.FauxFeeling && !f.UnderlyingFeelings.IsEmpty).Select(f => f.UnderlyingFeelings[0]).FirstOrDefault()
            ?? First(_feeling, text, quotes, m => FeelingsVocabulary.Normalize(m.Groups["w"].Value));
        var behaviour = First(_when, text, quotes, m => Behaviour(m, null)) is { } whenClause ? whenClause
            : First(_always, text, quotes, m => Behaviour(m, m.Groups["adv"].Value.ToLowerInvariant()));
        var request = First(_request, text, quotes, Request);

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

    private static string? First(Regex regex, string text, List<(int Start, int End)> quotes, Func<Match, string?> read)
    {
        var match = regex.Match(text);
        for (var i = 0; i < MaxCandidates && match.Success; i++, match = match.NextMatch())
        {
            if (!TextScan.IsInside(quotes, match.Index) && read(match) is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }

    private string? Behaviour(Match match, string? adverb)
    {
        var clause = Clause(match.Groups["b"].Value);
        if (clause is null || StartsWithAny(clause, "make ", "makes ", "made ", "making ", "drive ", "drove ", "should", "ought", "need to", "have to", "must"))
        {
            return null;
        }

        if (_vocabulary.IsFeelingWord(clause))
        {
            return null;
        }

        var be = match.Groups["be"].Success ? match.Groups["be"].Value.ToLowerInvariant() : "";
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

    private static string? Request(Match match)
    {
        var clause = Clause(match.Groups["r"].Value);
        return clause is null || StartsWithAny(clause, "have ", "know", "be ashamed", "be sorry", "feel ") ? null : $"you to {clause}";
    }

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
