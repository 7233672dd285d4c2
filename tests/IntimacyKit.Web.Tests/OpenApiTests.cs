using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntimacyKit.Web.Tests;

public sealed class OpenApiTests : WebAppTests
{
    [Fact]
    public async Task The_openapi_document_lists_every_api_endpoint_with_its_method()
    {
        var document = await ReadJsonAsync(await Client.GetAsync("/openapi/v1.json"));
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Path: e.RoutePattern.RawText!.TrimEnd('/'), Method: m.ToLowerInvariant())))
            .ToList();

        var paths = document["paths"]!.AsObject();
        endpoints.Should().HaveCountGreaterThan(10);
        foreach (var (path, method) in endpoints)
        {
            paths[path].Should().NotBeNull($"the document lists {path}");
            paths[path]![method].Should().NotBeNull($"the document lists {method.ToUpperInvariant()} {path}");
        }
    }

    [Fact]
    public async Task The_openapi_document_describes_the_problem_answers()
    {
        var document = await ReadJsonAsync(await Client.GetAsync("/openapi/v1.json"));

        var coach = document["paths"]!["/api/coach"]!["post"]!["responses"]!.AsObject();
        coach.Select(r => r.Key).Should().Contain("200").And.Contain("400");
        var experiment = document["paths"]!["/api/experiments/{id}"]!["get"]!["responses"]!.AsObject();
        experiment.Select(r => r.Key).Should().Contain("404");
    }
}
