using IntimacyKit.Coaching;
using IntimacyKit.Experiments;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IntimacyKit.Extensions.DependencyInjection.Tests;

public sealed class RegistrationTests
{
    private static readonly Type[] s_services = [typeof(IntimacyCatalog), typeof(ScriptRenderer), typeof(MessageCoach), typeof(SafetyScreen), typeof(TimeProvider)];

    [Fact]
    public void AddIntimacyKit_registers_the_catalog_renderer_coach_safety_screen_and_clock_as_singletons()
    {
        var services = new ServiceCollection().AddIntimacyKit();

        foreach (var type in s_services)
        {
            services.Should().ContainSingle(d => d.ServiceType == type, type.Name)
                .Which.Lifetime.Should().Be(ServiceLifetime.Singleton, type.Name);
        }
    }

    [Fact]
    public void The_registered_coach_screens_with_the_apps_safety_resources()
    {
        var resources = new SafetyResources("Help is there, day and night.", [new SafetyResource("Our helpline", "0800 000 000", "Free, any time.")]);
        using var provider = new ServiceCollection().AddIntimacyKit(o => o.SafetyResources = resources).BuildServiceProvider();
        var coach = provider.GetRequiredService<MessageCoach>();

        var report = coach.Analyze("He said he would kill me if I left.");

        report.Safety.Should().BeOfType<SafetyResult>().Which.IsSafe.Should().BeFalse();
        report.Safety!.Resources.Should().Be(resources);
        coach.Analyze("You always leave the dishes for me.").Findings.Should().NotBeEmpty("the coach keeps the library's rules");
    }

    [Fact]
    public void The_default_services_match_the_librarys_defaults()
    {
        using var provider = new ServiceCollection().AddIntimacyKit().BuildServiceProvider();

        provider.GetRequiredService<IntimacyCatalog>().Should().BeSameAs(IntimacyCatalog.BuiltIn);
        provider.GetRequiredService<TimeProvider>().Should().BeSameAs(TimeProvider.System);
        provider.GetRequiredService<SafetyScreen>().Resources.Should().Be(SafetyResources.Default);
        provider.GetRequiredService<ScriptRenderer>().Languages.Should().Equal(ScriptRenderer.Default.Languages);
    }

    [Fact]
    public void Each_service_is_built_once_and_shared()
    {
        using var provider = new ServiceCollection().AddIntimacyKit().BuildServiceProvider();

        foreach (var type in s_services)
        {
            provider.GetRequiredService(type).Should().BeSameAs(provider.GetRequiredService(type), type.Name);
        }
    }

    [Fact]
    public void Calling_AddIntimacyKit_twice_registers_nothing_twice_and_runs_both_callbacks()
    {
        var services = new ServiceCollection()
            .AddIntimacyKit(o => o.ContentPacks.Add(TestPacks.Extras))
            .AddIntimacyKit(o => o.Rendering.MaxOutputLength = 1234);

        foreach (var type in s_services)
        {
            services.Should().ContainSingle(d => d.ServiceType == type, type.Name);
        }

        services.Should().ContainSingle(d => d.ServiceType == typeof(IValidateOptions<IntimacyKitOptions>));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<IntimacyKitOptions>>().Value;
        options.ContentPacks.Should().Equal(TestPacks.Extras);
        options.Rendering.MaxOutputLength.Should().Be(1234);
        provider.GetRequiredService<IntimacyCatalog>().PackNames.Should().Contain(TestPacks.Extras.Name);
    }

    [Fact]
    public void A_TimeProvider_registered_before_AddIntimacyKit_is_the_one_resolved()
    {
        var fake = new FakeTimeProvider();
        using var provider = new ServiceCollection().AddSingleton<TimeProvider>(fake).AddIntimacyKit().BuildServiceProvider();

        provider.GetRequiredService<TimeProvider>().Should().BeSameAs(fake);
    }

    [Fact]
    public void A_replaced_TimeProvider_is_the_clock_experiments_run_on()
    {
        var fake = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        using var provider = new ServiceCollection().AddSingleton<TimeProvider>(fake).AddIntimacyKit().BuildServiceProvider();
        var time = provider.GetRequiredService<TimeProvider>();
        var catalog = provider.GetRequiredService<IntimacyCatalog>();
        var goal = new ExperimentGoal
        {
            Change = "Stay present when we disagree",
            Measure = new GoalMeasure { Kind = MeasureKind.Rating, Description = "How present I stayed (1-10)", Baseline = 3, Target = 7 },
        };
        var plan = ExperimentPlan.FromPractices(goal, catalog.Practices.Take(1));
        var started = Experiment.Create(plan, DateOnly.FromDateTime(fake.GetLocalNow().DateTime)).Start(time);
        started.Succeeded.Should().BeTrue(started.ToString());

        fake.Advance(TimeSpan.FromDays(15));
        var progress = started.Experiment.GetProgress(time);

        progress.AsOf.Should().Be(DateOnly.FromDateTime(fake.GetLocalNow().DateTime));
        progress.AsOf.Should().Be(started.Experiment.StartDate.AddDays(15));
    }

    [Fact]
    public void Any_service_registered_after_AddIntimacyKit_replaces_the_registered_one()
    {
        var screen = new SafetyScreen(new SafetyResources("Call us.", []));
        using var provider = new ServiceCollection().AddIntimacyKit().AddSingleton(screen).BuildServiceProvider();

        provider.GetRequiredService<SafetyScreen>().Should().BeSameAs(screen);
    }

    [Fact]
    public void The_renderer_renders_a_replaced_catalogs_scripts()
    {
        var catalog = IntimacyCatalog.BuiltIn.WithContentPack(TestPacks.Extras);
        using var provider = new ServiceCollection().AddSingleton(catalog).AddIntimacyKit().BuildServiceProvider();

        provider.GetRequiredService<IntimacyCatalog>().Should().BeSameAs(catalog);
        provider.GetRequiredService<ScriptRenderer>().Render(TestPacks.Bridge, TestPacks.Spanish)
            .Should().Be(ScriptRenderer.Default.Render(TestPacks.Bridge, TestPacks.Spanish));
    }

    [Fact]
    public void Null_arguments_throw_ArgumentNullException_naming_them()
    {
        IServiceCollection? none = null;

        FluentActions.Invoking(() => none!.AddIntimacyKit()).Should().Throw<ArgumentNullException>().WithParameterName("services");
        FluentActions.Invoking(() => none!.AddIntimacyKit(_ => { })).Should().Throw<ArgumentNullException>().WithParameterName("services");
        FluentActions.Invoking(() => new ServiceCollection().AddIntimacyKit(null!)).Should().Throw<ArgumentNullException>().WithParameterName("configure");
    }
}
