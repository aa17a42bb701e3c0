using System.Text.Json.Nodes;

namespace Assistant.Bot.Tests.Channels.BotFramework.Support;

/// <summary>Inbound activities shaped like the ones Teams (through the Connector) sends.</summary>
public static class TeamsActivities
{
    public const string BotId = "28:bot-app-id";
    public const string UserId = "29:user-1";

    public static JsonObject Message(string serviceUrl, string conversationId, string? text, string tenant = ChannelRig.AllowedTenant, string conversationType = "personal") => new()
    {
        ["type"] = "message",
        ["id"] = "1700000000001",
        ["timestamp"] = "2026-11-23T19:52:33.755Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Wang Fang", ["aadObjectId"] = "aad-1" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "UnionBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = tenant },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = "zh-CN",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
        ["someFutureField"] = new JsonObject { ["x"] = 1 },
    };

    public static JsonObject ConversationUpdate(string serviceUrl, string conversationId) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = "1700000000002",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "UnionBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "groupChat", ["tenantId"] = ChannelRig.AllowedTenant },
        ["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = BotId },
            new JsonObject { ["id"] = UserId, ["name"] = "Wang Fang" },
            new JsonObject { ["id"] = "29:user-2", ["name"] = "Li Lei" }),
    };

    public static JsonObject Invoke(string serviceUrl, string conversationId, string name) => new()
    {
        ["type"] = "invoke",
        ["name"] = name,
        ["id"] = "1700000000003",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId },
        ["recipient"] = new JsonObject { ["id"] = BotId },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = ChannelRig.AllowedTenant },
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "feedback",
                ["data"] = new JsonObject { ["action"] = "helpful", ["answerId"] = "a-9" },
            },
            ["trigger"] = "manual",
        },
    };
}
