using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml.Linq;
using Assistant.Bot.Storage;
using Assistant.Bot.Tests.Storage.Support;
using Assistant.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Tests.Storage;

/// <summary>The Data Protection keys (officer sessions) encrypted at rest with the Storage:KeyEncryption certificate.</summary>
public sealed class KeyEncryptionTests : IAsyncLifetime
{
    private const string Password = "工会-口令-1";
    private readonly SqliteDatabases _databases = new();
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_an_instance_with_the_same_certificate_reads_them()
    {
        var database = await _databases.NewAsync();
        var settings = Certificate("union.pfx", withPrivateKey: true);
        using var first = Protection(database, settings);
        using var second = Protection(_databases.Reopen(database), settings);

        var payload = Protector(first).Protect("officer wangli");

        Assert.Equal("officer wangli", Protector(second).Unprotect(payload));
        var stored = Assert.Single(new DatabaseXmlRepository(database).GetAllElements());
        Assert.Empty(stored.Descendants("masterKey"));
        Assert.Single(stored.Descendants(XName.Get("EncryptedData", EncryptedXml.XmlEncNamespaceUrl)));
        Assert.Contains(typeof(CertificateKeyDecryptor).FullName!, stored.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_certificate_the_keys_are_stored_in_clear()
    {
        var database = await _databases.NewAsync();
        using var protection = Protection(database, new KeyEncryptionOptions());

        Protector(protection).Protect("officer wangli");

        var stored = Assert.Single(new DatabaseXmlRepository(database).GetAllElements());
        Assert.Single(stored.Descendants("masterKey"));
    }

    [Fact]
    public async Task An_instance_without_the_certificate_cannot_read_what_the_keys_protect()
    {
        var database = await _databases.NewAsync();
        using var withCertificate = Protection(database, Certificate("union.pfx", withPrivateKey: true));
        using var without = Protection(_databases.Reopen(database), new KeyEncryptionOptions());

        var payload = Protector(withCertificate).Protect("officer wangli");

        Assert.ThrowsAny<CryptographicException>(() => Protector(without).Unprotect(payload));
    }

    [Fact]
    public void A_certificate_that_cannot_encrypt_and_read_back_is_refused_with_the_setting_named_and_no_password_shown()
    {
        var good = Certificate("union.pfx", withPrivateKey: true);
        var missing = new KeyEncryptionOptions { CertificatePath = _folder.Combine("nowhere.pfx"), CertificatePassword = Password };
        var wrongPassword = new KeyEncryptionOptions { CertificatePath = good.CertificatePath, CertificatePassword = "wrong-口令" };
        var publicOnly = Certificate("public-only.pfx", withPrivateKey: false);

        Assert.Null(KeyEncryptionCertificate.Problem(good));
        Assert.Contains("does not exist", KeyEncryptionCertificate.Problem(missing), StringComparison.Ordinal);
        var refused = KeyEncryptionCertificate.Problem(wrongPassword)!;
        Assert.Contains("Storage:KeyEncryption:CertificatePath", refused, StringComparison.Ordinal);
        Assert.Contains("union.pfx", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-口令", refused, StringComparison.Ordinal);
        Assert.Contains("no RSA private key", KeyEncryptionCertificate.Problem(publicOnly), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_certificate_setting_stops_the_start()
    {
        // The real registration, validated the way the host does at start, without starting a host.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:KeyEncryption:CertificatePath"] = _folder.Combine("nowhere.pfx"),
        });
        builder.AddStorage();
        await using var app = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Storage:KeyEncryption:CertificatePath", error.Message, StringComparison.Ordinal);
    }

    private KeyEncryptionOptions Certificate(string file, bool withPrivateKey)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Assistant key encryption", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(1));
        using var exported = withPrivateKey ? created : X509CertificateLoader.LoadCertificate(created.Export(X509ContentType.Cert));
        var path = _folder.Combine(file);
        File.WriteAllBytes(path, exported.Export(X509ContentType.Pkcs12, Password));
        return new KeyEncryptionOptions { CertificatePath = path, CertificatePassword = Password };
    }

    // What the bot registers, without the rest of the bot.
    private static ServiceProvider Protection(IStoreDatabase database, KeyEncryptionOptions encryption)
    {
        var services = new ServiceCollection();
        services.AddSingleton(database);
        services.Configure<StorageOptions>(storage => storage.KeyEncryption = encryption);
        services.AddDataProtectionKeysInStore();
        return services.BuildServiceProvider();
    }

    private static IDataProtector Protector(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie");

    public Task InitializeAsync() => _databases.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _databases.DisposeAsync();
        _folder.Dispose();
    }
}
