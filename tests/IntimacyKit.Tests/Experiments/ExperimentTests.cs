using IntimacyKit.Experiments;

namespace IntimacyKit.Tests.Experiments;

/// <summary><see cref="Experiment"/>: moves between states, logging with clear errors, schedule and progress.</summary>
public sealed class ExperimentTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    private readonly ManualClock _clock = new(Monday);

    private Experiment Started(ExperimentPlan? plan = null) =>
        Experiment.Create(plan ?? SamplePlans.SixWeeks, Monday).Start(_clock).Experiment;

    [Fact]
    public void A_note_over_the_text_limit_is_refused_and_the_experiment_is_unchanged()
    {
        var started = Started();
        var note = new string('n', DocumentLimits.MaxTextLength + 1);

        var log = started.LogPractice("daily-i-statement", _clock, note: note);
        var reading = started.RecordMeasurement(4, _clock, note);
        var pause = started.Pause(_clock, note);

        log.Problems.Should().ContainSingle(p => p.Path == "practiceLogs[0].note" && p.Code == "too-long");
        reading.Problems.Should().ContainSingle(p => p.Path == "measurements[0].note" && p.Code == "too-long");
        pause.Problems.Should().ContainSingle(p => p.Path == "events[1].note" && p.Code == "too-long");
        new[] { log, reading, pause }.Should().OnlyContain(r => !r.Succeeded && ReferenceEquals(r.Experiment, started));
        started.LogPractice("daily-i-statement", _clock, note: new string('n', DocumentLimits.MaxTextLength)).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void An_experiment_keeps_at_most_the_section_limit_of_events()
    {
        var full = Started() with
        {
            Events = [new ExperimentEvent(Monday, ExperimentMove.Start, null), .. Enumerable.Range(0, DocumentLimits.MaxSectionItems - 1)
                .Select(i => new ExperimentEvent(Monday, i % 2 == 0 ? ExperimentMove.Pause : ExperimentMove.ReturnToPractice, null))],
        };
        full.Validate().IsValid.Should().BeTrue(full.Validate().ToString());

        var result = full.ReturnToPractice(_clock);

        result.Succeeded.Should().BeFalse();
        result.Problems.Should().ContainSingle(p => p.Path == "events" && p.Code == "too-many-items");
        full.Events.Should().HaveCount(DocumentLimits.MaxSectionItems);
    }

    [Fact]
    public void A_new_experiment_is_planned_and_starting_it_makes_it_active_from_today()
    {
        var planned = Experiment.Create(SamplePlans.SixWeeks, Monday.AddDays(7));
        _clock.Advance(2);

        var result = planned.Start(_clock, "Here goes");

        planned.State.Should().Be(ExperimentState.Planned);
        result.Succeeded.Should().BeTrue(result.ToString());
        result.Experiment.State.Should().Be(ExperimentState.Active);
        result.Experiment.StartDate.Should().Be(Monday.AddDays(2));
        result.Experiment.EndDate.Should().Be(Monday.AddDays(2 + 41));
        result.Experiment.Events.Should().Equal(new ExperimentEvent(Monday.AddDays(2), ExperimentMove.Start, "Here goes"));
    }

    [Fact]
    public void An_invalid_plan_cannot_start_and_its_problems_are_reported_under_plan()
    {
        var plan = SamplePlans.SixWeeks with { Practices = [], DurationWeeks = -1 };

        var result = Experiment.Create(plan, Monday).Start(_clock);

        result.Succeeded.Should().BeFalse();
        result.Experiment.State.Should().Be(ExperimentState.Planned);
        result.Problems.Select(p => p.Path).Should().Equal("plan.durationWeeks", "plan.practices");
    }

    [Fact]
    public void The_six_week_schedule_has_dated_weeks_practices_due_and_check_in_dates()
    {
        var schedule = Started().GetSchedule();

        schedule.Weeks.Should().HaveCount(6);
        schedule.Weeks.Select(w => w.Start).Should().Equal(Enumerable.Range(0, 6).Select(i => Monday.AddDays(7 * i)));
        schedule.Weeks.Should().AllSatisfy(w =>
        {
            w.End.Should().Be(w.Start.AddDays(6));
            w.TimesDue.Should().Be(8);
            w.PracticesDue.Should().Equal(SamplePlans.SixWeeks.Practices);
        });
        schedule.Weeks.Select(w => w.CheckIn).Should().Equal(null, null, CheckInKind.Midpoint, null, null, CheckInKind.Final);
        schedule.MidpointCheckInDate.Should().Be(new DateOnly(2026, 3, 22));
        schedule.FinalCheckInDate.Should().Be(new DateOnly(2026, 4, 12));
        schedule.WeekOf(new DateOnly(2026, 3, 9))!.Number.Should().Be(2);
        schedule.WeekOf(new DateOnly(2026, 4, 13)).Should().BeNull();
    }

    [Fact]
    public void A_one_week_trial_is_scheduled_with_only_a_final_check_in()
    {
        var schedule = Started(SamplePlans.Trial).GetSchedule();

        schedule.Weeks.Should().ContainSingle().Which.CheckIn.Should().Be(CheckInKind.Final);
        schedule.MidpointCheckInDate.Should().BeNull();
        schedule.EndDate.Should().Be(Monday.AddDays(6));
    }

    [Fact]
    public void Logs_outside_the_dates_duplicated_unknown_impossible_or_in_the_future_are_all_reported_and_nothing_is_lost()
    {
        var experiment = Started();
        _clock.Advance(10);
        var kept = experiment.LogPractice("daily-i-statement", _clock).Experiment;

        var result = kept.AddPracticeLogs(
            [
                new PracticeLog(Monday.AddDays(-1), "daily-i-statement"),
                new PracticeLog(Monday.AddDays(10), "daily-i-statement"),
                new PracticeLog(Monday.AddDays(3), "nap"),
                new PracticeLog(Monday.AddDays(4), "one-small-no", Times: -2),
                new PracticeLog(Monday.AddDays(11), "one-small-no"),
                new PracticeLog(Monday.AddDays(5), "one-small-no"),
            ],
            _clock);

        result.Succeeded.Should().BeFalse();
        result.Experiment.Should().BeSameAs(kept);
        result.Experiment.PracticeLogs.Should().ContainSingle();
        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("logs[0].date", "outside-dates"),
            ("logs[1]", "duplicate"),
            ("logs[2].practiceId", "unknown-practice"),
            ("logs[3].times", "impossible-value"),
            ("logs[4].date", "in-future"));
        result.Problems[0].Message.Should().Contain("2026-03-01").And.Contain("2026-03-02 to 2026-04-12");
        result.Problems[1].Message.Should().Contain("2026-03-12");
        result.Problems[3].Message.Should().Contain("-2");
    }

    [Fact]
    public void A_rating_off_its_scale_and_a_second_reading_for_a_day_are_reported()
    {
        var experiment = Started();
        _clock.Advance(3);
        experiment = experiment.RecordMeasurement(4, _clock).Experiment;

        var result = experiment.AddMeasurements([new Measurement(Monday.AddDays(1), 11), new Measurement(Monday.AddDays(3), 5)], _clock);

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(("measurements[0].value", "impossible-value"), ("measurements[1]", "duplicate"));
        result.Problems[0].Message.Should().Contain("11").And.Contain("1 to 10").And.Contain("2026-03-03");
        result.Experiment.Measurements.Should().Equal(new Measurement(Monday.AddDays(3), 4));
    }

    [Fact]
    public void Nothing_can_be_logged_before_the_experiment_starts()
    {
        var planned = Experiment.Create(SamplePlans.SixWeeks, Monday);

        var result = planned.LogPractice("one-small-no", _clock);

        result.Problems.Should().ContainSingle().Which.Code.Should().Be("not-started");
        result.Experiment.Should().BeSameAs(planned);
    }

    [Fact]
    public void Lapsing_and_returning_to_practice_is_a_move_not_an_error_even_after_giving_up()
    {
        var experiment = Started();
        experiment = experiment.LogPractice("one-small-no", _clock).Experiment;
        _clock.Advance(9);
        experiment = experiment.ReturnToPractice(_clock, "Missed a week; back at it").Experiment;
        _clock.Advance(1);
        experiment = experiment.Abandon(_clock).Experiment;
        _clock.Advance(4);

        var back = experiment.ReturnToPractice(_clock);

        back.Succeeded.Should().BeTrue(back.ToString());
        back.Experiment.State.Should().Be(ExperimentState.Active);
        back.Experiment.Events.Select(e => e.Move).Should().Equal(
            ExperimentMove.Start, ExperimentMove.ReturnToPractice, ExperimentMove.Abandon, ExperimentMove.ReturnToPractice);
        var progress = back.Experiment.GetProgress(_clock);
        progress.Returns.Should().Be(2);
        progress.Lapses.Should().Be(1);
        progress.Weeks[1].IsLapse.Should().BeTrue();
        back.Experiment.LogPractice("one-small-no", _clock).Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData(ExperimentState.Planned, "pause")]
    [InlineData(ExperimentState.Completed, "return")]
    [InlineData(ExperimentState.Paused, "pause")]
    [InlineData(ExperimentState.Abandoned, "complete")]
    public void An_impossible_move_is_reported_and_the_experiment_is_unchanged(ExperimentState state, string move)
    {
        var experiment = state switch
        {
            ExperimentState.Planned => Experiment.Create(SamplePlans.SixWeeks, Monday),
            ExperimentState.Completed => Started().Complete(_clock).Experiment,
            ExperimentState.Paused => Started().Pause(_clock).Experiment,
            _ => Started().Abandon(_clock).Experiment,
        };
        experiment.State.Should().Be(state);

        var result = move switch
        {
            "pause" => experiment.Pause(_clock),
            "return" => experiment.ReturnToPractice(_clock),
            _ => experiment.Complete(_clock),
        };

        result.Experiment.Should().BeSameAs(experiment);
        result.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Path == "state" && p.Code == "invalid-move");
    }

    [Fact]
    public void Progress_counts_adherence_per_week_and_the_trend_against_baseline_and_target()
    {
        var experiment = Started();
        _clock.Advance(20);
        var logs = Enumerable.Range(0, 14).Select(d => new PracticeLog(Monday.AddDays(d), "daily-i-statement"))
            .Append(new PracticeLog(Monday.AddDays(2), "one-small-no", Times: 3))
            .Append(new PracticeLog(Monday.AddDays(15), "daily-i-statement"));
        experiment = experiment.AddPracticeLogs(logs, _clock).Experiment;
        experiment = experiment.AddMeasurements([new Measurement(Monday.AddDays(6), 4), new Measurement(Monday.AddDays(13), 5)], _clock).Experiment;

        var progress = experiment.GetProgress(_clock);

        progress.CurrentWeek.Should().Be(3);
        progress.Weeks.Select(w => w.TimesDone).Should().Equal(8, 7, 1, 0, 0, 0);
        progress.Weeks[0].Adherence.Should().Be(1);
        progress.Weeks[1].Adherence.Should().Be(7.0 / 8);
        progress.Weeks[2].HasEnded.Should().BeFalse();
        progress.Adherence.Should().Be(15.0 / 16);
        progress.Lapses.Should().Be(0);
        progress.Trend.Latest.Should().Be(5);
        progress.Trend.ShareOfWayToTarget.Should().Be(0.5);
        progress.Trend.Direction.Should().Be(TrendDirection.TowardTarget);
        progress.Trend.TargetReached.Should().BeFalse();
    }

    [Theory]
    [InlineData(3, TrendDirection.Unchanged, false)]
    [InlineData(2, TrendDirection.AwayFromTarget, false)]
    [InlineData(7, TrendDirection.TowardTarget, true)]
    public void The_trend_says_which_way_the_measure_moved(int latest, TrendDirection direction, bool reached)
    {
        var experiment = Started();
        experiment = experiment.RecordMeasurement(latest, _clock).Experiment;

        var trend = experiment.GetProgress(_clock).Trend;

        trend.Direction.Should().Be(direction);
        trend.TargetReached.Should().Be(reached);
    }

    [Fact]
    public void A_goal_to_do_less_of_something_counts_a_fall_as_progress()
    {
        var plan = SamplePlans.SixWeeks with
        {
            Goal = new ExperimentGoal { Change = "Fewer blow-ups", Measure = new GoalMeasure { Kind = MeasureKind.Count, Description = "Blow-ups this week", Baseline = 4, Target = 1 } },
        };
        var experiment = Started(plan).RecordMeasurement(2, _clock).Experiment;

        var trend = experiment.GetProgress(_clock).Trend;

        trend.ShareOfWayToTarget.Should().BeApproximately(2.0 / 3, 1e-9);
        trend.Direction.Should().Be(TrendDirection.TowardTarget);
    }

    [Fact]
    public void Check_ins_are_made_once_each_within_the_dates_and_the_final_one_may_come_after_the_end()
    {
        var experiment = Started();
        _clock.Advance(20);
        var midpoint = new CheckIn { Kind = CheckInKind.Midpoint, Date = Monday.AddDays(20), WhatWorked = "Saying no early", WhatToAdjust = "Less explaining", Decision = CheckInDecision.Change };
        experiment = experiment.AddCheckIn(midpoint, _clock).Experiment;

        var again = experiment.AddCheckIn(midpoint, _clock);
        _clock.Advance(30);
        var final = experiment.AddCheckIn(new CheckIn { Kind = CheckInKind.Final, Date = Monday.AddDays(45), Decision = CheckInDecision.Keep }, _clock);
        var late = experiment.AddCheckIn(midpoint with { Kind = CheckInKind.Midpoint, Date = Monday.AddDays(45) }, _clock);

        experiment.CheckIns.Should().Equal(midpoint);
        again.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Path == "checkIn.kind" && p.Code == "duplicate");
        final.Succeeded.Should().BeTrue(final.ToString());
        late.Problems.Select(p => p.Code).Should().Equal("duplicate", "outside-dates");
    }

    [Fact]
    public void A_one_week_trial_has_no_mid_point_check_in_to_make()
    {
        var experiment = Started(SamplePlans.Trial);

        var result = experiment.AddCheckIn(new CheckIn { Kind = CheckInKind.Midpoint, Date = Monday, Decision = CheckInDecision.Keep }, _clock);

        result.Problems.Should().ContainSingle().Which.Code.Should().Be("no-midpoint");
    }

    [Fact]
    public void Validate_reports_every_problem_of_a_hand_edited_experiment_at_once()
    {
        var experiment = Started() with
        {
            SchemaVersion = 2,
            Events = [new ExperimentEvent(Monday, ExperimentMove.Start), new ExperimentEvent(Monday.AddDays(-3), ExperimentMove.Pause), new ExperimentEvent(Monday, ExperimentMove.Start)],
            PracticeLogs = [new PracticeLog(Monday, "one-small-no"), new PracticeLog(Monday, "one-small-no"), null!],
            Measurements = [new Measurement(Monday.AddDays(99), 0)],
            CheckIns = [new CheckIn { Kind = (CheckInKind)7, Date = Monday, Decision = (CheckInDecision)0 }],
        };

        var result = experiment.Validate();

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("schemaVersion", "unsupported-schema-version"),
            ("events[1].date", "out-of-order"),
            ("events[2].move", "invalid-move"),
            ("practiceLogs[1]", "duplicate"),
            ("practiceLogs[2]", "required"),
            ("measurements[0].date", "outside-dates"),
            ("measurements[0].value", "impossible-value"),
            ("checkIns[0].kind", "required"),
            ("checkIns[0].decision", "required"));
    }

    [Fact]
    public void Schedule_and_progress_of_an_experiment_with_an_invalid_plan_say_why_they_cannot_be_computed()
    {
        var experiment = Started() with { Plan = SamplePlans.SixWeeks with { DurationWeeks = 40 } };

        experiment.Invoking(e => e.GetSchedule()).Should().Throw<InvalidOperationException>().WithMessage("*plan.durationWeeks*");
        experiment.Validate().Problems.Should().ContainSingle().Which.Path.Should().Be("plan.durationWeeks");
    }

    [Fact]
    public void Progress_is_described_with_the_given_culture()
    {
        var experiment = Started().LogPractice("daily-i-statement", _clock).Experiment.RecordMeasurement(5, _clock).Experiment;
        _clock.Advance(8);

        var progress = experiment.GetProgress(_clock);
        var german = progress.Describe(System.Globalization.CultureInfo.GetCultureInfo("de-DE"));
        var invariant = progress.Describe(System.Globalization.CultureInfo.InvariantCulture);

        invariant.Should().Contain("week 2 of 6").And.Contain("Week 1 (03/02/2026–03/08/2026): 1 of 8 done").And.Contain("latest 5");
        german.Should().Contain("02.03.2026");
    }
}
