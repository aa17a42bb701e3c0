using Microsoft.Extensions.Options;
using Npgsql;

namespace Assistant.Bot.Storage;

/// <summary>
/// With <c>PostgreSql</c>, a connection string naming a host and a database is required. Never echoes it (it holds the
/// password). A key encryption certificate, when given, must load and hold its RSA private key.
/// </summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.KeyEncryption.IsConfigured && KeyEncryptionCertificate.Problem(options.KeyEncryption) is { } problem)
            return ValidateOptionsResult.Fail(problem);
        if (!options.IsPostgreSql)
            return ValidateOptionsResult.Success;
        var text = options.PostgreSql.ConnectionString;
        if (string.IsNullOrWhiteSpace(text))
            return ValidateOptionsResult.Fail("Storage:PostgreSql:ConnectionString is required when Storage:Provider is PostgreSql (set it through the environment: Storage__PostgreSql__ConnectionString).");
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(text);
        }
        catch (ArgumentException)
        {
            return ValidateOptionsResult.Fail("Storage:PostgreSql:ConnectionString is not a valid PostgreSQL connection string.");
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
            return ValidateOptionsResult.Fail("Storage:PostgreSql:ConnectionString must name a Host.");
        if (string.IsNullOrWhiteSpace(builder.Database))
            return ValidateOptionsResult.Fail("Storage:PostgreSql:ConnectionString must name a Database.");
        return ValidateOptionsResult.Success;
    }
}
