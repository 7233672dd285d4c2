using System.Collections.Immutable;
using CsCheck;
using IntimacyKit.Assessments;

namespace IntimacyKit.Tests.Assessments;

/// <summary>
/// Properties of the dances read from two partners' answers, over thousands of generated answer sets: a role is only
/// ever read from the partner's own answers, swapping the partners swaps their roles, and answering every statement
/// the same way never reads as a pattern.
/// </summary>
public sealed class DanceReadingPropertyTests
{
    private const int Iterations = 2_000;

    private static readonly SelfAssessment Assessment = SelfAssessment.Default;

    private static readonly ImmutableArray<AssessmentQuestion> Questions = Questionnaire.BuiltIn.Questions;

    // A person who leans some way on each response and move (1 to 5), answering each statement near that lean (a step
    // either way), the reversed ones mirrored; or, one time in four, anyone answering at random. Leans make dances common.
    private static readonly Gen<AssessmentAnswers> GenAnswers = Gen.Frequency(
        (3, Gen.Select(Gen.Int[1, 5].Array[8], Gen.Int[-1, 1].Array[Questions.Length]).Select((leans, noise) => Answers((q, i) =>
        {
            var lean = leans[q.Response is { } r ? (int)r - 1 : 2 + (int)q.Move!.Value];
            var scored = Math.Clamp(lean + noise[i], 1, 5);
            return q.Reversed ? 6 - scored : scored;
        }))),
        (1, Gen.Int[1, 5].Array[Questions.Length].Select(values => Answers((_, i) => values[i]))));

    [Fact]
    public void No_role_is_ever_assigned_without_the_partners_own_answers_showing_it()
    {
        Gen.Select(GenAnswers, GenAnswers).Sample((first, second) =>
        {
            foreach (var finding in Assessment.Compare(first, second).Dances)
            {
                finding.FirstPartnerParts.Should().NotBeEmpty().And.OnlyContain(p => ShownBy(p, first));
                finding.SecondPartnerParts.Should().NotBeEmpty().And.OnlyContain(p => ShownBy(p, second));
                var complementary = finding.FirstPartnerParts.Any(a => finding.SecondPartnerParts.Any(b => !ReferenceEquals(a.Role, b.Role)));
                complementary.Should().BeTrue("a dance is named only when one partner shows one role and the other the other");
            }
        }, iter: Iterations);
    }

    [Fact]
    public void A_partners_part_does_not_depend_on_the_other_partners_answers()
    {
        Gen.Select(GenAnswers, GenAnswers, GenAnswers).Sample((mine, one, another) =>
        {
            var withOne = Assessment.Compare(mine, one).Dances;
            var withAnother = Assessment.Compare(mine, another).Dances;

            foreach (var finding in withOne)
            {
                var same = withAnother.FirstOrDefault(f => f.Dance.Id == finding.Dance.Id);
                if (same is not null)
                {
                    Parts(same.FirstPartnerParts).Should().Equal(Parts(finding.FirstPartnerParts));
                }
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Swapping_the_two_partners_swaps_their_roles()
    {
        Gen.Select(GenAnswers, GenAnswers).Sample((first, second) =>
        {
            var forward = Assessment.Compare(first, second).Dances;
            var swapped = Assessment.Compare(second, first).Dances;

            swapped.Select(f => f.Dance.Id).Should().Equal(forward.Select(f => f.Dance.Id));
            for (var i = 0; i < forward.Length; i++)
            {
                Parts(swapped[i].FirstPartnerParts).Should().Equal(Parts(forward[i].SecondPartnerParts));
                Parts(swapped[i].SecondPartnerParts).Should().Equal(Parts(forward[i].FirstPartnerParts));
                swapped[i].Confidence.Should().Be(forward[i].Confidence);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Answering_every_statement_the_same_way_reads_as_no_clear_pattern_whatever_the_other_partner_answers()
    {
        Gen.Select(Gen.Int[1, 5], GenAnswers, Gen.Bool).Sample((value, other, sameFirst) =>
        {
            var same = AssessmentTestData.AllTheSame(value);
            var comparison = sameFirst ? Assessment.Compare(same, other) : Assessment.Compare(other, same);

            comparison.Dances.Should().BeEmpty();
            comparison.NoClearDance.Should().Be(Questionnaire.BuiltIn.NoClearDance);
            Assessment.Evaluate(same).DefaultResponses.Should().HaveCount(3, "the same answer to everything is a blend, not a default");
        }, iter: Iterations);
    }

    [Fact]
    public void The_generated_answers_show_every_dance_often_enough_for_the_properties_to_mean_something()
    {
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        Gen.Select(GenAnswers, GenAnswers).Sample((first, second) =>
        {
            foreach (var finding in Assessment.Compare(first, second).Dances)
            {
                seen.AddOrUpdate(finding.Dance.Id, 1, (_, n) => n + 1);
            }
        }, iter: Iterations);

        seen.Keys.Should().BeEquivalentTo(IntimacyCatalog.BuiltIn.Dances.Select(d => d.Id));
        seen.Values.Should().OnlyContain(n => n >= 20);
    }

    // Checked here from the answers alone, without the reader: every question about the role's response or moves is
    // evidence with the partner's own answer, and the plain and the reversed statements both lean toward the role.
    private static bool ShownBy(DancePart part, AssessmentAnswers answers)
    {
        var questions = Questions.Where(q => (q.Response is { } r && part.Role.Response == r) || (q.Move is { } m && part.Role.Moves.Contains(m))).ToList();
        var strengths = questions.Select(q => ((q.Reversed ? 6 - answers.Answers[q.Id] : answers.Answers[q.Id]) - 1) / 4.0).ToList();
        var plain = questions.Select((q, i) => (q, i)).Where(x => !x.q.Reversed).Average(x => strengths[x.i]);
        var reversed = questions.Select((q, i) => (q, i)).Where(x => x.q.Reversed).Average(x => strengths[x.i]);
        return questions.Count > 0
            && part.Evidence.Select(e => (e.QuestionId, e.Answer)).SequenceEqual(questions.Select(q => (q.Id, answers.Answers[q.Id])))
            && plain >= 0.625 && reversed >= 0.5
            && Math.Abs(part.Strength - strengths.Average()) < 1e-9;
    }

    private static IEnumerable<(string Role, double Strength, string Evidence)> Parts(ImmutableArray<DancePart> parts) =>
        parts.Select(p => (p.Role.Name, p.Strength, string.Join(",", p.Evidence.Select(e => $"{e.QuestionId}={e.Answer}"))));

    private static AssessmentAnswers Answers(Func<AssessmentQuestion, int, int> answer)
    {
        var answers = Assessment.StartAnswers();
        for (var i = 0; i < Questions.Length; i++)
        {
            answers = answers.WithAnswer(Questions[i].Id, answer(Questions[i], i));
        }

        return answers;
    }
}
