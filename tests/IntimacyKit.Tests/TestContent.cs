using System.Collections.Immutable;
using IntimacyKit.Exercises;
using IntimacyKit.Patterns;
using IntimacyKit.Scripts;

namespace IntimacyKit.Tests;

/// <summary>
/// A small, valid content pack that does not depend on the built-in content, so that lookup, merge and
/// validation tests can run on a catalog whose every item they know. Tests derive broken variants with
/// <c>with</c> expressions or write their own packs as JSON against these ids.
/// </summary>
internal static class TestContent
{
    public const string PackName = "test-base";

    public static Chapter ChapterOne { get; } = new()
    {
        Id = "ch-one",
        Number = 1,
        Title = "The first chapter",
        Theme = "What the first chapter is about.",
        KeyIdeas = ["A key idea.", "Another key idea."],
        Patterns = [AnxietyResponse.Withdraw],
    };

    public static Chapter ChapterTwo { get; } = new()
    {
        Id = "ch-two",
        Number = 2,
        Title = "The second chapter",
        Theme = "What the second chapter is about.",
        KeyIdeas = ["Its key idea."],
    };

    /// <summary>A chapter with no number and no practices or exercises.</summary>
    public static Chapter WrapUp { get; } = new()
    {
        Id = "wrap-up",
        Title = "Wrapping up",
        Theme = "What to take away.",
    };

    public static PatternDescription WithdrawPattern { get; } = new()
    {
        Id = "withdraw-pattern",
        Response = AnxietyResponse.Withdraw,
        Name = "Withdrawal",
        Summary = "Going quiet when things get close.",
        Signs = ["silence", "changing the subject"],
        UnderlyingFear = "Being swallowed up.",
        EffectOnPartner = "Feeling shut out.",
        HowItFeedsThePartner = "The partner presses harder.",
        Antidotes = [new Antidote { Text = "Say when you will come back." }],
        PracticeIds = ["practice-one"],
        ChapterIds = ["ch-one"],
    };

    public static Dance TestDance { get; } = new()
    {
        Id = "test-dance",
        Name = "Chase and retreat",
        Summary = "One presses, the other backs away.",
        First = new DanceRole { Name = "chaser", Response = AnxietyResponse.Pursue, Move = "Presses.", FeedsTheOther = "The other backs away." },
        Second = new DanceRole { Name = "retreater", Response = AnxietyResponse.Withdraw, Move = "Backs away.", FeedsTheOther = "The other presses." },
        CircuitBreakers = [new CircuitBreaker { Text = "Pause before pressing." }],
        ChapterIds = ["ch-one"],
    };

    public static Practice PracticeOne { get; } = new()
    {
        Id = "practice-one",
        ChapterId = "ch-one",
        Title = "Do the first thing",
        Description = "Do it every day.",
    };

    public static Practice PracticeTwo { get; } = new()
    {
        Id = "practice-two",
        ChapterId = "ch-one",
        Title = "Do the second thing",
        Description = "Do it once a week.",
        Patterns = [AnxietyResponse.Withdraw],
    };

    /// <summary>A chart exercise with a field of every type, for validation and serialization tests.</summary>
    public static Exercise ChartExercise { get; } = new()
    {
        Id = "chart-exercise",
        ChapterId = "ch-one",
        Title = "Chart the conflicts",
        Kind = ExerciseKind.Chart,
        Instructions = "Fill in the chart.",
        EstimatedMinutes = 20,
        Patterns = [AnxietyResponse.Withdraw],
        ScriptIds = ["pause-template"],
        Fields =
        [
            new ExerciseField { Id = "conflicts", Label = "Conflicts", Type = FieldType.TwoColumnTable, LeftColumn = "Conflict", RightColumn = "What each of us does", MinItems = 2, MaxItems = 3 },
            new ExerciseField { Id = "notes", Label = "Notes", Type = FieldType.Text, IsOptional = true, MaxLength = 20, Help = "Anything else." },
            new ExerciseField { Id = "steps", Label = "Steps", Type = FieldType.List, MaxItems = 2 },
            new ExerciseField { Id = "calm", Label = "How calm", Type = FieldType.Rating, MinRating = 0, MaxRating = 5 },
            new ExerciseField { Id = "pause", Label = "Pause length", Type = FieldType.Duration },
            new ExerciseField { Id = "reconnect-at", Label = "Reconnect at", Type = FieldType.Time, IsOptional = true },
            new ExerciseField { Id = "start-on", Label = "Start on", Type = FieldType.Date, IsOptional = true },
        ],
    };

