using IntimacyKit.Coaching;
using IntimacyKit.Safety;
using IntimacyKit.Scripts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntimacyKit.Web;

// The ONE place the sample registers the library. When IntimacyKit.Extensions.DependencyInjection ships,
// this becomes builder.Services.AddIntimacyKit().
internal static class IntimacyKitServices
{
    public static IServiceCollection AddIntimacyKitServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(IntimacyCatalog.BuiltIn);
        services.TryAddSingleton(ScriptRenderer.Default);
        services.TryAddSingleton(MessageCoach.Default);
        services.TryAddSingleton(SafetyScreen.Default);
        return services;
    }
}
