using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace IntimacyKit.Web;

// Turns a request the endpoints could not read (malformed JSON, a string where a number belongs, a missing body)
// into a 400 validation problem naming the JSON path, instead of a 500, and a stored experiment the library refuses
// to read into a 422 naming the path. Other exceptions stay 500s: they are our bugs.
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is Storage.UnreadableExperimentException unreadable)
        {
            httpContext.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await TypedResults.Problem(title: "The stored experiment cannot be read.", detail: unreadable.Message, statusCode: StatusCodes.Status422UnprocessableEntity).ExecuteAsync(httpContext);
            return true;
        }

        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var (path, message) = bad.InnerException switch
        {
            JsonException { Message: var text } json when text.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) =>
                (PathOf(json), "The value here is not of the type this field takes (a string, a number, an array or an object)."),
            JsonException { Message: var text } json when text.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) =>
                (PathOf(json), "This request has no such field; check its spelling against the OpenAPI document."),
            JsonException json => (PathOf(json), FirstSentence(json.Message)),
            _ when bad.Message.Contains("no body was provided", StringComparison.Ordinal) => ("$", "The request has no body; send a JSON object."),
            _ => ("$", bad.Message),
        };
        httpContext.Response.StatusCode = bad.StatusCode;
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [path] = [message] })
        {
            Status = bad.StatusCode,
            Title = "The request body could not be read.",
            Detail = message,
        };
        if (await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = problem }))
        {
            return true;
        }

        // The writer declines when the client does not accept JSON (Accept: text/html); the answer is still this
        // problem, not the exception middleware's bare 500.
        await TypedResults.Problem(problem).ExecuteAsync(httpContext);
        return true;
    }

    private static string PathOf(JsonException json) => json.Path is { Length: > 0 } path ? path : "$";

    // System.Text.Json appends "Path: ... | LineNumber: ..." to its messages; the path is reported on its own.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
