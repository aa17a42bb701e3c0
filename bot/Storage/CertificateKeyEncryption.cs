using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Assistant.Bot.Storage;

/// <summary>
/// Encrypts each Data Protection key with the <c>Storage:KeyEncryption</c> certificate (XML Encryption, the framework's
/// <see cref="CertificateXmlEncryptor"/>) and names <see cref="CertificateKeyDecryptor"/> to read it back, so decryption
/// uses the configured certificate rather than the machine's certificate store.
/// </summary>
internal sealed class CertificateKeyEncryptor(X509Certificate2 certificate, ILoggerFactory logs) : IXmlEncryptor
{
    private readonly CertificateXmlEncryptor _encryptor = new(certificate, logs);

    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(_encryptor.Encrypt(plaintextElement).EncryptedElement, typeof(CertificateKeyDecryptor));
}

/// <summary>
/// Decrypts a key written by <see cref="CertificateKeyEncryptor"/> with the configured certificate's private key.
/// Public with an <see cref="IServiceProvider"/> constructor because Data Protection creates it by the type name stored
/// beside each key (renaming or moving it makes stored keys unreadable: officers would sign in again).
/// </summary>
public sealed class CertificateKeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var certificate = services.GetRequiredService<KeyEncryptionCertificate>().Certificate
            ?? throw new CryptographicException("The key is encrypted with a certificate, and Storage:KeyEncryption:CertificatePath names none.");
        // DecryptDocument replaces the EncryptedData element in its parent, so give it one.
        var document = new XmlDocument { PreserveWhitespace = true };
        using (var reader = new XElement("root", encryptedElement).CreateReader())
            document.Load(reader);
        new CertificateEncryptedXml(document, certificate).DecryptDocument();
        return XElement.Parse(document.DocumentElement!.InnerXml);
    }

    private sealed class CertificateEncryptedXml(XmlDocument document, X509Certificate2 certificate) : EncryptedXml(document)
    {
        public override byte[]? DecryptEncryptedKey(EncryptedKey encryptedKey)
        {
            ArgumentNullException.ThrowIfNull(encryptedKey);
            using var key = certificate.GetRSAPrivateKey()
                ?? throw new CryptographicException("The Storage:KeyEncryption certificate holds no RSA private key.");
            var cipher = encryptedKey.CipherData.CipherValue ?? throw new CryptographicException("The encrypted key carries no cipher value.");
            return DecryptKey(cipher, key, encryptedKey.EncryptionMethod?.KeyAlgorithm == XmlEncRSAOAEPUrl);
        }
    }
}
