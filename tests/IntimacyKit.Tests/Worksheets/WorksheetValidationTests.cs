using System.Collections.Immutable;
using IntimacyKit.Worksheets;

namespace IntimacyKit.Tests.Worksheets;

public sealed class WorksheetValidationTests
{
    [Theory]
    [MemberData(nameof(WorksheetSamples.Names), MemberType = typeof(WorksheetSamples))]
    public void A_complete_sample_worksheet_is_valid(string name)
    {
        WorksheetSamples.ByName(name).Validate().Problems.Should().BeEmpty();
    }

    [Fact]
    public void A_conflict_chart_reports_every_blank_or_missing_cell_with_its_path_at_once()
    {
        var chart = new ConflictChart
        {
            Rows =
            [
                new() { Conflict = "Money", Moves = "  " },
                null!,
                new() { Conflict = null!, Moves = new string('x', Worksheet.MaxTextLength + 1) },
            ],
        };

        chart.Validate().Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("rows[0].moves", "empty"),
            ("rows[1]", "required"),
            ("rows[2].conflict", "required"),
            ("rows[2].moves", "too-long"));
    }

    [Fact]
    public void An_empty_conflict_chart_needs_a_row()
    {
        new ConflictChart().Validate().Problems.Should().ContainSingle()
            .Which.Should().Be(new ValidationProblem("rows", "required", "'Rows' needs at least one entry."));
    }

    [Fact]
    public void A_worksheet_of_another_schema_version_is_reported_and_its_answers_still_checked()
    {
        var chart = WorksheetSamples.Chart with { SchemaVersion = 7, Rows = [new() { Conflict = "", Moves = "x" }] };

        chart.Validate().Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("schemaVersion", "unsupported-schema-version"),
            ("rows[0].conflict", "empty"));
    }

    [Fact]
    public void Schema_version_zero_or_absent_reads_as_the_current_one()
    {
        (WorksheetSamples.Chart with { SchemaVersion = 0 }).SchemaVersion.Should().Be(Worksheet.CurrentSchemaVersion);
    }

    [Fact]
    public void A_family_pattern_map_needs_the_pattern_a_family_role_the_story_and_how_it_shows_up_now()
    {
        var map = new FamilyPatternMap { Pattern = null!, OriginStory = "", ShowsUpNow = null!, NewPractice = " " };

        map.Validate().Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("pattern", "required"),
            ("familyRoles", "required"),
            ("originStory", "empty"),
            ("showsUpNow", "required"),
            ("newPractice", "empty"));
    }

    [Fact]
    public void A_family_role_without_a_person_or_a_role_is_reported_per_member()
    {
        var map = WorksheetSamples.Map with { FamilyRoles = [new() { Person = "", Role = null! }] };

        map.Validate().Problems.Select(p => p.Path).Should().Equal("familyRoles[0].person", "familyRoles[0].role");
    }

    [Fact]
    public void An_escalation_plan_needs_exactly_two_different_triggers()
    {
        var one = WorksheetSamples.Plan with { Triggers = ["Being interrupted"] };
        var same = WorksheetSamples.Plan with { Triggers = ["Being interrupted", " being INTERRUPTED "] };

        one.Validate().Problems.Should().ContainSingle().Which.Code.Should().Be("wrong-count");
        same.Validate().Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Path == "triggers[1]" && p.Code == "duplicate");
    }

    [Fact]
    public void An_escalation_plan_reports_an_unknown_strategy_a_blank_action_a_bad_return_time_and_half_a_phrase_pair()
    {
        var plan = WorksheetSamples.Plan with
        {
            Strategy = (DeEscalationStrategy)0,
            WhatIWillDo = "",
            ReturnAfterMinutes = 0,
            EscalatingPhrase = null,
        };

        plan.Validate().Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("strategy", "unknown-value"),
            ("whatIWillDo", "empty"),
            ("returnAfterMinutes", "out-of-range"),
            ("escalatingPhrase", "required"));
    }

    [Fact]
    public void A_crisis_plan_needs_someone_for_each_need_a_check_in_and_both_partners_answers()
    {
        var plan = WorksheetSamples.Crisis with
        {
            PracticalNeeds = [new() { Need = "Groceries" }, new() { Need = "Pharmacy", DoneBy = (Carrier)9 }],
            CheckIns = [],
            SecondPartnerSupport = " ",
        };

        var problems = plan.Validate().Problems;

        problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("practicalNeeds[0].doneBy", "required"),
            ("practicalNeeds[1].doneBy", "unknown-value"),
            ("checkIns", "required"),
            ("secondPartnerSupport", "empty"));
        problems[^1].Message.Should().Contain("Alex", "the message names the partner whose answer is missing");
    }

    [Fact]
    public void A_worksheet_full_of_nulls_and_defaults_validates_without_throwing()
    {
        Worksheet[] broken =
        [
            new ConflictChart { Rows = default },
            new FamilyPatternMap { Pattern = null!, OriginStory = null!, ShowsUpNow = null!, FamilyRoles = default },
            new EscalationPlan { Strategy = (DeEscalationStrategy)(-1), WhatIWillDo = null!, Triggers = [null!, null!, null!] },
            new TaskFairnessLedger { Tasks = [null!, new() { Name = null!, Kind = 0, Conception = 0, Planning = 0, Doing = 0 }], Trial = new() { Moves = [null!, new() { Task = null!, Role = 0, To = 0 }] } },
            new CrisisSupportPlan { Situation = null!, FirstPartnerSupport = null!, SecondPartnerSupport = null!, PracticalNeeds = [null!], CheckIns = [new() { Focus = null!, Day = (DayOfWeek)12 }] },
        ];

        foreach (var worksheet in broken)
        {
            var result = worksheet.Validate();
            result.IsValid.Should().BeFalse();
            result.Problems.Should().OnlyContain(p => p.Path.Length > 0 && p.Code.Length > 0 && p.Message.Length > 0);
            worksheet.ToMarkdown().Should().StartWith("# " + worksheet.Heading);
            worksheet.ToPlainText().Should().StartWith(worksheet.Heading);
        }
    }

    [Fact]
    public void A_list_longer_than_the_limit_is_reported_once()
    {
        var row = new ConflictChartRow { Conflict = "a", Moves = "b" };
        var chart = new ConflictChart { Rows = [.. Enumerable.Repeat(row, Worksheet.MaxItems + 1)] };

        chart.Validate().Problems.Should().ContainSingle().Which.Code.Should().Be("too-many");
    }

    [Fact]
    public void Validation_messages_name_the_field_as_a_person_sees_it()
    {
        var problem = (WorksheetSamples.Chart with { Rows = [new() { Conflict = "x", Moves = "" }] }).Validate().Problems.Single();

        problem.Message.Should().Be($"'{ConflictChart.MovesHeading}' is empty; it needs an answer.");
    }

    [Fact]
    public void Tasks_of_the_ledger_default_to_an_empty_array()
    {
        new TaskFairnessLedger { Tasks = default }.Tasks.Should().Equal(ImmutableArray<FairnessTask>.Empty);
    }
}
