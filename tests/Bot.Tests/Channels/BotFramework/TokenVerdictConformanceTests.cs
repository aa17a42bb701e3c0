using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Channels.BotFramework;
using Assistant.Bot.Channels.BotFramework.Authentication;
using Assistant.Bot.Channels.Activities.Schema;
using Assistant.Bot.Tests.Channels.BotFramework.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Tests.Channels.BotFramework;

/// <summary>
/// Our validator and botbuilder-js 4.23.3 (npm botframework-connector) judge the same tokens against the same loopback
/// OpenID document; their verdicts must agree, and match the protocol notes (5.4).
/// </summary>
[Collection("node")]
public sealed class TokenVerdictConformanceTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string ServiceUrl = "https://smba.trafficmanager.net/teams/";
    private FakeIssuer _issuer = null!;

    public async Task InitializeAsync()
    {
        await NodeTools.EnsureInstalledAsync();
        _issuer = await FakeIssuer.StartAsync();
    }

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    [Fact]
    public async Task Our_verdicts_equal_botbuilder_js_verdicts_on_the_same_tokens()
    {
        var now = DateTimeOffset.UtcNow;
        var cases = new (string Name, string? Token, string ChannelId, bool Expected)[]
        {
            ("valid", _issuer.Mint(AppId, ServiceUrl), "msteams", true),
            ("wrong audience", _issuer.Mint("99999999-0000-0000-0000-000000000000", ServiceUrl), "msteams", false),
            ("wrong serviceurl", _issuer.Mint(AppId, "https://evil.example.com/"), "msteams", false),
            ("wrong issuer", _issuer.Mint(AppId, ServiceUrl, issuer: "https://evil.botframework.com"), "msteams", false),
            ("expired 10 min beyond skew", _issuer.Mint(AppId, ServiceUrl, expires: now.AddMinutes(-15)), "msteams", false),
            ("expired 2 min (within skew)", _issuer.Mint(AppId, ServiceUrl, expires: now.AddMinutes(-2)), "msteams", true),
            ("unendorsed channel", _issuer.Mint(AppId, ServiceUrl), "skype", false),
            ("HS256", FakeIssuer.MintHs256(AppId, ServiceUrl), "msteams", false),
            ("alg none", FakeIssuer.MintUnsigned(AppId, ServiceUrl), "msteams", false),
            ("missing header", null, "msteams", false),
        };

        var ours = new List<bool>();
        var validator = CreateValidator();
        foreach (var c in cases)
        {
            var verdict = await validator.ValidateAsync(c.Token is null ? null : "Bearer " + c.Token, Activity(c.ChannelId), CancellationToken.None);
            ours.Add(verdict.Accepted);
        }

        var theirs = await BotbuilderVerdictsAsync(cases.Select(c => (c.Name, c.Token, c.ChannelId)));

        Assert.Equal(cases.Select(c => (c.Name, c.Expected)), cases.Select((c, i) => (c.Name, ours[i])));
        Assert.Equal(cases.Select((c, i) => (c.Name, ours[i])), cases.Select((c, i) => (c.Name, theirs[i])));
    }

    private BotFrameworkTokenValidator CreateValidator()
    {
        var options = Options.Create(new BotFrameworkOptions { AppId = AppId, AppPassword = "unused", OpenIdMetadataUrl = _issuer.MetadataUrl });
        var keys = new OpenIdKeyCache(new HttpClient(), options, TimeProvider.System, NullLogger<OpenIdKeyCache>.Instance);
        return new BotFrameworkTokenValidator(keys, options, TimeProvider.System);
    }

    private static Activity Activity(string channelId) => new()
    {
        Type = "message",
        ChannelId = channelId,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount { Id = "a:1" },
        From = new ChannelAccount { Id = "29:user" },
        Recipient = new ChannelAccount { Id = "28:" + AppId },
    };

    private async Task<List<bool>> BotbuilderVerdictsAsync(IEnumerable<(string Name, string? Token, string ChannelId)> cases)
    {
        var input = new JsonObject
        {
            ["metadataUrl"] = _issuer.MetadataUrl,
            ["appId"] = AppId,
            ["cases"] = new JsonArray([.. cases.Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.Name,
                ["authHeader"] = c.Token is null ? "" : "Bearer " + c.Token,
                ["activity"] = JsonNode.Parse(JsonSerializer.Serialize(Activity(c.ChannelId), BotFrameworkJsonContext.Default.Activity)),
            })]),
        };
        var (exit, output, error) = await NodeTools.RunAsync("node", ["verdicts.js"], input.ToJsonString(), TimeSpan.FromSeconds(30));
        Assert.True(exit == 0, error);
        using var verdicts = JsonDocument.Parse(output);
        return [.. verdicts.RootElement.EnumerateArray().Select(v => v.GetProperty("accepted").GetBoolean())];
    }
}
