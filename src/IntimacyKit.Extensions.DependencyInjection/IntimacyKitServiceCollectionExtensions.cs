using IntimacyKit;
using IntimacyKit.Coaching;
using IntimacyKit.Extensions.DependencyInjection;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// In the container's namespace, as ASP.NET Core's own Add* methods are, so `services.AddIntimacyKit()` needs no using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers IntimacyKit's services with an <see cref="IServiceCollection"/>.</summary>
public static class IntimacyKitServiceCollectionExtensions
{
    /// <summary>Registers IntimacyKit's services with the default <see cref="IntimacyKitOptions"/>.</summary>
    /// <param name="services">The app's services.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see cref="AddIntimacyKit(IServiceCollection, Action{IntimacyKitOptions})"/> for what is registered.</remarks>
    public static IServiceCollection AddIntimacyKit(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return Register(services);
    }

    /// <summary>
    /// Registers IntimacyKit's services as singletons: the <see cref="IntimacyCatalog"/>, the
    /// <see cref="ScriptRenderer"/> of its scripts, the <see cref="MessageCoach"/>, the <see cref="SafetyScreen"/>,
    /// and <see cref="TimeProvider.System"/> as the <see cref="TimeProvider"/>, set up by
    /// <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configure">Sets up the options.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// <para>
    /// Each service is added only if none of its type is registered yet, so an app replaces any of them by
    /// registering its own, before or after this call. The renderer renders the registered catalog's scripts.
    /// Calling this method again registers nothing twice; each call's <paramref name="configure"/> runs, in order,
    /// on the same options.
    /// </para>
    /// <para>
    /// The options are checked when the host starts (<c>ValidateOnStart</c>) or, without a host, when the first
    /// IntimacyKit service is resolved: if anything is wrong, an <see cref="OptionsValidationException"/> lists every
    /// problem, each with the option it came from.
    /// </para>
    /// </remarks>
    public static IServiceCollection AddIntimacyKit(this IServiceCollection services, Action<IntimacyKitOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return Register(services);
    }

    private static IServiceCollection Register(IServiceCollection services)
    {
        services.AddOptions<IntimacyKitOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IntimacyKitOptions>, IntimacyKitOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var problems = new List<string>();
            return IntimacyKitServices.OrThrow(IntimacyKitServices.BuildCatalog(OptionsOf(sp), problems), problems);
        });
        services.TryAddSingleton(sp =>
        {
            var problems = new List<string>();
            var renderer = IntimacyKitServices.BuildRenderer(sp.GetRequiredService<IntimacyCatalog>(), OptionsOf(sp), problems);
            return IntimacyKitServices.OrThrow(renderer, problems);
        });
        // The coach screens each message with the registered screen, so a message showing danger gets the app's
        // resources, and reads the app's coach rules after the built-in ones.
        services.TryAddSingleton(sp =>
        {
            var problems = new List<string>();
            return IntimacyKitServices.OrThrow(IntimacyKitServices.BuildCoach(sp.GetRequiredService<SafetyScreen>(), OptionsOf(sp), problems), problems);
        });
        services.TryAddSingleton(sp =>
        {
            var problems = new List<string>();
            return IntimacyKitServices.OrThrow(IntimacyKitServices.BuildSafetyScreen(OptionsOf(sp), problems), problems);
        });
        return services;
    }

    /// <summary>The validated options: reading them throws the <see cref="OptionsValidationException"/> that lists every problem.</summary>
    private static IntimacyKitOptions OptionsOf(IServiceProvider services) => services.GetRequiredService<IOptionsMonitor<IntimacyKitOptions>>().CurrentValue;
}
