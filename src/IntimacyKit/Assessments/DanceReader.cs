using System.Collections.Immutable;
using IntimacyKit.Patterns;

namespace IntimacyKit.Assessments;

/// <summary>
/// Reads the dances of the catalog from two partners' valid answers. A role is a partner's only when their own answers
/// to its questions lean toward it both ways: the plainly worded statements agreed with (a mean strength of at least
/// <see cref="ForwardLeaning"/>) and the reversed ones not (at least <see cref="ReversedLeaning"/> after reversing).
/// A dance is named only when one partner shows one of its roles and the other partner the other role.
/// </summary>
internal static class DanceReader
{
    /// <summary>The mean strength the plainly worded statements need: 3.5 on a 1 to 5 scale, between "sometimes" and "often".</summary>
    public const double ForwardLeaning = 0.625;

    /// <summary>The mean strength the reversed statements need after reversing: answered "sometimes" or less.</summary>
    public const double ReversedLeaning = 0.5;

    /// <summary>The strength both parts need for <see cref="DanceConfidence.High"/>.</summary>
    public const double HighStrength = 0.75;

    public static ImmutableArray<DanceFinding> Read(Questionnaire questionnaire, IntimacyCatalog catalog, AssessmentAnswers first, AssessmentAnswers second)
    {
        var findings = ImmutableArray.CreateBuilder<DanceFinding>();
        foreach (var dance in catalog.Dances)
        {
            var firstParts = Parts(questionnaire, dance, first);
            var secondParts = Parts(questionnaire, dance, second);
            var strength = Stronger(Pairing(firstParts, dance.First, secondParts, dance.Second), Pairing(firstParts, dance.Second, secondParts, dance.First));
            if (strength is null)
            {
                continue;
            }

            var reading = questionnaire.GetDanceReading(dance.Id);
            findings.Add(new DanceFinding
            {
                Dance = dance,
                FirstPartnerParts = firstParts,
                SecondPartnerParts = secondParts,
                Confidence = strength >= HighStrength ? DanceConfidence.High : DanceConfidence.Moderate,
                Reading = reading?.Text ?? dance.Summary,
                SafetyNote = reading?.SafetyNote,
                CircuitBreakers = dance.CircuitBreakers,
            });
        }

        return findings.ToImmutable();
    }

    private static double? Stronger(double? a, double? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    // The weaker part of a pairing of one partner in one role and the other in the other, or null when either is not shown.
    private static double? Pairing(ImmutableArray<DancePart> firstParts, DanceRole firstRole, ImmutableArray<DancePart> secondParts, DanceRole secondRole)
    {
        var a = firstParts.FirstOrDefault(p => ReferenceEquals(p.Role, firstRole));
        var b = secondParts.FirstOrDefault(p => ReferenceEquals(p.Role, secondRole));
        return a is null || b is null ? null : Math.Min(a.Strength, b.Strength);
    }

    private static ImmutableArray<DancePart> Parts(Questionnaire questionnaire, Dance dance, AssessmentAnswers answers)
    {
        var parts = ImmutableArray.CreateBuilder<DancePart>(2);
        foreach (var role in (ReadOnlySpan<DanceRole>)[dance.First, dance.Second])
        {
            if (Part(questionnaire, role, answers) is { } part)
            {
                parts.Add(part);
            }
        }

        return parts.ToImmutable();
    }

    private static DancePart? Part(Questionnaire questionnaire, DanceRole role, AssessmentAnswers answers)
    {
        var (min, max) = (questionnaire.ScaleMin, questionnaire.ScaleMax);
        var evidence = questionnaire.Questions.Where(q => q.Shows(role)).Select(q =>
        {
            var answer = answers.Answers[q.Id];
            return new AnswerEvidence
            {
                QuestionId = q.Id,
                Text = q.Text,
                Answer = answer,
                Reversed = q.Reversed,
                Strength = (double)(q.Score(answer, min, max) - min) / (max - min),
            };
        }).ToImmutableArray();

        var plain = evidence.Where(e => !e.Reversed).Select(e => e.Strength).ToList();
        var reversed = evidence.Where(e => e.Reversed).Select(e => e.Strength).ToList();
        if (plain.Count == 0 || reversed.Count == 0 || plain.Average() < ForwardLeaning || reversed.Average() < ReversedLeaning)
        {
            return null; // Without both wordings, or without both leaning, agreement cannot be told from the role.
        }

        return new DancePart { Role = role, Strength = evidence.Average(e => e.Strength), Evidence = evidence };
    }
}
