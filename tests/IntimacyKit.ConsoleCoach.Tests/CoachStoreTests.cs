using IntimacyKit.Assessments;
using IntimacyKit.Patterns;
using IntimacyKit.Worksheets;

namespace IntimacyKit.ConsoleCoach.Tests;

public sealed class CoachStoreTests : IDisposable
{
    private readonly CoachDriver _coach = new();

    public void Dispose() => _coach.Dispose();

    private static CoachData Sample(string trigger) => new()
    {
        Answers = CoachDriver.AnswersLeaningTowards(AnxietyResponse.Engulf),
        EscalationPlan = new EscalationPlan { Triggers = [trigger, "sarcasm"], Strategy = DeEscalationStrategy.Breathe, WhatIWillDo = "breathe out slowly" },
    };

    [Fact]
    public void A_missing_file_is_a_fresh_start_without_a_problem()
    {
        var loaded = new CoachStore(_coach.DataPath).Load();

        loaded.Data.Should().Be(CoachData.Empty);
        loaded.Problem.Should().BeNull();
    }

    [Fact]
    public void What_is_saved_reads_back_unchanged_and_no_temporary_file_is_left()
    {
        var store = new CoachStore(Path.Combine(_coach.Folder, "new", "folder", "coach.json"));

        store.Save(Sample("being interrupted"));
        var loaded = store.Load();

        loaded.Problem.Should().BeNull();
        loaded.Data.Answers!.Answers.Should().BeEquivalentTo(Sample("x").Answers!.Answers);
        loaded.Data.EscalationPlan.Should().BeEquivalentTo(Sample("being interrupted").EscalationPlan);
        Directory.GetFiles(Path.GetDirectoryName(store.FilePath)!).Should().Equal(store.FilePath);
    }

    [Fact]
    public void A_crash_between_writing_the_temporary_file_and_replacing_leaves_the_old_file_intact()
    {
        new CoachStore(_coach.DataPath).Save(Sample("old trigger"));
        var before = File.ReadAllText(_coach.DataPath);
        string? temporary = null;
        var crashing = new CoachStore(_coach.DataPath)
        {
            BeforeReplace = path =>
            {
                temporary = path;
                File.ReadAllText(path).Should().Contain("new trigger", "the new content is written in full before the replace");
                throw new IOException("simulated crash");
            },
        };

        var save = () => crashing.Save(Sample("new trigger"));

        save.Should().Throw<IOException>().WithMessage("simulated crash");
        File.ReadAllText(_coach.DataPath).Should().Be(before);
        new CoachStore(_coach.DataPath).Load().Data.EscalationPlan!.Triggers[0].Should().Be("old trigger");
        Path.GetDirectoryName(temporary).Should().Be(_coach.Folder, "the temporary file is in the same folder, so the replace is one rename");
        File.Exists(temporary).Should().BeFalse();
    }

    [Theory]
    [InlineData("{ this is not json", "is not valid JSON")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("{ \"answers\": {} }", "'schemaVersion' is missing")]
    [InlineData("{ \"schemaVersion\": 99 }", "newer coach (schemaVersion 99")]
    [InlineData("{ \"schemaVersion\": 1, \"answers\": 42 }", "'answers' does not fit")]
    [InlineData("{ \"schemaVersion\": 1, \"schemaVersion\": 1 }", "is not valid JSON")]
    [InlineData("{ \"schemaVersion\": 1, \"experiment\": null, \"experiment\": null }", "is not valid JSON")]
    [InlineData("{ \"schemaVersion\": 1, \"answers\": { \"a\": 1, \"a\": 2 } }", "is not valid JSON")]
    [InlineData("{ \"schemaVersion\": 0 }", "versions start at 1")]
    [InlineData("{ \"schemaVersion\": -3 }", "versions start at 1")]
    public void An_unreadable_file_is_reported_with_what_is_wrong_and_where_and_kept_aside(string content, string reason)
    {
        File.WriteAllText(_coach.DataPath, content);

        var store = new CoachStore(_coach.DataPath);
        var loaded = store.Load();

        loaded.Data.Should().Be(CoachData.Empty);
        loaded.Problem.Should().Contain(_coach.DataPath).And.Contain(reason).And.Contain($"{_coach.DataPath}.unreadable-1");
        File.ReadAllText($"{_coach.DataPath}.unreadable-1").Should().Be(content);
        File.Exists(_coach.DataPath).Should().BeFalse();
        store.CanSave.Should().BeTrue();
    }

    [Fact]
    public void A_data_file_with_a_repeated_key_does_not_stop_the_coach_from_starting()
    {
        File.WriteAllText(_coach.DataPath, "{ \"schemaVersion\": 1, \"schemaVersion\": 1 }");

        var exit = _coach.RunToQuit();

        exit.Should().Be(0);
        _coach.Output.Should().Contain("could not be used").And.Contain("starts afresh");
        File.Exists($"{_coach.DataPath}.unreadable-1").Should().BeTrue();
    }

    [Fact]
    public void A_second_bad_file_is_kept_under_a_new_name_and_never_overwrites_the_first()
    {
        File.WriteAllText(_coach.DataPath, "first bad file");
        new CoachStore(_coach.DataPath).Load();
        File.WriteAllText(_coach.DataPath, "second bad file");

        var loaded = new CoachStore(_coach.DataPath).Load();

        loaded.Problem.Should().Contain($"{_coach.DataPath}.unreadable-2");
        File.ReadAllText($"{_coach.DataPath}.unreadable-1").Should().Be("first bad file");
        File.ReadAllText($"{_coach.DataPath}.unreadable-2").Should().Be("second bad file");
    }

