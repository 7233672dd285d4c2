using Microsoft.Data.Sqlite;

namespace IntimacyKit.Web.Storage;

internal static class ExperimentStoreRegistration
{
    // ConnectionStrings:Experiments in configuration (appsettings.json, environment ConnectionStrings__Experiments);
    // without it, a file experiments.db under App_Data in the app's content root, created on first run.
    public static IServiceCollection AddExperimentStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString("Experiments");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var folder = Path.Combine(environment.ContentRootPath, "App_Data");
            Directory.CreateDirectory(folder);
            connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(folder, "experiments.db"),
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = true,
            }.ToString();
        }

        services.AddSingleton(sp => new ExperimentStore(connectionString, sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
