#region usings
using IntimacyKit;
using IntimacyKit.Coaching;
using IntimacyKit.Exercises;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;
#endregion

namespace DocsSnippets;

public sealed class CoachAndSafetySnippets : SnippetTest
{
    // The report of the article's first coach example, which the later ones read.
    private static readonly CoachReport report =
        MessageCoach.Default.Analyze("You never call when you're running late. I feel abandoned!!!");
    [Fact]
    public void Danger_goes_to_the_safety_screen_and_only_a_safe_message_gets_a_rewrite()
    {
        #region screen-first
        static string Respond(string message)
        {
            CoachReport report = MessageCoach.Default.Analyze(message);
            if (report.Safety is SafetyResult safety)
            {
                // Show safety.Resources, not exercises and not a rewrite.
                return $"safety: {safety.Level} ({string.Join(", ", safety.Categories)})";
            }

            return report.Rewrite?.Text ?? "reads fine";
        }

        Console.WriteLine(Respond("You never listen. He hit me last night when I said so."));
        // safety: Urgent (PhysicalViolence)
        Console.WriteLine(Respond("You never listen. You track my location all the time."));
        // safety: Concern (CoerciveControl)
        Console.WriteLine(Respond("You never listen!!!"));
        // I feel [feeling] when you don't listen; I'd like [request].
        #endregion

        Output.Should().Contain("safety: Urgent (PhysicalViolence)");
        Output.Should().Contain("safety: Concern (CoerciveControl)");
        Output.Should().Contain("I feel [feeling] when you don't listen; I'd like [request].");
    }

    [Fact]
    public void A_message_screened_by_the_app_is_coached_with_the_apps_result()
    {
        var myResources = new SafetyResources("Call us.", [new SafetyResource("Helpline", "0800 000 000", "Any time.")]);
        const string message = "You never listen. You track my location all the time.";

        #region app-screened
        var screen = new SafetyScreen(myResources);          // the app's own hotlines
        SafetyResult safety = screen.Screen(message);        // screened once
        CoachReport report = MessageCoach.Default.Analyze(message, safety);
        #endregion

        report.Safety.Should().BeSameAs(safety);
        report.Safety!.Resources.Should().BeSameAs(myResources);
        report.Findings.Should().BeEmpty();
        report.Rewrite.Should().BeNull();
    }

    [Fact]
    public void After_a_safety_message_the_view_withholds_what_involves_the_partner_and_says_why()
    {
        IntimacyCatalog catalog = IntimacyCatalog.BuiltIn;

        #region safe-view
        SafetyResult safety = SafetyScreen.Default.Screen("He checks my phone every night and won't let me see my friends.");
        SafeCatalogView view = SafeCatalogView.For(catalog, safety);

        Console.WriteLine(view.Resources?.Message);                      // first: the message and resources
        Console.WriteLine(string.Join(", ", view.Practices.Select(p => p.Title).Take(2)));
        // Name your default response, Trace a pattern back to your family
        foreach (WithheldItem item in view.Withheld.Where(w => w.Kind == WithheldItemKind.ToolboxItem))
        {
            Console.WriteLine($"set aside: {item.Title}. {item.Reason}");
        }
        // set aside: Assertive boundary template. It asks you to raise something with your partner or hold a boundary with them. ...
        #endregion

        safety.Level.Should().Be(SafetyLevel.Concern);
        Output.Should().Contain("Name your default response, Trace a pattern back to your family")
            .And.Contain("set aside: Assertive boundary template. It asks you to raise something")
            .And.Contain("set aside: Repair checklist.");
    }

