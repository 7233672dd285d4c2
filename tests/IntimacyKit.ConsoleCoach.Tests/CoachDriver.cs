using IntimacyKit.Assessments;
using IntimacyKit.Patterns;
using Spectre.Console.Testing;

namespace IntimacyKit.ConsoleCoach.Tests;

/// <summary>
/// Drives the coach through Spectre's <see cref="TestConsole"/>: keys and lines are queued first, then the app runs
/// against them with a data file in a fresh temporary folder and a fixed clock.
/// </summary>
internal sealed class CoachDriver : IDisposable
{
    public CoachDriver(bool interactive = true)
    {
        Console = new TestConsole().Width(1000);
        if (interactive)
        {
            Console.Interactive();
        }

        Directory.CreateDirectory(Folder);
        Environment = new CoachEnvironment(Console, Clock, interactive)
        {
            GetEnvironmentVariable = name => Variables.GetValueOrDefault(name),
            DataFolder = Path.Combine(Folder, "user-data"),
            ScratchFolder = Path.Combine(Folder, "scratch"),
        };
        Directory.CreateDirectory(Environment.ScratchFolder);
    }

    public TestConsole Console { get; }

    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"coach-tests-{Guid.NewGuid():N}");

    public string DataPath => Path.Combine(Folder, "coach.json");

    public Dictionary<string, string> Variables { get; } = [];

    public CoachEnvironment Environment { get; }

    public string Output => Console.Output;

    public CoachDriver Choose(CoachStep step) => Down((int)step).Enter();

    public CoachDriver Down(int times)
    {
        for (var i = 0; i < times; i++)
        {
            Console.Input.PushKey(ConsoleKey.DownArrow);
        }

        return this;
    }

    public CoachDriver Enter(int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Console.Input.PushKey(ConsoleKey.Enter);
        }

        return this;
    }

    public CoachDriver Type(string line)
    {
        Console.Input.PushTextWithEnter(line);
        return this;
    }

    /// <summary>Answers the self-assessment as someone who leans towards <paramref name="lean"/>: 4 for its statements, 2 for the rest.</summary>
    public CoachDriver AnswerAssessment(AnxietyResponse lean)
    {
        Choose(CoachStep.SelfAssessment);
        foreach (var question in SelfAssessment.Default.Questionnaire.Questions)
        {
            Type(Leaning(question, lean).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return this;
    }

    /// <summary>Chooses the joint reading and answers for the partner, as someone who leans towards <paramref name="lean"/>.</summary>
    public CoachDriver ReadTogetherWithAPartnerLeaningTowards(AnxietyResponse lean)
    {
        Choose(CoachStep.ReadTogether);
        foreach (var question in SelfAssessment.Default.Questionnaire.Questions)
        {
            Type(Leaning(question, lean).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return this;
    }

    public static AssessmentAnswers AnswersLeaningTowards(AnxietyResponse lean)
    {
        var answers = SelfAssessment.Default.StartAnswers();
        foreach (var question in SelfAssessment.Default.Questionnaire.Questions)
        {
            answers = answers.WithAnswer(question.Id, Leaning(question, lean));
        }

        return answers;
    }

    // 4 for the statements of the response leaned towards, 2 for the others; the other way round for reversed statements.
    private static int Leaning(AssessmentQuestion question, AnxietyResponse lean)
    {
        var score = question.Response == lean ? 4 : 2;
        return question.Reversed ? 6 - score : score;
    }

    /// <summary>Runs the coach on the driver's data file (plus <paramref name="args"/>), ending with Quit.</summary>
    public int RunToQuit(params string[] args)
    {
        Choose(CoachStep.Quit);
        return Run(["--data", DataPath, .. args]);
    }

    public int Run(params string[] args) => CoachCommandLine.Run(args, Environment);

    public CoachData ReadData() => new CoachStore(DataPath).Load().Data;

    public void Dispose()
    {
        Console.Dispose();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

/// <summary>A clock that stands still until moved; its local time is UTC.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => Now;
}
