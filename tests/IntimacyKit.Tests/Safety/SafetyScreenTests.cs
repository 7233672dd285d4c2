using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using IntimacyKit.Safety;

namespace IntimacyKit.Tests.Safety;

/// <summary>What the safety screen flags and does not flag, the spans and rule ids it reports, and the resources it returns.</summary>
public sealed class SafetyScreenTests
{
    private static readonly SafetyResources s_custom = new(
        "If you are in danger, call 000. You can also call the helpline any time.",
        [new SafetyResource("1800RESPECT", "1800 737 732", "Australia's national domestic, family and sexual violence counselling line.")]);

    private static readonly Lazy<ImmutableHashSet<string>> s_ruleIdsInFile = new(() =>
    {
        using var document = JsonDocument.Parse(RepositoryFiles.ReadAllText("src", "IntimacyKit", "Content", "safety-rules.en.json"));
        return [.. document.RootElement.GetProperty("rules").EnumerateArray().Select(rule => rule.GetProperty("id").GetString()!)];
    });

    public static TheoryData<string> Figurative => new()
    {
        "this deadline is killing me",
        "he beat me at chess",
        "she pushed me to apply",
        "I could kill for a coffee",
        "that joke killed",
        "I'm dying to see you",
        "we fought about the dishes",
        "he hit the gym",
        "she choked on her coffee",
        "knife and fork",
        "shot a photo",
        "my phone is dead",
    };

    public static TheoryData<string, SafetyCategory> UrgentExamples => new()
    {
        { "he hit me", SafetyCategory.PhysicalViolence },
        { "she punched me", SafetyCategory.PhysicalViolence },
        { "he choked me until I blacked out", SafetyCategory.Strangulation },
        { "he said he'd kill me", SafetyCategory.Threat },
        { "threatened to hurt the kids", SafetyCategory.HarmToChildren },
        { "he keeps a gun and said I'd regret leaving", SafetyCategory.Weapon },
        { "I want to die", SafetyCategory.SelfHarm },
        { "I've been cutting myself", SafetyCategory.SelfHarm },
        { "thinking about ending it all", SafetyCategory.SelfHarm },
        { "forced me to have sex", SafetyCategory.SexualCoercion },
    };

    public static TheoryData<string, SafetyCategory> ConcernExamples => new()
    {
        { "he checks my phone every night", SafetyCategory.CoerciveControl },
        { "she tracks my location", SafetyCategory.CoerciveControl },
        { "he won't let me see my friends", SafetyCategory.CoerciveControl },
        { "she takes my paycheck", SafetyCategory.EconomicAbuse },
        { "he took my car keys so I couldn't leave", SafetyCategory.CoerciveControl },
        { "he punched the wall", SafetyCategory.Intimidation },
        { "she threw a plate at the wall", SafetyCategory.Intimidation },
    };

