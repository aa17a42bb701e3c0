using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Assistant.Bot.Storage;

/// <summary>
/// The Data Protection key ring in the bot's own database (table <c>data_protection_key</c>, declared by
/// <see cref="DataProtectionKeySchema"/>), so a cookie protected by one instance is read by every other instance on the same
/// PostgreSQL, and by the same instance after a restart. Keys are stored as the framework hands them over: unencrypted
/// unless <c>ProtectKeysWith…</c> is configured (see ADR 0009).
/// </summary>
/// <remarks>
/// <see cref="IXmlRepository"/> is synchronous, so this uses synchronous connections and commands rather than blocking
/// on async ones. Keys are only appended (the key manager revokes by adding a revocation element), never updated.
/// </remarks>
internal sealed class DatabaseXmlRepository(IStoreDatabase database) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = database.Open();
        return connection.Query<string>("SELECT xml FROM data_protection_key ORDER BY id")
            .Select(xml => XElement.Parse(xml))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var connection = database.Open();
        connection.Execute(
            "INSERT INTO data_protection_key (friendly_name, xml) VALUES (@friendlyName, @xml)",
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}
