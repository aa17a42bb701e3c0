using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Storage;

/// <summary>
/// Keeps the Data Protection key ring in the store database, shared by every instance and kept across restarts;
/// encrypted with the <c>Storage:KeyEncryption</c> certificate when one is configured.
/// </summary>
internal static class DataProtectionKeys
{
    /// <summary>The application name every instance shares, so their protectors isolate payloads the same way.</summary>
    public const string ApplicationName = "Assistant";

    /// <summary>
    /// Registers the key ring in the database (table of <see cref="DataProtectionKeySchema"/>). Called after the storage
    /// initializer is registered: the Data Protection start-up service that loads the key ring then runs after the
    /// migration that creates its table.
    /// </summary>
    public static IServiceCollection AddDataProtectionKeysInStore(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.TryAddSingleton<KeyEncryptionCertificate>();
        services.AddOptions<KeyManagementOptions>().Configure<IStoreDatabase, KeyEncryptionCertificate, IServiceProvider>((options, database, key, provider) =>
        {
            options.XmlRepository = new DatabaseXmlRepository(database);
            if (key.Certificate is { } certificate)
                options.XmlEncryptor = new CertificateKeyEncryptor(certificate, provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance);
        });
        return services;
    }
}