    /// <summary>A writing exercise that names no pattern, so it is meant for every pattern.</summary>
    public static Exercise WritingExercise { get; } = new()
    {
        Id = "writing-exercise",
        ChapterId = "ch-two",
        Title = "Write it down",
        Kind = ExerciseKind.Writing,
        Instructions = "Write a paragraph.",
        EstimatedMinutes = 10,
        Fields = [new ExerciseField { Id = "paragraph", Label = "Paragraph", Type = FieldType.Text }],
    };

    public static Principle OnePrinciple { get; } = new()
    {
        Id = "one-principle",
        ChapterId = "wrap-up",
        Text = "Small steps count.",
    };

    public static ToolboxItem PauseScript { get; } = new()
    {
        Id = "pause-script",
        ChapterId = "ch-one",
        Name = "Pause script",
        Kind = ToolboxItemKind.Script,
        Purpose = "When you need a break.",
        Text = "I need [minutes] minutes; I'll come back at [time].",
        ScriptId = "pause-template",
    };

    public static ToolboxItem FixChecklist { get; } = new()
    {
        Id = "fix-checklist",
        ChapterId = "ch-two",
        Name = "Fix checklist",
        Kind = ToolboxItemKind.Checklist,
        Purpose = "After a hurt.",
        Text = "Work through these steps:",
        Steps = ["Acknowledge", "Change"],
    };

    /// <summary>A script template with a required and an optional parameter of different kinds.</summary>
    public static ScriptTemplate PauseTemplate { get; } = new()
    {
        Id = "pause-template",
        ChapterId = "ch-one",
        Title = "Pause",
        Purpose = "Asks for a break and says when you will be back.",
        WhenToUse = "When you need a break.",
        Patterns = [AnxietyResponse.Withdraw],
        Source = "I need {{ break_length }}{{ if return_time }}; I'll come back at {{ return_time }}{{ end }}.",
        Parameters =
        [
            new ScriptParameter { Name = "break_length", Description = "How long a break", Kind = ScriptParameterKind.Duration, Example = "00:20:00" },
            new ScriptParameter { Name = "return_time", Description = "When you will be back", Kind = ScriptParameterKind.ClockTime, IsOptional = true, Example = "19:30" },
        ],
    };

    public static ContentPack Pack { get; } = new()
    {
        Name = PackName,
        Language = "en",
        Attribution = "Test content, written for IntimacyKit's tests.",
        Chapters = [ChapterOne, ChapterTwo, WrapUp],
        Patterns = [WithdrawPattern],
        Dances = [TestDance],
        Practices = [PracticeOne, PracticeTwo],
        Exercises = [ChartExercise, WritingExercise],
        Principles = [OnePrinciple],
        Toolbox = [PauseScript, FixChecklist],
        Scripts = [PauseTemplate],
    };

    /// <summary>Gets a catalog built from <see cref="Pack"/> alone.</summary>
    public static IntimacyCatalog Catalog { get; } = IntimacyCatalog.Empty.WithContentPack(Pack);

    /// <summary>A valid exercise for an extension pack, in <see cref="ChapterTwo"/>.</summary>
    public static Exercise NewExercise(string id = "new-exercise", string chapterId = "ch-two") => new()
    {
        Id = id,
        ChapterId = chapterId,
        Title = "A new exercise",
        Kind = ExerciseKind.Planning,
        Instructions = "Make a plan.",
        EstimatedMinutes = 15,
        Fields = [new ExerciseField { Id = "plan", Label = "Plan", Type = FieldType.Text }],
    };

    /// <summary>Gets a pack named <c>extras</c> in English holding only the given exercises.</summary>
    public static ContentPack ExtrasWith(params Exercise[] exercises) => new()
    {
        Name = "extras",
        Exercises = [.. exercises],
    };

    /// <summary>Adds a pack to a catalog and returns the problems it was rejected with.</summary>
    public static ImmutableArray<ValidationProblem> ProblemsOf(IntimacyCatalog catalog, ContentPack pack)
    {
        var act = () => catalog.WithContentPack(pack);
        return act.Should().Throw<ContentPackException>().Which.Problems;
    }

    /// <summary>Adds a pack to <see cref="Catalog"/> and returns the problems it was rejected with.</summary>
    public static ImmutableArray<ValidationProblem> ProblemsOf(ContentPack pack) => ProblemsOf(Catalog, pack);

    /// <summary>Parses a pack, adds it to <see cref="Catalog"/> and returns the problems it was rejected with.</summary>
    public static ImmutableArray<ValidationProblem> ProblemsOf(string packJson) => ProblemsOf(Catalog, ContentPack.Parse(packJson));
}
