using Microsoft.Extensions.Options;

namespace IntimacyKit.Extensions.DependencyInjection;

/// <summary>Checks the options by building what they describe; fails once, with every problem on its own line.</summary>
internal sealed class IntimacyKitOptionsValidator : IValidateOptions<IntimacyKitOptions>
{
    public ValidateOptionsResult Validate(string? name, IntimacyKitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = IntimacyKitServices.Validate(options);
        if (problems.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        var count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        return ValidateOptionsResult.Fail(
            $"The IntimacyKit options (AddIntimacyKit) are invalid, {count}:{Environment.NewLine}"
            + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
    }
}
