using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests.Support;

/// <summary>Starts a bot factory on a real loopback socket, for clients that run outside the process (node, chromium).</summary>
public static class LoopbackBot
{
    /// <summary>Starts the server and returns its base address as <c>http://127.0.0.1:port</c>.</summary>
    public static string Start(WebApplicationFactory<Program> factory)
    {
        factory.UseKestrel(0);
        factory.StartServer();
        return factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First()
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal)
            .Replace("[::1]", "127.0.0.1", StringComparison.Ordinal)
            .TrimEnd('/');
    }
}
