namespace IntimacyKit.Tests;

public sealed class ValidationProblemTests
{
    [Fact]
    public void ToString_is_path_message_and_code()
    {
        var problem = new ValidationProblem("$.exercises[2].chapterId", "dangling-reference", "No chapter with id 'x'.");

        problem.ToString().Should().Be("$.exercises[2].chapterId: No chapter with id 'x'. (dangling-reference)");
    }

    [Fact]
    public void Problems_with_the_same_members_are_equal()
    {
        var problem = new ValidationProblem("answers.a", "required", "Needed.");

        problem.Should().Be(new ValidationProblem("answers.a", "required", "Needed."));
        problem.GetHashCode().Should().Be(new ValidationProblem("answers.a", "required", "Needed.").GetHashCode());
        problem.Should().NotBe(problem with { Code = "empty" });
        problem.Should().NotBe(problem with { Path = "answers.b" });
        problem.Should().NotBe(problem with { Message = "Other." });
    }

    [Fact]
    public void A_problem_deconstructs_into_path_code_and_message()
    {
        var (path, code, message) = new ValidationProblem("answers.a", "required", "Needed.");

        (path, code, message).Should().Be(("answers.a", "required", "Needed."));
    }
}
