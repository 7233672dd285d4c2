namespace IntimacyKit.Tests;

public sealed class ValidationResultTests
{
    [Fact]
    public void Valid_has_no_problems_and_says_so()
    {
        var result = ValidationResult.Valid;

        result.IsValid.Should().BeTrue();
        result.Problems.IsDefault.Should().BeFalse();
        result.Problems.Should().BeEmpty();
        result.ToString().Should().Be("valid");
    }

    [Fact]
    public void FromProblems_with_no_problems_is_Valid()
    {
        ValidationResult.FromProblems([]).Should().BeSameAs(ValidationResult.Valid);
    }

    [Fact]
    public void FromProblems_keeps_the_problems_in_order_and_is_not_valid()
    {
        var first = new ValidationProblem("answers.a", "required", "'A' needs an answer.");
        var second = new ValidationProblem("answers.b", "empty", "'B' is empty.");

        var result = ValidationResult.FromProblems([first, second]);

        result.IsValid.Should().BeFalse();
        result.Problems.Should().Equal(first, second);
    }

    [Fact]
    public void FromProblems_takes_a_snapshot_of_a_lazy_sequence()
    {
        var calls = 0;
        IEnumerable<ValidationProblem> Problems()
        {
            calls++;
            yield return new ValidationProblem("p", "c", "m");
        }

        var result = ValidationResult.FromProblems(Problems());
        _ = result.Problems.Length + result.Problems.Length;

        calls.Should().Be(1);
        result.Problems.Should().ContainSingle();
    }

    [Fact]
    public void ToString_puts_one_problem_on_each_line()
    {
        var result = ValidationResult.FromProblems(
        [
            new ValidationProblem("answers.a", "required", "'A' needs an answer."),
            new ValidationProblem("answers.b[0]", "empty", "'B' is empty."),
        ]);

        result.ToString().Should().Be(
            "answers.a: 'A' needs an answer. (required)" + Environment.NewLine + "answers.b[0]: 'B' is empty. (empty)");
    }

    [Fact]
    public void FromProblems_rejects_null()
    {
        var act = () => ValidationResult.FromProblems(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("problems");
    }
}
