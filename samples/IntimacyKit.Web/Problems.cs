using Microsoft.AspNetCore.Http.HttpResults;
using HttpValidationProblem = Microsoft.AspNetCore.Http.HttpResults.ValidationProblem;

namespace IntimacyKit.Web;

// Problem-details answers shared by the endpoints: every problem is listed under its path.
internal static class Problems
{
    public static HttpValidationProblem Invalid(IEnumerable<ValidationProblem> problems, string title = "The request has problems.") =>
        TypedResults.ValidationProblem(Group(problems.Select(p => (p.Path, p.Message))), title: title);

    public static HttpValidationProblem Invalid(string path, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [path] = [message] }, title: "The request has problems.");

    public static HttpValidationProblem Invalid(IEnumerable<(string Path, string Message)> problems) =>
        TypedResults.ValidationProblem(Group(problems), title: "The request has problems.");

    public static ProblemHttpResult Rejected(IEnumerable<ValidationProblem> problems, int status, string title) =>
        TypedResults.Problem(
            title: title,
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["errors"] = Group(problems.Select(p => (p.Path, p.Message))) });

    // A path value that cannot be an id at all (longer than any id) is a 400 naming it, not echoed back in full.
    public static ProblemHttpResult NotFound(string what, string id) => id.Length > DocumentLimits.MaxIdLength
        ? Rejected([new ValidationProblem("id", "too-long", $"The id in the path is {id.Length} characters long; no {what} has an id longer than {DocumentLimits.MaxIdLength}.")],
            StatusCodes.Status400BadRequest, $"The {what} id in the path is not one.")
        : TypedResults.Problem(title: $"No {what} has the id '{id}'.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>The request's texts over the library's limits (<see cref="DocumentLimits"/>), each at its request path.</summary>
    public static List<(string Path, string Message)> OverLimits(params (string Path, string? Text, int Limit)[] texts) =>
        [.. texts.Where(t => t.Text?.Length > t.Limit)
            .Select(t => (t.Path, $"This text is {t.Text!.Length} characters long; the limit is {t.Limit}."))];

    private static Dictionary<string, string[]> Group(IEnumerable<(string Path, string Message)> problems) =>
        problems.GroupBy(p => p.Path.Length == 0 ? "$" : p.Path)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
}
