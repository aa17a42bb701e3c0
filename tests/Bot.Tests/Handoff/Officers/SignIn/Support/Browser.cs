using System.Net;
using System.Security.Cryptography.X509Certificates;
using Assistant.Bot.Tests.Channels.BotFramework.Support;

namespace Assistant.Bot.Tests.Handoff.Officers.SignIn.Support;

/// <summary>An HttpClient with a cookie jar, standing in for the officer's browser.</summary>
public sealed class Browser : IDisposable
{
    private readonly string _baseAddress;

    public Browser(X509Certificate2 certificate, string baseAddress, bool followRedirects)
    {
        _baseAddress = baseAddress;
        var handler = (SocketsHttpHandler)LoopbackCertificate.TrustingHandler(certificate);
        handler.CookieContainer = Cookies;
        handler.UseCookies = true;
        handler.AllowAutoRedirect = followRedirects;
        Client = new HttpClient(handler) { BaseAddress = new Uri(baseAddress) };
    }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Client { get; }

    /// <summary>True when the bot's session cookie is in the jar.</summary>
    public bool HasSession => Cookies.GetCookies(new Uri(_baseAddress)).Any(c => c.Name == "assistant.officer");

    public void Dispose() => Client.Dispose();
}
