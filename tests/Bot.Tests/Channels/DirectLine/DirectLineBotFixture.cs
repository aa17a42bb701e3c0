using Assistant.Bot.Tests.Support;

namespace Assistant.Bot.Tests.Channels.DirectLine;

/// <summary>One real bot (SQLite and index in a temp folder) shared by the API tests; each test is its own user.</summary>
public sealed class DirectLineBotFixture : IDisposable
{
    public const string Secret = "test-directline-secret-0123456789";

    public BotFactory Bot { get; } = new(new()
    {
        ["DirectLine:Secret"] = Secret,
        ["DirectLine:MaxBodyBytes"] = "4096",
    });

    /// <summary>A new browser-like client: its own cookie, so its own user.</summary>
    public DirectLineClient NewClient() => new(Bot.CreateClient());

    public void Dispose() => Bot.Dispose();
}