    [Theory]
    [MemberData(nameof(Figurative))]
    public void Figurative_speech_is_not_flagged(string text)
    {
        var result = SafetyScreen.Default.Screen(text);

        result.Findings.Should().BeEmpty();
        result.Level.Should().Be(SafetyLevel.None);
        result.IsSafe.Should().BeTrue();
        result.Categories.Should().BeEmpty();
        result.Resources.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(UrgentExamples))]
    public void Danger_is_urgent_with_its_category(string text, SafetyCategory category)
    {
        var result = SafetyScreen.Default.Screen(text);

        result.Level.Should().Be(SafetyLevel.Urgent);
        result.Categories.Should().Contain(category);
        result.IsSafe.Should().BeFalse();
        result.Resources.Should().Be(SafetyResources.Default);
    }

    [Theory]
    [MemberData(nameof(ConcernExamples))]
    public void Control_and_intimidation_are_a_concern_with_their_category(string text, SafetyCategory category)
    {
        var result = SafetyScreen.Default.Screen(text);

        result.Level.Should().Be(SafetyLevel.Concern);
        result.Categories.Should().Equal(category);
        result.Findings.Should().OnlyContain(f => f.Level == SafetyLevel.Concern);
    }

    [Fact]
    public void Choking_on_food_is_harmless_but_being_choked_is_urgent()
    {
        SafetyScreen.Default.Screen("She choked on a fish bone at dinner.").IsSafe.Should().BeTrue();
        SafetyScreen.Default.Screen("He choked me.").Categories.Should().Equal(SafetyCategory.Strangulation);
    }

    [Fact]
    public void Every_finding_gives_its_exact_span_a_rule_in_the_rules_file_and_an_explanation()
    {
        var findings = SafetyLabelledSet.All.Select(t => t.Text)
            .Append("He hit me. Then he said he'd kill me, and he keeps a gun. He checks my phone and punched the wall.")
            .SelectMany(text => SafetyScreen.Default.Screen(text).Findings.Select(f => (Text: text, Finding: f)))
            .ToList();

        findings.Should().NotBeEmpty();
        foreach (var (text, finding) in findings)
        {
            finding.Length.Should().BePositive();
            finding.Text.Should().Be(text.Substring(finding.Start, finding.Length));
            s_ruleIdsInFile.Value.Should().Contain(finding.RuleId);
            finding.Explanation.Should().NotBeNullOrWhiteSpace();
            finding.Level.Should().Be(IsUrgent(finding.Category) ? SafetyLevel.Urgent : SafetyLevel.Concern);
        }
    }

    [Fact]
    public void Findings_are_ordered_by_start_and_the_level_is_the_highest_finding()
    {
        var result = SafetyScreen.Default.Screen("He checks my phone every night. Last week he punched the wall, and yesterday he hit me.");

        result.Findings.Select(f => f.Start).Should().BeInAscendingOrder();
        result.Findings.Select(f => f.Level).Should().Contain([SafetyLevel.Concern, SafetyLevel.Urgent]);
        result.Level.Should().Be(SafetyLevel.Urgent);
        result.Categories.Should().Equal(SafetyCategory.PhysicalViolence, SafetyCategory.CoerciveControl, SafetyCategory.Intimidation);
        result.Findings.Single(f => f.Category == SafetyCategory.PhysicalViolence).Text.Should().Be("hit me");
    }

    [Fact]
    public void A_finding_says_which_rule_fired()
    {
        var finding = SafetyScreen.Default.Screen("He choked me.").Findings.Should().ContainSingle().Subject;

        finding.Should().BeEquivalentTo(new
        {
            Category = SafetyCategory.Strangulation,
            Level = SafetyLevel.Urgent,
            Start = 3,
            Length = 9,
            Text = "choked me",
            RuleId = "strangulation",
        });
    }

    [Fact]
    public void Typographic_apostrophes_are_read_like_straight_ones_and_spans_keep_the_original_text()
    {
        const string Text = "He said he\u2019d kill me if I left.";

        var finding = SafetyScreen.Default.Screen(Text).Findings.Should().ContainSingle().Subject;

        finding.Category.Should().Be(SafetyCategory.Threat);
        finding.Text.Should().Be(Text.Substring(finding.Start, finding.Length)).And.Contain("he\u2019d kill me");
    }

    [Fact]
    public void Empty_text_is_safe()
    {
        var result = SafetyScreen.Default.Screen(string.Empty);

        result.IsSafe.Should().BeTrue();
        result.Findings.Should().BeEmpty();
        result.Resources.Should().BeNull();
    }

    [Fact]
    public void A_screen_returns_the_apps_own_resources_for_flagged_text_and_none_for_safe_text()
    {
        var screen = new SafetyScreen(s_custom);

        screen.Resources.Should().BeSameAs(s_custom);
        screen.Screen("He hit me last night.").Resources.Should().BeSameAs(s_custom);
        screen.Screen("He tracks my location.").Resources.Should().BeSameAs(s_custom);
        screen.Screen("We had a lovely dinner.").Resources.Should().BeNull();
    }

    [Fact]
    public void A_screen_with_other_resources_finds_the_same_things()
    {
        const string Text = "He hit me and then he tracked my location.";

        var custom = new SafetyScreen(s_custom).Screen(Text);
        var byDefault = SafetyScreen.Default.Screen(Text);

        custom.Findings.Should().Equal(byDefault.Findings);
        custom.Should().NotBe(byDefault, "the resources differ");
        SafetyScreen.Default.Screen(Text).Should().Be(byDefault, "results compare by value");
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        FluentActions.Invoking(() => new SafetyScreen(null!)).Should().Throw<ArgumentNullException>().WithParameterName("resources");
        FluentActions.Invoking(() => SafetyScreen.Default.Screen(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void The_default_message_is_warm_points_to_emergency_services_and_names_no_phone_number()
    {
        var resources = SafetyResources.Default;
        var everything = string.Join(" ", [resources.Message, .. resources.Resources.SelectMany(r => new[] { r.Name, r.Contact, r.Description ?? "" })]);

        resources.Message.Should().Contain("deserve to be safe").And.Contain("emergency services").And.Contain("someone you trust").And.Contain("helpline");
        resources.Resources.Should().NotBeEmpty();
        everything.Should().NotMatchRegex(@"\d", "the default names no number; hotlines differ by country and apps supply their own");
        Regex.IsMatch(everything, @"\b(?:911|999|112|000)\b", RegexOptions.None, TimeSpan.FromSeconds(1)).Should().BeFalse();
    }

    [Fact]
    public void Resources_reject_empty_messages_names_and_contacts_and_compare_by_value()
    {
        FluentActions.Invoking(() => new SafetyResources(" ", [])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new SafetyResources(null!, [])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new SafetyResources("Help is here.", [null!])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new SafetyResource("", "call")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new SafetyResource("Helpline", " ")).Should().Throw<ArgumentException>();

        new SafetyResources("Help is here.", default).Resources.Should().BeEmpty();
        new SafetyResources("Help is here.", [new SafetyResource("A", "B")])
            .Should().Be(new SafetyResources("Help is here.", [new SafetyResource("A", "B")]));
    }

    [Fact]
    public void The_screen_is_safe_to_share_across_threads()
    {
        var texts = SafetyLabelledSet.All.Select(t => t.Text).ToArray();
        var expected = texts.Select(SafetyScreen.Default.Screen).ToArray();

        var results = new SafetyResult[texts.Length * 8];
        Parallel.For(0, results.Length, i => results[i] = SafetyScreen.Default.Screen(texts[i % texts.Length]));

        for (var i = 0; i < results.Length; i++)
        {
            results[i].Should().Be(expected[i % texts.Length]);
        }
    }

    private static bool IsUrgent(SafetyCategory category) =>
        category is not (SafetyCategory.CoerciveControl or SafetyCategory.Intimidation or SafetyCategory.Stalking or SafetyCategory.EconomicAbuse);
}
