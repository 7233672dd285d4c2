using System.Globalization;
using IntimacyKit.Assessments;
using IntimacyKit.Patterns;
using IntimacyKit.Safety;
using static IntimacyKit.Tests.Assessments.AssessmentTestData;

namespace IntimacyKit.Tests.Assessments;

/// <summary>The dances read from two partners' answers, from synthetic profiles built to show each dance or none.</summary>
public sealed class ProfileComparisonTests
{
    private static readonly SelfAssessment Assessment = SelfAssessment.Default;

    private static Dance DanceOf(string id) => IntimacyCatalog.BuiltIn.Get<Dance>(id);

    public static TheoryData<string, Enum[], Enum[]> ProfilesBuiltToShowEachDance => new()
    {
        { "pursuer-distancer", [AnxietyResponse.Pursue], [AnxietyResponse.Withdraw] },
        { "over-under-functioning", [AnxietyResponse.Engulf, DanceMove.OverFunction], [DanceMove.UnderFunction] },
        { "volatile-escalation", [DanceMove.Escalate, DanceMove.MakeUpIntensely], [DanceMove.MatchIntensity, DanceMove.MakeUpIntensely] },
    };

    public static TheoryData<Enum[], Enum[]> ProfilesBuiltToShowNoDance => new()
    {
        { [], [] },
        { [AnxietyResponse.Pursue], [AnxietyResponse.Pursue] },
        { [AnxietyResponse.Withdraw], [AnxietyResponse.Withdraw] },
        { [AnxietyResponse.Engulf, DanceMove.OverFunction], [] },
        { [AnxietyResponse.Engulf, DanceMove.OverFunction], [AnxietyResponse.Withdraw] },
        { [DanceMove.UnderFunction], [AnxietyResponse.Pursue] },
        { [DanceMove.MakeUpIntensely], [DanceMove.MakeUpIntensely] },
        { [AnxietyResponse.Pursue, DanceMove.Escalate], [] },
    };

