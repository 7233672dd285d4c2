using System.Globalization;
using IntimacyKit.Coaching;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntimacyKit.AotSmoke;

/// <summary>IntimacyKit.Extensions.DependencyInjection: AddIntimacyKit, the options and their validation in a container.</summary>
internal static class DependencyInjectionChecks
{
    public static void Run(SmokeRun run)
    {
        run.Check("AddIntimacyKit registers services that resolve and work", () =>
        {
            using var provider = new ServiceCollection().AddIntimacyKit().BuildServiceProvider();
            var arguments = new HonestyFormulaArguments("hurt", "plans change at the last minute", "a heads-up the day before");
            return Expect.Equal(provider.GetRequiredService<ScriptRenderer>().Render(arguments, CultureInfo.InvariantCulture),
                    ScriptRenderer.Default.Render(arguments, CultureInfo.InvariantCulture), "rendered script")
                && Expect.True(ReferenceEquals(provider.GetRequiredService<IntimacyCatalog>(), IntimacyCatalog.BuiltIn), "the built-in catalog")
                && Expect.Equal(provider.GetRequiredService<MessageCoach>().Analyze("You always leave the dishes for me.").Findings.Length,
                    MessageCoach.Default.Analyze("You always leave the dishes for me.").Findings.Length, "the coach's findings")
                && Expect.Equal(provider.GetRequiredService<SafetyScreen>().Screen("He said he would kill me if I left.").Level, SafetyLevel.Urgent, "safety level")
                && Expect.True(ReferenceEquals(provider.GetRequiredService<TimeProvider>(), TimeProvider.System), "the system clock");
        });

        run.Check("options reach the services: a content pack in the catalog, the app's safety resources", () =>
        {
            var pack = new ContentPack
            {
                Name = "aot-extras",
                Principles = [new Exercises.Principle { Id = "aot-principle", ChapterId = IntimacyCatalog.BuiltIn.Chapters[0].Id, Text = "Added in a container." }],
            };
            var resources = new SafetyResources("Please reach out.", [new SafetyResource("A helpline", "0800 000 000")]);
            using var provider = new ServiceCollection()
                .AddIntimacyKit(o => o.ContentPacks.Add(pack))
                .AddIntimacyKit(o => o.SafetyResources = resources)
                .BuildServiceProvider();
            return Expect.True(provider.GetRequiredService<IntimacyCatalog>().PackNames.Contains("aot-extras"), "the pack in the catalog")
                && Expect.Equal(provider.GetRequiredService<SafetyScreen>().Resources, resources, "the resources");
        });

        run.Check("invalid options fail on first resolve with every problem listed", () =>
        {
            using var provider = new ServiceCollection()
                .AddIntimacyKit(o =>
                {
                    o.Rendering.LoopLimit = 0;
                    o.SafetyResources = null!;
                })
                .BuildServiceProvider();
            var error = Expect.Throws<OptionsValidationException>(() => provider.GetRequiredService<ScriptRenderer>());
            return Expect.Contains(error.Message, "2 problems", "the count")
                && Expect.Contains(error.Message, "Rendering.LoopLimit: ", "the render limit")
                && Expect.Contains(error.Message, "SafetyResources: ", "the safety resources");
        });
    }
}
