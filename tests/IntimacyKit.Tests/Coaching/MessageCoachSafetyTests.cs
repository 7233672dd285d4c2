using IntimacyKit.Coaching;
using IntimacyKit.Safety;

namespace IntimacyKit.Tests.Coaching;

public sealed class MessageCoachSafetyTests
{
    [Theory]
    [InlineData("You always twist my words and last night you hit me.", SafetyLevel.Urgent)]
    [InlineData("You never listen!!! He said he'd kill me if I left.", SafetyLevel.Urgent)]
    [InlineData("You always take my car keys so I can't leave.", SafetyLevel.Concern)]
    public void A_message_describing_danger_gets_the_safety_result_and_no_softer_words(string message, SafetyLevel level)
    {
        var report = MessageCoach.Default.Analyze(message);

        report.Safety!.Level.Should().Be(level);
        report.Safety.Resources.Should().Be(SafetyResources.Default);
        report.Findings.Should().BeEmpty();
        report.Rewrite.Should().BeNull();
    }

    [Fact]
    public void A_blaming_message_without_danger_is_coached_and_has_no_safety_result()
    {
        var report = MessageCoach.Default.Analyze("You always leave the dishes for me.");

        report.Safety.Should().BeNull();
        report.Findings.Should().ContainSingle(f => f.Kind == CoachFindingKind.Generalisation);
        report.Rewrite!.Text.Should().Be("I feel [feeling] when you leave the dishes for me; I'd like [request].");
    }

    [Fact]
    public void A_coach_with_the_apps_safety_screen_gives_the_apps_resources_and_coaches_as_before()
    {
        var resources = new SafetyResources("Help is there, day and night.", [new SafetyResource("Our helpline", "0800 000 000")]);
        var coach = MessageCoach.Default.WithSafetyScreen(new SafetyScreen(resources));

        coach.Analyze("He said he'd kill me if I left.").Safety!.Resources.Should().Be(resources);
        coach.Analyze("You always leave the dishes for me.").Findings.Should()
            .BeEquivalentTo(MessageCoach.Default.Analyze("You always leave the dishes for me.").Findings, o => o.WithStrictOrdering());
        FluentActions.Invoking(() => MessageCoach.Default.WithSafetyScreen(null!)).Should().Throw<ArgumentNullException>();
    }
}