    [Theory]
    [MemberData(nameof(ProfilesBuiltToShowEachDance))]
    public void Each_dance_is_read_from_two_profiles_built_to_show_it_with_each_partner_in_their_own_role(string danceId, Enum[] first, Enum[] second)
    {
        var dance = DanceOf(danceId);

        var comparison = Assessment.Compare(Showing("ana", first), Showing("ben", second));

        var finding = comparison.Dances.Should().ContainSingle().Subject;
        finding.Dance.Should().Be(dance);
        finding.FirstPartnerParts.Should().ContainSingle().Which.Role.Should().Be(dance.First);
        finding.SecondPartnerParts.Should().ContainSingle().Which.Role.Should().Be(dance.Second);
        finding.Confidence.Should().Be(DanceConfidence.High);
        finding.Reading.Should().Be(Questionnaire.BuiltIn.GetDanceReading(danceId)!.Text);
        comparison.NoClearDance.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(ProfilesBuiltToShowNoDance))]
    public void No_dance_is_read_from_profiles_built_to_show_none_and_the_reading_says_so(Enum[] first, Enum[] second)
    {
        var comparison = Assessment.Compare(Showing("ana", first), Showing("ben", second));

        comparison.Dances.Should().BeEmpty();
        comparison.NoClearDance.Should().Be(Questionnaire.BuiltIn.NoClearDance);
        comparison.ToPlainText(CultureInfo.InvariantCulture).Should().Contain(Questionnaire.BuiltIn.NoClearDance);
    }

    [Fact]
    public void The_partner_of_an_over_functioner_is_not_called_an_under_functioner_without_their_own_answers_showing_it()
    {
        var comparison = Assessment.Compare(Showing("ana", AnxietyResponse.Engulf, DanceMove.OverFunction), Showing("ben", AnxietyResponse.Pursue));

        comparison.Dances.Should().NotContain(f => f.Dance.Id == "over-under-functioning");
    }

    [Fact]
    public void The_evidence_names_each_answer_that_counts_with_its_strength_and_a_reversed_statement_counts_reversed()
    {
        var answers = Showing("ana", AnxietyResponse.Pursue);
        var finding = Assessment.Compare(answers, Showing("ben", AnxietyResponse.Withdraw)).Dances.Single();

        var part = finding.FirstPartnerParts.Single();
        var questions = Questionnaire.BuiltIn.Questions.Where(q => q.Response == AnxietyResponse.Pursue).ToList();
        part.Evidence.Select(e => e.QuestionId).Should().Equal(questions.Select(q => q.Id));
        part.Evidence.Should().OnlyContain(e => e.Strength == 1 && e.Answer == answers.Answers[e.QuestionId]);
        part.Evidence.Should().ContainSingle(e => e.Reversed).Which.Answer.Should().Be(1);
        part.Strength.Should().Be(1);
    }

    [Fact]
    public void A_partner_who_shows_both_roles_has_both_each_with_its_own_evidence()
    {
        var dance = DanceOf("volatile-escalation");
        var both = Showing("ana", DanceMove.Escalate, DanceMove.MatchIntensity, DanceMove.MakeUpIntensely);

        var finding = Assessment.Compare(both, both with { RespondentId = "ben" }).Dances.Single();

        finding.FirstPartnerParts.Select(p => p.Role).Should().Equal(dance.First, dance.Second);
        finding.SecondPartnerParts.Select(p => p.Role).Should().Equal(dance.First, dance.Second);
        finding.FirstPartnerParts[0].Evidence.Select(e => e.QuestionId).Should().NotEqual(finding.FirstPartnerParts[1].Evidence.Select(e => e.QuestionId));
    }

    [Fact]
    public void A_part_shown_only_moderately_gives_a_moderate_confidence()
    {
        var moderate = Scored(q => q.Response == AnxietyResponse.Withdraw ? (q.Reversed ? 3 : 4) : 1, "ben");

        var finding = Assessment.Compare(Showing("ana", AnxietyResponse.Pursue), moderate).Dances.Single();

        finding.SecondPartnerParts.Single().Strength.Should().BeLessThan(0.75);
        finding.Confidence.Should().Be(DanceConfidence.Moderate);
    }

    [Fact]
    public void Agreeing_with_the_plain_statements_and_also_with_the_reversed_one_shows_no_role()
    {
        var agreesWithEverything = Raw(q => q.Response == AnxietyResponse.Withdraw ? 5 : (q.Reversed ? 5 : 1), "ben");

        var comparison = Assessment.Compare(Showing("ana", AnxietyResponse.Pursue), agreesWithEverything);

        comparison.Dances.Should().BeEmpty();
    }

    [Fact]
    public void Readings_that_touch_fear_threats_or_control_carry_the_safety_line_and_the_volatile_one_is_the_dances_own()
    {
        var volatileDance = DanceOf("volatile-escalation");

        foreach (var questionnaire in new[] { Questionnaire.BuiltIn, Questionnaire.GetBuiltIn(CultureInfo.GetCultureInfo("es")) })
        {
            var readings = questionnaire.DanceReadings;
            readings.Single(r => r.DanceId == "volatile-escalation").SafetyNote.Should().NotBeNullOrWhiteSpace();
            readings.Single(r => r.DanceId == "over-under-functioning").SafetyNote.Should().NotBeNullOrWhiteSpace();
            readings.Where(r => r.SafetyNote is null).Should().OnlyContain(r => !Mentions(r.Text, "fear", "afraid", "threat", "control", "miedo", "amenaza", "control"));
        }

        var note = Questionnaire.BuiltIn.GetDanceReading("volatile-escalation")!.SafetyNote!;
        volatileDance.Summary.Should().Contain(note, "the reading repeats the dance's own safety line word for word");
        Questionnaire.BuiltIn.DanceReadings.Should().OnlyContain(r => r.SafetyNote == null || r.SafetyNote.Contains("your safety comes first", StringComparison.Ordinal));
    }

    [Fact]
    public void Readings_describe_moves_not_people()
    {
        foreach (var reading in Questionnaire.BuiltIn.DanceReadings)
        {
            reading.Text.Should().NotContainAny(["pursuer", "distancer", "over-functioner", "under-functioner", "you are a", "is a"]);
            reading.Text.Should().Contain("moves");
        }
    }

    [Fact]
    public void After_a_safety_message_the_dances_that_touch_fear_are_left_out_and_the_others_offer_only_what_one_person_can_do()
    {
        var volatileCouple = Showing("ana", AnxietyResponse.Pursue, DanceMove.Escalate, DanceMove.MakeUpIntensely);
        var other = Showing("ben", AnxietyResponse.Withdraw, DanceMove.MatchIntensity, DanceMove.MakeUpIntensely);
        var comparison = Assessment.Compare(volatileCouple, other);
        var view = SafeCatalogView.For(IntimacyCatalog.BuiltIn, SafetyScreen.Default.Screen("He hit me again last night."));

        var safe = comparison.WithinSafetyView(view);

        comparison.Dances.Select(d => d.Dance.Id).Should().Equal("pursuer-distancer", "volatile-escalation");
        safe.Dances.Should().ContainSingle().Which.Dance.Id.Should().Be("pursuer-distancer");
        safe.Dances[0].CircuitBreakers.Should().NotBeEmpty().And.OnlyContain(c => c.PartnerInvolvement == IntimacyKit.Exercises.PartnerInvolvement.None);
        safe.SafetyResources.Should().Be(view.Resources);
        safe.NoClearDance.Should().BeNull();
        safe.ToPlainText(CultureInfo.InvariantCulture).Should().Contain(view.Resources!.Message).And.NotContain("Volatile escalation");
        comparison.WithinSafetyView(SafeCatalogView.For(IntimacyCatalog.BuiltIn, SafetyScreen.Default.Screen("Dinner at eight?"))).Dances.Should().HaveCount(2);
    }

    [Fact]
    public void The_Spanish_reading_for_adapting_does_not_call_adapting_out_of_fear_caring_either()
    {
        var reading = Questionnaire.GetBuiltIn(CultureInfo.GetCultureInfo("es")).GetReading(AnxietyResponse.Engulf)!.UnderStress;

        reading.Should().Contain("miedo").And.Contain("lo primero es tu seguridad").And.Contain("línea de ayuda").And.NotContain("cariño");
    }

    [Fact]
    public void The_summary_shows_each_dance_with_its_reading_each_partners_part_and_the_answers_that_show_it()
    {
        var comparison = Assessment.Compare(Showing("ana", AnxietyResponse.Pursue), Showing("ben", AnxietyResponse.Withdraw));
        var finding = comparison.Dances.Single();
        var evidence = finding.SecondPartnerParts.Single().Evidence[0];

        var markdown = comparison.ToMarkdown(CultureInfo.InvariantCulture);

        markdown.Should().Contain("| Response | ana | ben |")
            .And.Contain($"### {finding.Dance.Name} (confidence: high)")
            .And.Contain(finding.Reading)
            .And.Contain($"**ana: the moves of the {finding.Dance.First.Name} (strength 100 %).")
            .And.Contain($"\"{evidence.Text}\": {evidence.Answer}, leaning 100 %")
            .And.Contain("(worded the other way round)")
            .And.Contain(finding.Dance.CircuitBreakers[0].Text);
    }

    [Fact]
    public void The_summary_names_each_part_as_moves_not_as_a_label_for_the_person()
    {
        var comparison = Assessment.Compare(
            Showing("ana", DanceMove.Escalate, DanceMove.MakeUpIntensely), Showing("ben", DanceMove.MatchIntensity, DanceMove.MakeUpIntensely));

        var text = comparison.ToPlainText(CultureInfo.InvariantCulture);

        text.Should().Contain("ana: the moves of the one who raises the heat (strength 100 %).")
            .And.Contain("ben: the moves of the one who meets it (strength 100 %).")
            .And.Contain(comparison.Dances.Single().SafetyNote!);
    }

    [Fact]
    public void Invalid_answers_of_either_partner_are_all_reported_with_whose_they_are()
    {
        var incomplete = Assessment.StartAnswers("ben").WithAnswer(Questionnaire.BuiltIn.Questions[0].Id, 9);

        var act = () => Assessment.Compare(Showing("ana", AnxietyResponse.Pursue) with { QuestionnaireId = "other" }, incomplete);

        var problems = act.Should().Throw<AssessmentAnswersException>().Which.Problems;
        problems.Should().Contain(p => p.Path == "first.questionnaireId")
            .And.Contain(p => p.Path == $"second.answers.{Questionnaire.BuiltIn.Questions[0].Id}" && p.Code == "out-of-range")
            .And.Contain(p => p.Path == $"second.answers.{Questionnaire.BuiltIn.Questions[1].Id}" && p.Code == "required");
    }

    [Fact]
    public void A_joint_assessment_has_no_reading_until_both_partners_have_answered()
    {
        var session = new JointAssessment { FirstPartnerId = "ana", SecondPartnerId = "ben" };
        var anaAnswered = session.Submit("ana", Showing("ana", AnxietyResponse.Pursue));
        var both = anaAnswered.Submit("ben", Showing("ben", AnxietyResponse.Withdraw));

        Assessment.ReadTogether(session).Should().BeNull();
        Assessment.ReadTogether(anaAnswered).Should().BeNull();
        anaAnswered.HasAnswered("ana").Should().BeTrue();
        anaAnswered.HasAnswered("ben").Should().BeFalse();
        anaAnswered.BothAnswered.Should().BeFalse();
        var reading = Assessment.ReadTogether(both);
        reading!.Dances.Should().ContainSingle().Which.Dance.Id.Should().Be("pursuer-distancer");
        reading.First.RespondentId.Should().Be("ana");
    }

    [Fact]
    public void Submitting_for_someone_else_or_answers_from_another_person_is_refused()
    {
        var session = new JointAssessment { FirstPartnerId = "ana", SecondPartnerId = "ben" };

        var stranger = () => session.Submit("cam", Showing("cam"));
        var mismatch = () => session.Submit("ana", Showing("ben"));
        var nulls = () => session.Submit("ana", null!);

        stranger.Should().Throw<ArgumentException>().WithMessage("*'cam' is not a partner*");
        mismatch.Should().Throw<ArgumentException>().WithMessage("*from 'ben', not 'ana'*");
        nulls.Should().Throw<ArgumentNullException>();
        session.Submit("ana", Showing("ana") with { RespondentId = null }).FirstAnswers!.RespondentId.Should().Be("ana");
    }

    [Fact]
    public void A_joint_assessment_read_from_json_with_one_person_twice_or_someone_elses_answers_reports_every_problem()
    {
        var broken = new JointAssessment
        {
            SchemaVersion = 7,
            FirstPartnerId = "ana",
            SecondPartnerId = "ana",
            SecondAnswers = Showing("ben", AnxietyResponse.Withdraw),
        };

        var result = broken.Validate();
        var act = () => Assessment.ReadTogether(broken);

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("schemaVersion", "unsupported-schema-version"),
            ("secondPartnerId", "same-partner"),
            ("secondAnswers.respondentId", "respondent-mismatch"));
        act.Should().Throw<AssessmentAnswersException>().Which.Problems.Should().HaveCount(3);
        new JointAssessment { FirstPartnerId = " ", SecondPartnerId = "" }.Validate().Problems.Select(p => p.Path).Should().Equal("firstPartnerId", "secondPartnerId");
    }

    private static bool Mentions(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
}
