using System.Net;
using Assistant.Bot.Channels.DirectLine;
using Assistant.Bot.Conversations;
using Assistant.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Tests.Channels.DirectLine;

/// <summary>A turn that fails answers 502 (the echo stays), and bad settings stop the start.</summary>
public sealed class DirectLineFaultTests
{
    [Fact]
    public async Task A_failing_turn_gives_502_and_keeps_the_echo()
    {
        using var bot = new BotFactory();
        var failing = new FailingAfterWelcome();
        using var app = bot.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Replace(ServiceDescriptor.Singleton<ITurnHandler>(provider => failing.Wrap(ActivatorUtilities.CreateInstance<TurnHandler>(provider))))));
        var client = new DirectLineClient(app.CreateClient());
        var grant = await client.StartedAsync();

        var sent = await client.MessageAsync(grant, "你好", "fails");
        Assert.Equal(HttpStatusCode.BadGateway, sent.StatusCode);
        var (activities, watermark) = await client.ActivitiesAsync(grant.ConversationId, grant.Token, "1");
        Assert.Equal("fails", Assert.Single(activities).GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("2", watermark);
    }

    [Theory]
    [InlineData("DirectLine:TokenSigningKey", "too-short")]
    [InlineData("DirectLine:Secret", "short")]
    [InlineData("DirectLine:TokenLifetimeSeconds", "5")]
    [InlineData("DirectLine:PublicBaseUrl", "not a url")]
    public async Task Bad_settings_stop_the_start(string key, string value)
    {
        // The real registration, validated the way the host does at start (IStartupValidator), without starting a host
        // (Production, so the other features need not be registered for the container to build).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [key] = value });
        builder.AddDirectLine();
        await using var app = builder.Build();
        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    private sealed class FailingAfterWelcome
    {
        public ITurnHandler Wrap(ITurnHandler inner) => new Handler(inner);

        private sealed class Handler(ITurnHandler inner) : ITurnHandler
        {
            public Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken) =>
                message.Kind == IncomingKind.MemberAdded
                    ? inner.HandleAsync(message, cancellationToken)
                    : throw new InvalidOperationException("The turn broke.");
        }
    }
}
