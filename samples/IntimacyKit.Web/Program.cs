// The IntimacyKit web sample: a minimal API over the catalog, the script renderer, the message coach, the
// safety screen and experiments kept in SQLite, with an OpenAPI document and a script-builder page.
//
//   dotnet run --project samples/IntimacyKit.Web        then open http://localhost:5080
using System.Globalization;
using System.Text.Json.Serialization;
using IntimacyKit.Web;
using IntimacyKit.Web.Endpoints;
using IntimacyKit.Web.Storage;
using Microsoft.AspNetCore.Http.Json;

var builder = WebApplication.CreateBuilder(args);

// The catalog, the script renderer, the coach, the safety screen and TimeProvider.System, from the
// IntimacyKit.Extensions.DependencyInjection package; its options are checked when the app starts.
// Scripts render in English when a request names no culture (rather than in the server's current culture);
// change it here, and a request's own "culture" still wins.
builder.Services.AddIntimacyKit(o => o.Rendering.Culture = CultureInfo.GetCultureInfo("en"));
builder.Services.AddExperimentStore(builder.Configuration, builder.Environment);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
builder.Services.AddOpenApi();
// The library's enums carry their own converter (the exact lower-kebab name of one value: no other casing, no comma
// lists); a member given twice is refused, as the library refuses it.
builder.Services.Configure<JsonOptions>(o =>
{
    o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    o.SerializerOptions.AllowDuplicateProperties = false;
});
// Malformed JSON and wrong types reach the exception handler, which answers 400 with the JSON path.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapOpenApi();
app.MapCatalogEndpoints();
app.MapScriptEndpoints();
app.MapCoachEndpoints();
app.MapExperimentEndpoints();
app.MapAssessmentEndpoints();

app.Run();

/// <summary>The web sample's entry point; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
