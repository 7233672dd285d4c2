using System.Globalization;
using System.Text;
using IntimacyKit.Patterns;

namespace IntimacyKit.Assessments;

/// <summary>Writes profiles and comparisons as Markdown or plain text, with numbers in the reader's culture.</summary>
internal static class SummaryWriter
{
    public static string Profile(AssessmentProfile profile, SummaryFormat format, IFormatProvider provider)
    {
        var w = new Writer(format);
        w.Title("Your self-assessment");
        w.Note(profile.Disclaimer);
        w.Heading("Under stress");
        if (profile.BlendReading is { } blend)
        {
            w.Paragraph(blend);
        }

        foreach (var reading in profile.Readings.Where(r => r is not null))
        {
            w.Paragraph($"{w.Strong(Capitalize(reading.Name))} ({Name(reading.Response)}): {reading.UnderStress}");
        }

        w.Heading("Scores");
        w.Table(["Response", "Points", "Share"], profile.Scores.Where(s => s is not null).Select(s => new[] { Name(s.Response), Points(s, provider), Share(s, provider) }));
        w.Heading("To start with");
        w.List("Chapters", profile.Chapters.Where(c => c is not null).Select(c => c.Number is { } n ? string.Create(provider, $"Chapter {n}: {c.Title}") : c.Title));
        w.List("Practices", profile.Practices.Where(p => p is not null).Select(p => p.Title));
        w.List("Exercises", profile.Exercises.Where(e => e is not null).Select(e => string.Create(provider, $"{e.Title} (about {e.EstimatedMinutes} min)")));
        w.List("Scripts", profile.Scripts.Where(s => s is not null).Select(s => s.Title));
        return w.ToString();
    }

    public static string Comparison(ProfileComparison comparison, SummaryFormat format, IFormatProvider provider)
    {
        var (first, second) = (comparison.First, comparison.Second);
        var (a, b) = (first.RespondentId ?? "First partner", second.RespondentId ?? "Second partner");
        var w = new Writer(format);
        w.Title("Side by side");
        w.Note(first.Disclaimer);
        var rows = Enum.GetValues<AnxietyResponse>().Select(r => new[] { Name(r), ScoreOf(first, r, provider), ScoreOf(second, r, provider) });
        w.Table(["Response", a, b], rows);
        w.Paragraph($"{w.Strong(a)} tends to default to {Defaults(first)}; {w.Strong(b)} to {Defaults(second)}.");
        if (!comparison.SharedDefaults.IsEmpty)
        {
            w.Paragraph($"You share a default ({string.Join(", ", comparison.SharedDefaults.Select(Name))}): each of you may recognise your own move in the other.");
        }

        w.Heading("Dances your answers show");
        if (comparison.SafetyResources is { } safety)
        {
            w.Note(safety.Message);
        }

        if (comparison.NoClearDance is { } none)
        {
            w.Paragraph(none);
        }

        foreach (var finding in comparison.Dances.Where(f => f?.Dance is not null))
        {
            w.Subheading($"{finding.Dance.Name} (confidence: {finding.Confidence.ToString().ToLowerInvariant()})");
            w.Paragraph(finding.Reading);
            if (finding.SafetyNote is { } note)
            {
                w.Note(note);
            }

            Parts(w, a, finding.FirstPartnerParts, provider);
            Parts(w, b, finding.SecondPartnerParts, provider);
            w.List("Circuit breakers either of you can use", finding.CircuitBreakers.Where(c => c is not null)
                .Select(c => string.IsNullOrWhiteSpace(c.SafetyNote) ? c.Text : $"{c.Text} ({c.SafetyNote})"));
        }

        return w.ToString();
    }

    private static void Parts(Writer w, string partner, IEnumerable<DancePart> parts, IFormatProvider provider)
    {
        foreach (var part in parts.Where(p => p?.Role is not null))
        {
            // "the moves of the pursuer", "the moves of the one who raises the heat": moves, not a label for the person.
            var role = part.Role.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? part.Role.Name[4..] : part.Role.Name;
            w.List(string.Create(provider, $"{partner}: the moves of the {role} (strength {part.Strength:P0}). {part.Role.Move}"),
                part.Evidence.Where(e => e is not null).Select(e => string.Create(provider,
                    $"\"{e.Text}\": {e.Answer}{(e.Reversed ? " (worded the other way round)" : string.Empty)}, leaning {e.Strength:P0}")));
        }
    }

    private static string Defaults(AssessmentProfile profile) =>
        profile.Readings.IsEmpty
            ? string.Join(" and ", profile.DefaultResponses.Select(Name))
            : string.Join(" and ", profile.Readings.Where(r => r is not null).Select(r => $"{r.Name} ({Name(r.Response)})"));

    private static string ScoreOf(AssessmentProfile profile, AnxietyResponse response, IFormatProvider provider)
    {
        var score = profile.Scores.FirstOrDefault(s => s is not null && s.Response == response);
        return score is null ? "-" : $"{Points(score, provider)} ({Share(score, provider)})";
    }

    private static string Points(ResponseScore score, IFormatProvider provider) =>
        string.Create(provider, $"{score.Points:N0} of {score.MaxPoints:N0}");

    private static string Share(ResponseScore score, IFormatProvider provider) => score.Share.ToString("P0", provider);

    private static string Name(AnxietyResponse response) => response.ToString().ToLowerInvariant();

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text[1..]);

    /// <summary>The two formats' building blocks.</summary>
    private sealed class Writer(SummaryFormat format)
    {
        private readonly StringBuilder _text = new();
        private readonly bool _markdown = format != SummaryFormat.PlainText;

        public string Strong(string text) => _markdown ? $"**{Escape(text)}**" : text;

        public void Title(string text) => Block(_markdown ? $"# {text}" : text.ToUpper(CultureInfo.InvariantCulture));

        public void Heading(string text) => Block(_markdown ? $"## {text}" : $"{text}:");

        public void Subheading(string text) => Block(_markdown ? $"### {Escape(text)}" : $"  {text}");

        public void Note(string text) => Block(_markdown ? $"> {text}" : $"({text})");

        public void Paragraph(string text) => Block(text);

        public void List(string? caption, IEnumerable<string> items)
        {
            var list = items.ToList();
            var lines = new List<string>();
            if (caption is not null)
            {
                lines.Add(_markdown ? $"**{caption}**" : $"{caption}:");
            }

            lines.AddRange(list.Count == 0 ? [_markdown ? "- (none in this catalog)" : "  - (none in this catalog)"] : list.Select(i => _markdown ? $"- {Escape(i)}" : $"  - {i}"));
            Block(string.Join(Environment.NewLine, lines));
        }

        public void Table(string[] header, IEnumerable<string[]> rows)
        {
            var all = rows.ToList();
            if (_markdown)
            {
                var lines = new List<string> { Row(header), "|" + string.Concat(header.Select(_ => " --- |")) };
                lines.AddRange(all.Select(Row));
                Block(string.Join(Environment.NewLine, lines));
                return;
            }

            var widths = header.Select((h, i) => all.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
            Block(string.Join(Environment.NewLine, all.Prepend(header).Select(r => "  " + string.Join("  ", r.Select((c, i) => c.PadRight(widths[i]))).TrimEnd())));

            static string Row(string[] cells) => "| " + string.Join(" | ", cells.Select(c => Escape(c).Replace("|", "\\|", StringComparison.Ordinal))) + " |";
        }

        public override string ToString() => _text.ToString().TrimEnd() + Environment.NewLine;

        private static string Escape(string text) => text.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

        private void Block(string text) => _text.Append(text).Append(Environment.NewLine).Append(Environment.NewLine);
    }
}