    [Fact]
    public void The_coach_says_when_the_data_file_was_unreadable_then_starts_afresh_and_saves_a_new_file()
    {
        File.WriteAllText(_coach.DataPath, "{ broken");

        _coach.Choose(CoachStep.MessageCoach).Type("You never call.").AnswerAssessment(AnxietyResponse.Withdraw).RunToQuit();

        _coach.Output.Should().Contain($"Your data file {_coach.DataPath} could not be used").And.Contain("starts afresh");
        File.ReadAllText($"{_coach.DataPath}.unreadable-1").Should().Be("{ broken");
        _coach.ReadData().Answers.Should().BeOfType<AssessmentAnswers>().Which.Answers.Should().HaveCount(Questionnaire.BuiltIn.Questions.Length);
    }

    [Fact]
    public void Of_two_coaches_on_one_file_the_second_save_is_refused_with_a_clear_message_and_nothing_of_either_is_lost()
    {
        new CoachStore(_coach.DataPath).Save(Sample("from before"));
        var first = new CoachStore(_coach.DataPath);
        var second = new CoachStore(_coach.DataPath);
        first.Load().Data.EscalationPlan!.Triggers[0].Should().Be("from before");
        second.Load();

        first.TrySave(Sample("first coach")).Should().BeNull();
        var problem = second.TrySave(Sample("second coach"));

        problem.Should().Contain("Not saved").And.Contain("another coach saved it after this one opened it")
            .And.Contain($"{_coach.DataPath}.conflict-1");
        new CoachStore(_coach.DataPath).Load().Data.EscalationPlan!.Triggers[0].Should().Be("first coach", "the first coach's save is not overwritten");
        CoachData.FromJson(File.ReadAllText($"{_coach.DataPath}.conflict-1")).EscalationPlan!.Triggers[0].Should().Be("second coach", "the second coach's data is kept beside it");

        // The second coach keeps refusing (and keeps its latest data beside the file), so it never overwrites the first later.
        second.TrySave(Sample("second coach, later")).Should().Contain($"{_coach.DataPath}.conflict-1");
        CoachData.FromJson(File.ReadAllText($"{_coach.DataPath}.conflict-1")).EscalationPlan!.Triggers[0].Should().Be("second coach, later");
        new CoachStore(_coach.DataPath).Load().Data.EscalationPlan!.Triggers[0].Should().Be("first coach");
        first.TrySave(Sample("first coach again")).Should().BeNull("the first coach is still the one the file was saved by");
    }

    [Fact]
    public void A_coach_that_loaded_no_file_does_not_overwrite_one_another_coach_created()
    {
        var late = new CoachStore(_coach.DataPath);
        late.Load().Data.Should().Be(CoachData.Empty);
        new CoachStore(_coach.DataPath).Save(Sample("created meanwhile"));

        late.TrySave(Sample("late")).Should().Contain("Not saved");

        new CoachStore(_coach.DataPath).Load().Data.EscalationPlan!.Triggers[0].Should().Be("created meanwhile");
    }

    [Fact]
    public void A_save_while_another_coach_holds_the_lock_is_refused_and_kept_beside_the_file()
    {
        var store = new CoachStore(_coach.DataPath);
        store.Load();
        using (new FileStream(Path.Combine(_coach.Folder, ".coach.json.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            store.TrySave(Sample("while locked")).Should().Contain("another coach is saving to it right now");
        }

        File.Exists(_coach.DataPath).Should().BeFalse();
        CoachData.FromJson(File.ReadAllText($"{_coach.DataPath}.conflict-1")).EscalationPlan!.Triggers[0].Should().Be("while locked");
    }

    [Fact]
    public void Temporary_files_left_by_a_coach_killed_mid_save_are_removed_at_the_next_load()
    {
        new CoachStore(_coach.DataPath).Save(Sample("kept"));
        var stray = Path.Combine(_coach.Folder, $".coach.json.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(stray, "{ half writ");
        var other = Path.Combine(_coach.Folder, "notes.tmp");
        File.WriteAllText(other, "not the coach's");

        new CoachStore(_coach.DataPath).Load().Data.EscalationPlan!.Triggers[0].Should().Be("kept");

        File.Exists(stray).Should().BeFalse();
        File.Exists(other).Should().BeTrue("only the coach's own temporary files are removed");
    }

    [Fact]
    public void Unknown_top_level_members_are_kept_on_save()
    {
        File.WriteAllText(_coach.DataPath, """
            { "schemaVersion": 1, "reminders": { "time": "19:30", "days": ["mon", "thu"] }, "theme": "dark" }
            """);
        var store = new CoachStore(_coach.DataPath);
        var loaded = store.Load().Data;

        store.Save(loaded with { EscalationPlan = Sample("new").EscalationPlan });

        var saved = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(_coach.DataPath))!;
        saved["theme"]!.GetValue<string>().Should().Be("dark");
        saved["reminders"]!["days"]![1]!.GetValue<string>().Should().Be("thu");
        saved["escalationPlan"]!["triggers"]![0]!.GetValue<string>().Should().Be("new");
        saved["escalationPlan"]!["whatIWillDo"]!.GetValue<string>().Should().Be("breathe out slowly");
    }
}