    [Fact]
    public void A_partner_involving_item_is_shown_with_its_safety_note()
    {
        IntimacyCatalog catalog = IntimacyCatalog.BuiltIn;

        #region safety-note
        static string Describe(string title, IPartnerInvolving item) =>
            item.PartnerInvolvement == PartnerInvolvement.None ? title : $"{title}\n  Safety: {item.SafetyNote}";

        Console.WriteLine(Describe("Raise fairness out loud", catalog.Get<Practice>("talk-about-fairness")));
        // Raise fairness out loud
        //   Safety: If raising fairness could make your partner frightening or unsafe, leave it for now and talk to someone you trust.
        Console.WriteLine(Describe("Bridge sentence", catalog.Get<ToolboxItem>("bridge-sentence")));
        // Bridge sentence
        #endregion

        Output.Should().Contain("  Safety: If raising fairness could make your partner frightening or unsafe, leave it for now and talk to someone you trust.")
            .And.Contain("Bridge sentence");
        Output.Split('\n').Should().ContainSingle(line => line.StartsWith("  Safety:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_coach_finds_each_kind_of_wording_with_its_span_and_rule()
    {
        #region coach-findings
        CoachReport report = MessageCoach.Default.Analyze("You never call when you're running late. I feel abandoned!!!");

        foreach (CoachFinding finding in report.Findings)
        {
            Console.WriteLine($"{finding.Kind} [{finding.Start}, {finding.Length}] \"{finding.Text}\" ({finding.RuleId})");
        }
        // Generalisation [0, 9] "You never" (you-never)
        // FauxFeeling [41, 16] "I feel abandoned" (faux-feeling)
        // Escalation [57, 3] "!!!" (stacked-exclamations)
        #endregion

        Output.Should().Contain("Generalisation [0, 9] \"You never\" (you-never)");
        Output.Should().Contain("FauxFeeling [41, 16] \"I feel abandoned\" (faux-feeling)");
        Output.Should().Contain("Escalation [57, 3] \"!!!\" (stacked-exclamations)");
    }

    [Fact]
    public void A_faux_feeling_comes_with_an_explanation_a_suggestion_and_the_feelings_beneath()
    {
        #region faux-feeling
        CoachFinding faux = report.Findings.First(f => f.Kind == CoachFindingKind.FauxFeeling);
        Console.WriteLine(faux.Explanation);
        // Words like "ignored", "abandoned" or "manipulated" describe what you believe the other person did to you; they hear an accusation, not a feeling.
        Console.WriteLine(faux.Suggestion);
        // Name the feeling underneath (see the suggested feelings) and the behaviour you saw.
        Console.WriteLine(string.Join(", ", faux.UnderlyingFeelings));
        // lonely, scared, sad
        #endregion

        Output.Should().Contain("Words like \"ignored\", \"abandoned\" or \"manipulated\" describe what you believe the other person did to you; they hear an accusation, not a feeling.");
        Output.Should().Contain("Name the feeling underneath (see the suggested feelings) and the behaviour you saw.");
        Output.Should().Contain("lonely, scared, sad");
    }

    [Fact]
    public void Good_practice_and_logistics_get_no_findings()
    {
        #region leaves-alone
        string[] clean =
        [
            "You always make me laugh.",
            "I never thought of that!",
            "I feel hurt when plans change at the last minute; I'd like a heads-up the day before.",
            "Can you pick up milk on the way home?",
        ];

        foreach (string message in clean)
        {
            Console.WriteLine($"{MessageCoach.Default.Analyze(message).HasFindings}: {message}");
        }
        // False: You always make me laugh.
        // False: I never thought of that!
        // False: I feel hurt when plans change at the last minute; I'd like a heads-up the day before.
        // False: Can you pick up milk on the way home?
        #endregion

        Output.Should().Contain("False: You always make me laugh.");
        Output.Should().Contain("False: I never thought of that!");
        Output.Should().Contain("False: I feel hurt when plans change at the last minute; I'd like a heads-up the day before.");
        Output.Should().Contain("False: Can you pick up milk on the way home?");
    }

    [Fact]
    public void The_rewrite_fills_only_the_parts_the_message_gives_and_names_the_blanks()
    {
        #region rewrite
        HonestyRewrite rewrite = report.Rewrite!;
        Console.WriteLine(rewrite.Text);
        // I feel lonely when you're running late; I'd like [request].
        Console.WriteLine($"feeling: {rewrite.Feeling ?? "(blank)"}; behaviour: {rewrite.Behaviour ?? "(blank)"}; request: {rewrite.Request ?? "(blank)"}");
        // feeling: lonely; behaviour: you're running late; request: (blank)
        Console.WriteLine($"blanks: {string.Join(", ", rewrite.Blanks)}");
        // blanks: request

        HonestyRewrite? other = MessageCoach.Default.Analyze("You should have told me. You're so selfish.").Rewrite;
        Console.WriteLine(other!.Text);
        // I feel [feeling] when [behaviour]; I'd like [request].
        Console.WriteLine($"blanks: {string.Join(", ", other.Blanks)}");
        // blanks: feeling, behaviour, request
        #endregion

        Output.Should().Contain("I feel lonely when you're running late; I'd like [request].");
        Output.Should().Contain("feeling: lonely; behaviour: you're running late; request: (blank)");
        Output.Should().Contain("blanks: request");
        Output.Should().Contain("I feel [feeling] when [behaviour]; I'd like [request].");
        Output.Should().Contain("blanks: feeling, behaviour, request");
    }

    [Fact]
    public void The_vocabulary_warns_about_thoughts_and_accusations_given_as_feelings()
    {
        #region check-feeling
        FeelingsVocabulary vocabulary = FeelingsVocabulary.Default;

        foreach (string feeling in new[] { "hurt and lonely", "like you don't care", "abandoned" })
        {
            FeelingCheck check = vocabulary.CheckFeeling(feeling);
            Console.WriteLine($"{feeling}: IsFeeling={check.IsFeeling}");
            if (check.Warning is not null)
            {
                Console.WriteLine($"  {check.Warning}");
            }
        }
        // hurt and lonely: IsFeeling=True
        // like you don't care: IsFeeling=False
        //   "like you don't care" is a thought about the other person rather than a feeling, and they are likely to argue with it. Name what you feel instead, such as hurt, lonely, worried, frustrated, sad or disappointed.
        // abandoned: IsFeeling=False
        //   "abandoned" describes what you believe the other person did to you, so it is likely to be heard as an accusation. The feelings beneath it are often lonely, scared or sad.
        #endregion

        Output.Should().Contain("hurt and lonely: IsFeeling=True");
        Output.Should().Contain("like you don't care: IsFeeling=False");
        Output.Should().Contain("  \"like you don't care\" is a thought about the other person rather than a feeling, and they are likely to argue with it. Name what you feel instead, such as hurt, lonely, worried, frustrated, sad or disappointed.");
        Output.Should().Contain("abandoned: IsFeeling=False");
        Output.Should().Contain("  \"abandoned\" describes what you believe the other person did to you, so it is likely to be heard as an accusation. The feelings beneath it are often lonely, scared or sad.");
    }

    [Fact]
    public void The_renderer_warns_about_a_faux_feeling_and_still_renders_the_persons_words()
    {
        #region renderer-check
        var arguments = new HonestyFormulaArguments("abandoned", "plans change at the last minute", "a heads-up the day before");
        foreach (ScriptWarning warning in ScriptRenderer.Default.Check(arguments))
        {
            Console.WriteLine($"{warning.Parameter} ({warning.Code}): {warning.Message}");
            Console.WriteLine($"  instead: {string.Join(", ", warning.Alternatives)}");
        }
        // feeling (not-a-feeling): "abandoned" describes what you believe the other person did to you, so it is likely to be heard as an accusation. The feelings beneath it are often lonely, scared or sad.
        //   instead: lonely, scared, sad
        Console.WriteLine(ScriptRenderer.Default.Render(arguments));
        // I feel abandoned when plans change at the last minute; I'd like a heads-up the day before.
        #endregion

        Output.Should().Contain("feeling (not-a-feeling): \"abandoned\" describes what you believe the other person did to you, so it is likely to be heard as an accusation. The feelings beneath it are often lonely, scared or sad.");
        Output.Should().Contain("  instead: lonely, scared, sad");
        Output.Should().Contain("I feel abandoned when plans change at the last minute; I'd like a heads-up the day before.");
    }

    [Fact]
    public void The_screen_reports_the_level_categories_and_each_finding_with_its_span()
    {
        #region screen
        SafetyResult result = SafetyScreen.Default.Screen(
            "He checks my phone every night. Last week he grabbed me by the throat.");

        Console.WriteLine(result.Level);
        // Urgent
        Console.WriteLine(string.Join(", ", result.Categories));
        // Strangulation, CoerciveControl
        foreach (SafetyFinding finding in result.Findings)
        {
            Console.WriteLine($"{finding.Level} {finding.Category} [{finding.Start}, {finding.Length}] \"{finding.Text}\" ({finding.RuleId})");
        }
        // Concern CoerciveControl [3, 27] "checks my phone every night" (tech-abuse)
        // Urgent Strangulation [45, 24] "grabbed me by the throat" (strangulation)
        Console.WriteLine(result.Findings[1].Explanation);
        // This sounds like pressure on someone's neck or throat, such as choking or strangling. That is very dangerous, even when it leaves no marks.
        #endregion

        Output.Should().Contain("Urgent");
        Output.Should().Contain("Strangulation, CoerciveControl");
        Output.Should().Contain("Concern CoerciveControl [3, 27] \"checks my phone every night\" (tech-abuse)");
        Output.Should().Contain("Urgent Strangulation [45, 24] \"grabbed me by the throat\" (strangulation)");
        Output.Should().Contain("This sounds like pressure on someone's neck or throat, such as choking or strangling. That is very dangerous, even when it leaves no marks.");
    }

    [Fact]
    public void Common_figurative_speech_does_not_trigger_the_screen()
    {
        #region figurative
        string[] figurative =
        [
            "This deadline is killing me.",
            "He beat me at chess again.",
            "She pushed me to apply for the job.",
        ];

        foreach (string text in figurative)
        {
            Console.WriteLine($"{SafetyScreen.Default.Screen(text).Level}: {text}");
        }
        // None: This deadline is killing me.
        // None: He beat me at chess again.
        // None: She pushed me to apply for the job.
        #endregion

        Output.Should().Contain("None: This deadline is killing me.");
        Output.Should().Contain("None: He beat me at chess again.");
        Output.Should().Contain("None: She pushed me to apply for the job.");
    }

    [Fact]
    public void An_app_adds_its_own_rule_file_to_the_built_in_rules()
    {
        #region own-rules
        // An app for carers adds what its users write about: threats to a pet, and a carer's medication withheld.
        const string json = """
            {
              "language": "en",
              "classes": { "pet": { "inflect": "noun", "words": ["dog", "cat", "rabbit"] } },
              "rules": [
                { "id": "pet-threat", "category": "threat", "level": "urgent",
                  "frames": ["( hurt | drown | poison | get rid of ) ( the | my | our ) @pet"],
                  "unless": ["hurt ( the | my | our ) @pet 's feelings"] },
                { "id": "medication-withheld", "category": "coercive-control", "level": "concern",
                  "frames": ["( hides | hid | keeps | kept | withholds | withheld ) ( my | her | his ) ( meds | medication | pills | inhaler )"] }
              ]
            }
            """;
        SafetyRuleFile appRules = SafetyRuleFile.Parse(json);
        var screen = new SafetyScreen(SafetyResources.Default, [appRules]);

        foreach (SafetyFinding finding in screen.Screen("He said he'd drown the dog, and he hides my inhaler.").Findings)
        {
            Console.WriteLine($"{finding.Level} {finding.Category} \"{finding.Text}\" ({finding.RuleId})");
        }
        // Urgent Threat "drown the dog" (pet-threat)
        // Concern CoerciveControl "hides my inhaler" (medication-withheld)
        #endregion

        Output.Should().Contain("Urgent Threat \"drown the dog\" (pet-threat)");
        Output.Should().Contain("Concern CoerciveControl \"hides my inhaler\" (medication-withheld)");
    }

    [Fact]
    public void A_broken_rule_file_names_each_problem_with_its_json_path()
    {
        #region rules-error
        try
        {
            SafetyRuleFile.Parse("""{ "language": "en", "rules": [ { "id": "x", "category": "threat", "level": "urgent", "frames": ["hit ( me"] } ] }""");
        }
        catch (SafetyRulesException ex)
        {
            foreach (ValidationProblem problem in ex.Problems)
            {
                Console.WriteLine(problem);
            }
        }
        // $.rules[0].frames[0]: in the frame "hit ( me": a '(' has no ')'. (invalid-frame)
        #endregion

        Output.Should().Contain("$.rules[0].frames[0]: in the frame \"hit ( me\": a '(' has no ')'. (invalid-frame)");
    }

    [Fact]
    public void A_screen_with_the_apps_own_resources_returns_them_above_none()
    {
        #region own-resources
        var screen = new SafetyScreen(new SafetyResources(
            "What you wrote sounds serious. You deserve to be safe, and you don't have to face this alone.",
            [
                new SafetyResource("Emergency services", "000", "If you are in immediate danger."),
                new SafetyResource("1800RESPECT", "1800 737 732", "National domestic, family and sexual violence counselling, 24/7."),
            ]));

        SafetyResult result = screen.Screen("She won't let me see my friends anymore.");
        Console.WriteLine(result.Level);
        // Concern
        Console.WriteLine(result.Resources!.Message);
        // What you wrote sounds serious. You deserve to be safe, and you don't have to face this alone.
        foreach (SafetyResource resource in result.Resources.Resources)
        {
            Console.WriteLine($"- {resource.Name}: {resource.Contact}");
        }
        // - Emergency services: 000
        // - 1800RESPECT: 1800 737 732
        #endregion

        Output.Should().Contain("Concern");
        Output.Should().Contain("What you wrote sounds serious. You deserve to be safe, and you don't have to face this alone.");
        Output.Should().Contain("- Emergency services: 000");
        Output.Should().Contain("- 1800RESPECT: 1800 737 732");
    }
}
