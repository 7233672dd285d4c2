namespace IntimacyKit.Tests;

public sealed class ContentPackExceptionTests
{
    [Fact]
    public void The_exception_keeps_the_pack_name_and_every_problem_and_describes_them_one_per_line()
    {
        var problems = new[]
        {
            new ValidationProblem("$.exercises[0].id", "invalid-id", "Not kebab-case."),
            new ValidationProblem("$.exercises[1].chapterId", "dangling-reference", "No such chapter."),
        };
        var inner = new InvalidOperationException("cause");

        var error = new ContentPackException("my-pack", problems, inner);

        error.PackName.Should().Be("my-pack");
        error.Problems.Should().Equal(problems);
        error.InnerException.Should().BeSameAs(inner);
        error.Message.Split(Environment.NewLine).Should().Equal(
            "Content pack 'my-pack' has 2 problems:",
            "  $.exercises[0].id: Not kebab-case. (invalid-id)",
            "  $.exercises[1].chapterId: No such chapter. (dangling-reference)");
    }

    [Fact]
    public void One_problem_is_described_in_the_singular()
    {
        var error = new ContentPackException("p", [new ValidationProblem("$", "invalid-json", "Broken.")]);

        error.Message.Should().StartWith("Content pack 'p' has 1 problem:");
        error.InnerException.Should().BeNull();
    }

    [Fact]
    public void The_exception_is_an_IntimacyKitException()
    {
        var error = new ContentPackException("p", [new ValidationProblem("$", "invalid-json", "Broken.")]);

        error.Should().BeAssignableTo<IntimacyKitException>();
    }

    [Fact]
    public void The_problems_are_a_snapshot_of_the_sequence_given()
    {
        var problems = new List<ValidationProblem> { new("$", "invalid-json", "Broken.") };

        var error = new ContentPackException("p", problems);
        problems.Add(new ValidationProblem("$.name", "invalid-id", "Bad."));

        error.Problems.Should().ContainSingle();
    }

    [Fact]
    public void An_exception_without_problems_is_rejected()
    {
        var act = () => new ContentPackException("p", []);

        act.Should().Throw<ArgumentException>().WithParameterName("problems");
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        var noName = () => new ContentPackException(null!, [new ValidationProblem("$", "c", "m")]);
        var noProblems = () => new ContentPackException("p", null!);

        noName.Should().Throw<ArgumentNullException>().WithParameterName("packName");
        noProblems.Should().Throw<ArgumentNullException>().WithParameterName("problems");
    }
}
