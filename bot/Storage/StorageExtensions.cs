using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Storage;

/// <summary>
/// Registers the one <see cref="IStoreDatabase"/> every store shares (of the configured provider), the start-up
/// migration of every feature's schema, and the Data Protection key ring kept in the database.
/// </summary>
public static class StorageExtensions
{
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
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

        // Hosted services start in registration order: this one first, so every schema is in place before the key
        // ring is loaded and before any sweep, dispatcher or request touches a table.
        services.AddHostedService<StorageInitializer>();
        services.AddStoreSchema<DataProtectionKeySchema>();
        services.AddDataProtectionKeysInStore();
        return builder;
    }

    /// <summary>Declares a feature's tables: <see cref="StorageInitializer"/> creates or migrates them at start.</summary>
    public static IServiceCollection AddStoreSchema<TSchema>(this IServiceCollection services)
        where TSchema : class, IStoreSchema
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreSchema, TSchema>());
        return services;
    }
}
