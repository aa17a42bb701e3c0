using System.Security.Cryptography;
using System.Text;

namespace Assistant.Bot.Handoff.Officers;

/// <summary>
/// The officer console: <c>GET /officer</c> (cases) and <c>GET /officer/analytics</c> (charts), each one embedded HTML
/// page working against the officer API with fetch, its one inline script pinned by hash.
/// </summary>
internal sealed class ConsolePage
{
    public ConsolePage()
    {
        (Html, ScriptHash) = Load("Assistant.Bot.Handoff.Officers.officer.html");
        Analytics = new EmbeddedPage(Load("Assistant.Bot.Handoff.Officers.analytics.html"));
    }

    public string Html { get; }

    /// <summary>Base64 SHA-256 of the inline script, for the Content-Security-Policy.</summary>
    public string ScriptHash { get; }

    /// <summary>The analytics page.</summary>
    public EmbeddedPage Analytics { get; }

    private static (string Html, string ScriptHash) Load(string resource)
    {
        using var stream = typeof(ConsolePage).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The officer console page {resource} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var html = reader.ReadToEnd();
        var start = html.IndexOf("<script>", StringComparison.Ordinal) + "<script>".Length;
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(html[start..end])));
        return (html, hash);
    }
}

/// <summary>One embedded page and the hash of its inline script.</summary>
internal sealed record EmbeddedPage(string Html, string ScriptHash)
{
    public EmbeddedPage((string Html, string ScriptHash) loaded) : this(loaded.Html, loaded.ScriptHash)
    {
    }
}
