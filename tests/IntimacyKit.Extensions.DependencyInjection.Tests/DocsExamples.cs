// The code of docs/articles/dependency-injection.md: each #region is shown in the article, and
// DocsExamplesTests runs every one, so the article cannot drift from the package.
using System.Globalization;
using IntimacyKit.Coaching;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IntimacyKit.Extensions.DependencyInjection.Tests;

internal static class DocsExamples
{
    /// <summary>ASP.NET Core: register once, then ask for the services in endpoints.</summary>
    public static WebApplication WebApp()
    {
        #region aspnetcore
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddIntimacyKit();

        var app = builder.Build();
        app.MapPost("/scripts/honesty", (HonestyFormulaArguments arguments, ScriptRenderer renderer) =>
            TypedResults.Ok(renderer.Render(arguments)));
        app.MapPost("/coach", (string message, MessageCoach coach) =>
            TypedResults.Ok(coach.Analyze(message)));
        #endregion
        return app;
    }

    /// <summary>A generic host (a worker or a console app).</summary>
    public static async Task<string> GenericHost()
    {
        #region generic-host
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddIntimacyKit();

        using var host = builder.Build();
        await host.StartAsync(); // checks the IntimacyKit options: a mistake stops the app here

        var renderer = host.Services.GetRequiredService<ScriptRenderer>();
        var script = renderer.Render(new HonestyFormulaArguments("hurt", "plans change at the last minute", "a heads-up the day before"));
        await host.StopAsync();
        #endregion
        return script;
    }

    /// <summary>A plain service collection, without a host.</summary>
    public static string PlainServiceCollection()
    {
        #region plain
        var services = new ServiceCollection();
        services.AddIntimacyKit();

        using var provider = services.BuildServiceProvider();
        var screen = provider.GetRequiredService<SafetyScreen>();
        var result = screen.Screen("He said he would kill me if I left.");
        #endregion
        return result.Level.ToString();
    }

    /// <summary>Every option, set.</summary>
    public static ServiceProvider AllOptions(ContentPack ourExercises, ContentPack frenchScripts)
    {
        #region options
        var services = new ServiceCollection();
        services.AddIntimacyKit(options =>
        {
            // Merged into IntimacyCatalog.BuiltIn, in order, to make the registered catalog.
            options.ContentPacks.Add(ourExercises);

            // Script translations for the renderer, besides the built-in Spanish one.
            options.Translations.Add(frenchScripts);
            options.IncludeBuiltInTranslations = true;

            // The renderer's limits (ScriptRenderOptions).
            options.Rendering.MaxValueLength = 200;
            options.Rendering.TimeBudget = TimeSpan.FromMilliseconds(500);

            // What the safety screen shows: your country's services, in your app's language.
            options.SafetyResources = new SafetyResources(
                "What you wrote sounds serious. You deserve to be safe; help is there, day and night.",
                [new SafetyResource("Our national helpline", "0800 000 000", "Free and confidential, any time.")]);

            // The app's culture: start-up fails unless the renderer has scripts for it.
            options.Culture = CultureInfo.GetCultureInfo("fr-FR");
        });
        #endregion
        return services.BuildServiceProvider();
    }

    /// <summary>Passing the configured culture to the renderer.</summary>
    public static string RenderInTheAppsCulture(IServiceProvider provider)
    {
        #region culture
        var renderer = provider.GetRequiredService<ScriptRenderer>();
        var culture = provider.GetRequiredService<IOptions<IntimacyKitOptions>>().Value.Culture;

        var script = renderer.Render(new BridgeSentenceArguments(TimeSpan.FromMinutes(20), new TimeOnly(19, 30)), culture);
        #endregion
        return script;
    }

    /// <summary>What a mistake in the options looks like.</summary>
    public static string ValidationError()
    {
        #region validation
        var services = new ServiceCollection();
        services.AddIntimacyKit(options =>
        {
            options.Rendering.MaxOutputLength = 0;
            options.Culture = CultureInfo.GetCultureInfo("de-DE");
        });
        using var provider = services.BuildServiceProvider();

        try
        {
            provider.GetRequiredService<ScriptRenderer>();
        }
        catch (OptionsValidationException e)
        {
            Console.WriteLine(e.Message);
        }
        #endregion
        try
        {
            provider.GetRequiredService<ScriptRenderer>();
            return "";
        }
        catch (OptionsValidationException e)
        {
            return e.Message;
        }
    }

    /// <summary>A test clock instead of the system's.</summary>
    public static (TimeProvider Resolved, FakeTimeProvider Fake) ReplaceTime()
    {
        #region time
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock); // before or after AddIntimacyKit: yours wins
        services.AddIntimacyKit();
        #endregion
        using var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<TimeProvider>(), clock);
    }

    /// <summary>Registering twice composes the options.</summary>
    public static ServiceProvider TwoLibraries(ContentPack ourExercises)
    {
        #region compose
        var services = new ServiceCollection();
        services.AddIntimacyKit(options => options.ContentPacks.Add(ourExercises));
        services.AddIntimacyKit(options => options.Rendering.MaxValueLength = 200); // adds to the first call's options
        #endregion
        return services.BuildServiceProvider();
    }

}
