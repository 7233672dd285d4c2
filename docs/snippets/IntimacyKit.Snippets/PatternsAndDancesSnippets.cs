#region usings
using IntimacyKit;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Safety;
#endregion

namespace DocsSnippets;

public sealed class PatternsAndDancesSnippets : SnippetTest
{
    private static readonly IntimacyCatalog catalog = IntimacyCatalog.BuiltIn;

    [Fact]
    public void A_pattern_describes_its_signs_fear_effect_and_antidotes()
    {
        #region pattern
        PatternDescription pursue = catalog.GetPattern(AnxietyResponse.Pursue);

        Console.WriteLine($"{pursue.Name}: {pursue.Summary}");
        Console.WriteLine($"Signs: {string.Join("; ", pursue.Signs)}");
        Console.WriteLine($"Underneath: {pursue.UnderlyingFear}");
        Console.WriteLine($"On the partner: {pursue.EffectOnPartner}");
        Console.WriteLine($"How it feeds the partner's move: {pursue.HowItFeedsThePartner}");
        foreach (Antidote antidote in pursue.Antidotes)
        {
            Console.WriteLine($"Try instead: {antidote.Text}");
            if (antidote.PartnerInvolvement != PartnerInvolvement.None)
            {
                Console.WriteLine($"  ({antidote.SafetyNote})");   // shown next to anything done with the partner
            }
        }
        #endregion

        Output.Should().StartWith("Reactive pursuit: ");
        Output.Split('\n').Count(line => line.StartsWith("Try instead: ", StringComparison.Ordinal)).Should().Be(pursue.Antidotes.Length);
    }

    [Fact]
    public void A_patterns_practices_and_exercises_come_from_the_catalog()
    {
        #region pattern-practices
        PatternDescription withdraw = catalog.GetPattern(AnxietyResponse.Withdraw);

        foreach (string practiceId in withdraw.PracticeIds)
        {
            Practice practice = catalog.Get<Practice>(practiceId);
            Console.WriteLine($"practice: {practice.Title}");
        }

        // The exercises tagged with the pattern, and those meant for every pattern.
        foreach (Exercise exercise in catalog.GetExercisesForPattern(AnxietyResponse.Withdraw))
        {
            Console.WriteLine($"exercise: {exercise.Title}");
        }
        #endregion

        var exercises = catalog.GetExercisesForPattern(AnxietyResponse.Withdraw);
        exercises.Should().OnlyContain(e => e.Patterns.IsEmpty || e.Patterns.Contains(AnxietyResponse.Withdraw));
        Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(withdraw.PracticeIds.Length + exercises.Length);
    }

    [Fact]
    public void Each_dance_has_two_roles_and_its_circuit_breakers()
    {
        #region dances
        foreach (Dance dance in catalog.Dances)
        {
            Console.WriteLine($"{dance.Name}: {dance.Summary}");
            foreach (DanceRole role in new[] { dance.First, dance.Second })
            {
                string response = role.Response is AnxietyResponse r ? $" ({r})" : "";
                Console.WriteLine($"  {role.Name}{response}: {role.Move} It feeds the other: {role.FeedsTheOther}");
            }

            Console.WriteLine($"  Circuit breakers: {string.Join(" / ", dance.CircuitBreakers.Select(c => c.Text))}");
        }
        #endregion

        catalog.Dances.Select(d => d.Id).Should().Equal("pursuer-distancer", "over-under-functioning", "volatile-escalation");
        Output.Should().Contain("  pursuer (Pursue): ").And.Contain("  distancer (Withdraw): ");
    }

    [Fact]
    public void After_a_safety_message_only_the_antidotes_and_circuit_breakers_done_alone_are_offered()
    {
        #region safe-antidotes
        SafetyResult safety = SafetyScreen.Default.Screen("He shoved me against the door.");
        SafeCatalogView view = SafeCatalogView.For(catalog, safety);

        PatternDescription engulf = catalog.GetPattern(AnxietyResponse.Engulf);
        foreach (Antidote antidote in view.GetAntidotes(engulf))    // only those that ask nothing of the partner
        {
            Console.WriteLine($"Try instead: {antidote.Text}");
        }

        Dance volatileDance = catalog.Get<Dance>("volatile-escalation");
        foreach (CircuitBreaker breaker in view.GetCircuitBreakers(volatileDance))
        {
            Console.WriteLine($"Step out: {breaker.Text}");
        }
        #endregion

        safety.IsSafe.Should().BeFalse();
        Output.Should().Contain("Try instead: Notice when losing yourself").And.NotContain("small no")
            .And.Contain("Step out: Slow the interaction down.").And.NotContain("curiosity");
    }
}
