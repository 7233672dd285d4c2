using IntimacyKit.Assessments;
using IntimacyKit.Coaching;

namespace IntimacyKit.ConsoleCoach.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly CoachDriver _coach = new(interactive: false);

    public void Dispose() => _coach.Dispose();

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_lists_the_options_and_every_command_of_the_menu(string option)
    {
        var exit = _coach.Run(option);

        exit.Should().Be(0);
        _coach.Output.Should().Contain("--demo").And.Contain("--data <path>").And.Contain(CoachEnvironment.DataVariable);
        foreach (var step in Enum.GetValues<CoachStep>())
        {
            _coach.Output.Should().Contain(CoachSteps.Title(step));
        }
    }

    [Theory]
    [InlineData("--colour", "Unknown option '--colour'.")]
    [InlineData("--data", "--data needs a file path")]
    [InlineData("sulk", "'sulk' is not a pattern.")]
    [InlineData("withdraw pursue", "Expected at most one pattern")]
    [InlineData("withdraw,engulf", "'withdraw,engulf' is not a pattern.")]
    [InlineData("pursue,pursue", "'pursue,pursue' is not a pattern.")]
    [InlineData("1", "'1' is not a pattern.")]
    [InlineData("0", "'0' is not a pattern.")]
    [InlineData("withdraws", "'withdraws' is not a pattern.")]
    public void A_bad_command_line_prints_a_clear_error_and_the_help_with_exit_code_2(string args, string error)
    {
        var exit = _coach.Run(args.Split(' '));

        exit.Should().Be(2);
        _coach.Output.Should().Contain(error).And.Contain("Usage: IntimacyKit.ConsoleCoach");
        _coach.Output.Should().NotContain("Chapters", "nothing runs after a bad command line");
    }

    [Theory]
    [InlineData("WITHDRAW", "withdraw")]
    [InlineData("Engulf", "engulf")]
    public void A_pattern_name_is_matched_whatever_its_case(string arg, string leaning)
    {
        var exit = _coach.Run(arg);

        exit.Should().Be(0);
        _coach.Output.Should().Contain($"leans towards {leaning}");
    }

    [Fact]
    public void Without_a_terminal_the_tour_runs_every_step_end_to_end()
    {
        var exit = _coach.Run();

        exit.Should().Be(0);
        var output = _coach.Output;
        output.Should().Contain("No terminal attached");
        output.Should().Contain("Chapters").And.Contain("Pattern: ").And.Contain("Exercises for this pattern");
        output.Should().Contain("The toolbox, in your own words").And.Contain("Check (feeling):");
        output.Should().Contain("The plan is complete.");
        output.Should().Contain(SelfAssessment.Default.Questionnaire.Title).And.Contain("Your pattern: ");
        output.Should().Contain("6 weeks, mid-point check-in in week 3").And.Contain("3 of 6 done").And.Contain("Practice done each week");
        output.Should().Contain("Review: all five steps are there").And.Contain("Review (non-apology-if)");
        output.Should().Contain("Reading your dances together").And.Contain("Before your partner answers: no reading yet.")
            .And.Contain("Pursuer–distancer (confidence: high)").And.Contain($"you: the moves of the distancer (strength {Percent(0.75)})");
        output.Should().Contain($"Read back from the data file: {SelfAssessment.Default.Questionnaire.Questions.Length} answers, an escalation plan with 2 triggers, an experiment with 3 practice logs and 2 ratings.");

        var coached = MessageCoach.Default.Analyze("You ALWAYS leave the dishes for me!!! You're so selfish.");
        output.Should().Contain($"Try instead: {coached.Rewrite!.Text}");
        var dangerous = MessageCoach.Default.Analyze("You never listen, and last night he hit me.");
        output.Should().Contain(dangerous.Safety!.Resources!.Message);
    }

    [Fact]
    public void The_tour_leaves_the_persons_data_folder_alone_and_removes_its_scratch_file()
    {
        _coach.Run("--demo");

        Directory.Exists(_coach.Environment.DataFolder).Should().BeFalse();
        Directory.EnumerateFileSystemEntries(_coach.Environment.ScratchFolder).Should().BeEmpty();
        _coach.Output.Should().Contain("your own data file is not touched");
    }

    [Fact]
    public void The_tour_writes_to_the_data_file_given_with_the_data_option()
    {
        _coach.Run("--demo", "--data", _coach.DataPath);

        var data = _coach.ReadData();
        data.Answers!.Answers.Should().HaveCount(SelfAssessment.Default.Questionnaire.Questions.Length);
        data.EscalationPlan!.Validate().IsValid.Should().BeTrue();
        data.Experiment!.PracticeLogs.Should().HaveCount(3);
        _coach.Output.Should().Contain($"Data: {_coach.DataPath}");
    }

    [Fact]
    public void The_tour_leaves_the_file_chosen_by_the_environment_variable_untouched_and_uses_a_scratch_file()
    {
        var mine = PersonsData();
        File.WriteAllText(_coach.DataPath, mine);
        _coach.Variables[CoachEnvironment.DataVariable] = _coach.DataPath;

        var exit = _coach.Run("pursue");

        exit.Should().Be(0);
        File.ReadAllText(_coach.DataPath).Should().Be(mine);
        _coach.Output.Should().Contain("leans towards pursue").And.Contain("your own data file is not touched")
            .And.Contain($"Read back from the data file: {SelfAssessment.Default.Questionnaire.Questions.Length} answers");
        Directory.EnumerateFileSystemEntries(_coach.Environment.ScratchFolder).Should().BeEmpty();
    }

    [Fact]
    public void The_tour_refuses_a_data_option_file_that_already_holds_data_and_leaves_it_as_it_is()
    {
        var mine = PersonsData();
        File.WriteAllText(_coach.DataPath, mine);

        var exit = _coach.Run("--demo", "--data", _coach.DataPath);

        exit.Should().Be(CoachCommandLine.DataFileHoldsData);
        File.ReadAllText(_coach.DataPath).Should().Be(mine);
        Directory.GetFiles(_coach.Folder).Should().Equal(_coach.DataPath);
        _coach.Output.Should().Contain($"{_coach.DataPath} already holds data").And.Contain("Nothing was changed");
        _coach.Output.Should().NotContain("Chapters", "the tour does not start");
    }

    [Fact]
    public void The_tour_may_write_to_an_empty_data_option_file()
    {
        File.WriteAllText(_coach.DataPath, "");

        var exit = _coach.Run("--data", _coach.DataPath);

        exit.Should().Be(0);
        _coach.ReadData().Answers!.Answers.Should().HaveCount(SelfAssessment.Default.Questionnaire.Questions.Length);
    }

    // A person's real data: one answer and an incomplete plan, nothing like what the tour writes.
    private static string PersonsData()
    {
        var answers = SelfAssessment.Default.StartAnswers();
        answers = answers.WithAnswer(SelfAssessment.Default.Questionnaire.Questions[0].Id, 5);
        return new CoachData
        {
            Answers = answers,
            EscalationPlan = new Worksheets.EscalationPlan { Triggers = ["my own trigger"], Strategy = Worksheets.DeEscalationStrategy.Breathe, WhatIWillDo = "my own words" },
        }.ToJson();
    }

    [Fact]
    public void The_tour_runs_the_same_under_the_invariant_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            _coach.Run("--demo").Should().Be(0);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        _coach.Output.Should().Contain("3 of 6 done").And.Contain("Review: all five steps are there");
    }

    private static string Percent(double share) => share.ToString("P0", System.Globalization.CultureInfo.CurrentCulture);
}
