using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Storage;

/// <summary>The certificate of <c>Storage:KeyEncryption</c>, loaded once; null when none is configured.</summary>
internal sealed class KeyEncryptionCertificate(IOptions<StorageOptions> storage) : IDisposable
{
    private readonly Lazy<X509Certificate2?> _certificate = new(() =>
        storage.Value.KeyEncryption is { IsConfigured: true } settings ? Load(settings) : null);

    public X509Certificate2? Certificate => _certificate.Value;

    /// <summary>Loads the certificate.</summary>
    /// <exception cref="CryptographicException">Not a PKCS#12 file, or the wrong password.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static X509Certificate2 Load(KeyEncryptionOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return X509CertificateLoader.LoadPkcs12FromFile(
            Path.GetFullPath(settings.CertificatePath), settings.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
    }

    /// <summary>Why <paramref name="settings"/> cannot encrypt keys, or null when they can. Never echoes the password.</summary>
    public static string? Problem(KeyEncryptionOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = Path.GetFullPath(settings.CertificatePath);
        if (!File.Exists(path))
            return $"Storage:KeyEncryption:CertificatePath: {path} does not exist.";
        try
        {
            using var certificate = Load(settings);
            using var key = certificate.GetRSAPrivateKey();
            return key is null
                ? $"Storage:KeyEncryption:CertificatePath: {path} holds no RSA private key; the keys could be encrypted but never read back."
                : null;
        }
        catch (Exception exception) when (exception is CryptographicException or IOException or UnauthorizedAccessException)
        {
            return $"Storage:KeyEncryption:CertificatePath: {path} cannot be read as a PKCS#12 certificate with Storage:KeyEncryption:CertificatePassword ({exception.GetType().Name}).";
        }
    }

    public void Dispose()
    {
        if (_certificate.IsValueCreated)
            _certificate.Value?.Dispose();
    }
}
