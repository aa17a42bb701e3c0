using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Storage;

/// <summary>Registers the one <see cref="IStoreDatabase"/> every store shares, of the configured provider.</summary>
public static class StoreDatabaseRegistration
{
    public static IServiceCollection AddStoreDatabase(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton<IStoreDatabase>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (options.IsPostgreSql)
                return new PostgresDatabase(options.PostgreSql.ConnectionString);
            var environment = provider.GetRequiredService<IHostEnvironment>();
            return new SqliteDatabase(SqliteConnectionStrings.Resolve(options.ConnectionString, environment.ContentRootPath));
        });
        return services;
    }
}
