using System.Xml.Linq;
using Assistant.Bot.Storage;
using Assistant.Bot.Tests.Storage.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Tests.Storage;

/// <summary>The Data Protection key ring in the store database, on each database: what one instance writes, another reads.</summary>
public abstract class DataProtectionKeyContract(StoreDatabases databases) : IAsyncLifetime
{
    [StoreFact]
    public async Task Keys_stored_through_one_repository_are_read_by_another_on_the_same_database_in_order()
    {
        var database = await databases.NewAsync();
        var writer = new DatabaseXmlRepository(database);
        Assert.Empty(writer.GetAllElements());

        writer.StoreElement(new XElement("key", new XAttribute("id", "1"), new XElement("secret", "一")), "key-1");
        writer.StoreElement(new XElement("revocation", new XAttribute("id", "1")), "revocation-1");

        var reader = new DatabaseXmlRepository(databases.Reopen(database));
        var read = reader.GetAllElements();
        Assert.Equal(["key", "revocation"], read.Select(element => element.Name.LocalName));
        Assert.Equal("一", read.First().Element("secret")?.Value);
    }

    [StoreFact]
    public async Task A_payload_protected_by_one_instance_is_unprotected_by_another_on_the_same_database()
    {
        var database = await databases.NewAsync();
        using var first = Protection(database);
        using var second = Protection(databases.Reopen(database));

        var protectedPayload = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("officer wangli");

        Assert.Equal("officer wangli", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(protectedPayload));
        // The second instance found the first one's key instead of making its own.
        Assert.Single(new DatabaseXmlRepository(database).GetAllElements());
    }

    // What the bot registers, without the rest of the bot.
    private static ServiceProvider Protection(IStoreDatabase database)
    {
        var services = new ServiceCollection();
        services.AddSingleton(database);
        services.AddDataProtectionKeysInStore();
        var provider = services.BuildServiceProvider();
        Assert.IsType<DatabaseXmlRepository>(provider.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
        return provider;
    }

    public Task InitializeAsync() => databases.InitializeAsync();

    public Task DisposeAsync() => databases.DisposeAsync();
}

public sealed class SqliteDataProtectionKeyTests() : DataProtectionKeyContract(new SqliteDatabases());

public sealed class PostgresDataProtectionKeyTests(PostgresDatabaseFixture fixture)
    : DataProtectionKeyContract(new PostgresDatabases(fixture)), IClassFixture<PostgresDatabaseFixture>, IRunsOnPostgres;
