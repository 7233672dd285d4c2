using IntimacyKit;
using IntimacyKit.Coaching;
using IntimacyKit.Scripts;

namespace DocsSnippets;

public sealed class FourHorsemenSnippets : SnippetTest
{
    [Fact]
    public void Each_finding_names_its_kind_and_its_antidote()
    {
        #region kinds-and-antidotes
        CoachReport report = MessageCoach.Default.Analyze(
            "Oh great, you forgot again. Says the person who lost the keys. I'm done talking.");

        foreach (CoachFinding finding in report.Findings)
        {
            Console.WriteLine($"{finding.Kind} \"{finding.Text}\" ({finding.RuleId}) -> {finding.AntidoteId}");
        }

        // Contempt "Oh great" (sarcasm) -> feeling-statement-script
        // Defensiveness "Says the person who" (counter-blame) -> repair-checklist
        // Stonewalling "I'm done talking" (stonewalling) -> bridge-sentence
        #endregion

        Output.Should().Be("""
            Contempt "Oh great" (sarcasm) -> feeling-statement-script
            Defensiveness "Says the person who" (counter-blame) -> repair-checklist
            Stonewalling "I'm done talking" (stonewalling) -> bridge-sentence

            """);
    }

    [Fact]
    public void The_antidote_is_a_catalog_item_to_offer()
    {
        #region antidote-item
        CoachFinding finding = MessageCoach.Default.Analyze("I'm done talking.").Findings[0];

        Console.WriteLine(finding.Antidote);
        // Stonewalling's antidote is a bridge sentence and a timed break: say that you care, that you need a pause, and when you will come back, then come back.

        ICatalogItem item = IntimacyCatalog.BuiltIn.Get<ICatalogItem>(finding.AntidoteId);
        if (item is ToolboxItem tool)
        {
            Console.WriteLine($"{tool.Name}: {tool.Text}");
            // Bridge sentence for withdrawal: I need about 20 minutes to collect myself; I care about this and I'll come back to it at [time].
        }
        #endregion

        Output.Should().Contain("Stonewalling's antidote is a bridge sentence").And.Contain("Bridge sentence for withdrawal: I need about 20 minutes");
    }

    [Fact]
    public void Words_read_by_class_and_clean_messages_left_alone()
    {
        #region word-classes
        string[] messages =
        [
            "You don't ever help with the shopping.",     // negation: "don't ever" is "never"
            "You're honestly just fundamentally lazy.",   // intensifiers between "you're" and the label
            "you seriously never listen",                 // an adverb inside "you never"
            "You always know how to make me laugh.",      // kind words with "always"
            "I know you're tired, thanks for cooking.",   // "I know you…" that reads no mind
            "Either pasta or curry is fine, you pick.",   // "either … or" that is no ultimatum
        ];

        foreach (string message in messages)
        {
            Console.WriteLine($"{MessageCoach.Default.Analyze(message).Findings.Length} {message}");
        }

        // 1 You don't ever help with the shopping.
        // 1 You're honestly just fundamentally lazy.
        // 1 you seriously never listen
        // 0 You always know how to make me laugh.
        // 0 I know you're tired, thanks for cooking.
        // 0 Either pasta or curry is fine, you pick.
        #endregion

        Output.Should().Be("""
            1 You don't ever help with the shopping.
            1 You're honestly just fundamentally lazy.
            1 you seriously never listen
            0 You always know how to make me laugh.
            0 I know you're tired, thanks for cooking.
            0 Either pasta or curry is fine, you pick.

            """);
    }

    [Fact]
    public void A_message_describing_danger_gets_no_antidote()
    {
        #region danger
        CoachReport report = MessageCoach.Default.Analyze("Whatever. Last night you hit me again.");

        Console.WriteLine($"{report.Findings.Length} findings, safety: {report.Safety?.Level}");
        // 0 findings, safety: Urgent
        #endregion

        Output.Should().Be("0 findings, safety: Urgent\n");
    }

    [Fact]
    public void An_app_adds_coach_rules_of_its_own()
    {
        #region own-coach-rules
        CoachRuleFile putDowns = CoachRuleFile.Parse("""
            {
              "language": "en",
              "classes": { "app-insults": { "words": ["muppet", "numpty", "plonker"] } },
              "rules": [
                {
                  "id": "app-put-down",
                  "kind": "contempt",
                  "frames": ["you @app-insults"],
                  "explanation": "A put-down tells the other person you look down on them.",
                  "suggestion": "Say what upset you, plainly."
                }
              ]
            }
            """);
        MessageCoach coach = MessageCoach.Default.WithRules([putDowns]);

        CoachFinding finding = coach.Analyze("Honestly, you numpty.").Findings[0];
        Console.WriteLine($"{finding.Kind} \"{finding.Text}\" ({finding.RuleId}) -> {finding.AntidoteId}");
        // Contempt "you numpty" (app-put-down) -> feeling-statement-script
        #endregion

        Output.Should().Be("Contempt \"you numpty\" (app-put-down) -> feeling-statement-script\n");
    }

    [Fact]
    public void A_coach_rule_file_with_a_mistake_is_refused_with_its_path()
    {
        #region coach-rules-error
        try
        {
            CoachRuleFile.Parse("""
                { "language": "en", "rules": [ { "id": "app-rule", "kind": "contempt", "frames": ["you ( numpty"],
                  "explanation": "A put-down.", "suggestion": "Say what upset you." } ] }
                """);
        }
        catch (CoachRulesException e)
        {
            foreach (ValidationProblem problem in e.Problems)
            {
                Console.WriteLine($"{problem.Path} {problem.Code}");
            }
            // $.rules[0].frames[0] invalid-frame
        }
        #endregion

        Output.Should().Be("$.rules[0].frames[0] invalid-frame\n");
    }
}
