using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Storage;

/// <summary>Registers the one <see cref="SqliteDatabase"/> every store of the file shares.</summary>
public static class SqliteDatabaseRegistration
{
    public static IServiceCollection AddSqliteDatabase(this IServiceCollection services)
    {
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            var environment = provider.GetRequiredService<IHostEnvironment>();
            return new SqliteDatabase(SqliteConnectionStrings.Resolve(options.ConnectionString, environment.ContentRootPath));
        });
        return services;
    }
}
