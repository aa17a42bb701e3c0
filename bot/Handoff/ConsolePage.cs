using System.Security.Cryptography;
using System.Text;

namespace Assistant.Bot.Handoff;

/// <summary>The officer console (<c>GET /officer</c>): one embedded HTML page working against the officer API with fetch.</summary>
internal sealed class ConsolePage
{
    public ConsolePage() => (Html, ScriptHash) = Load();

    public string Html { get; }

    /// <summary>Base64 SHA-256 of the inline script, for the Content-Security-Policy.</summary>
    public string ScriptHash { get; }

    private static (string, string) Load()
    {
        using var stream = typeof(ConsolePage).Assembly.GetManifestResourceStream("Assistant.Bot.Handoff.officer.html")
            ?? throw new InvalidOperationException("The officer console page is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var html = reader.ReadToEnd();
        var start = html.IndexOf("<script>", StringComparison.Ordinal) + "<script>".Length;
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(html[start..end])));
        return (html, hash);
    }
}
