using Assistant.Bot.Conversations;
using Assistant.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests.Conversations;

public sealed class ConversationRegistrationTests
{
    [Fact]
    public async Task The_host_wires_the_turn_handler_to_the_index_and_the_store_in_the_data_folder()
    {
        using var factory = new BotFactory();
        using var client = factory.CreateClient();
        var handler = factory.Services.GetRequiredService<ITurnHandler>();

        var result = await handler.HandleAsync(
            new IncomingMessage(new ConversationAddress("webchat", "c1"), IncomingKind.Message, "u1", null, "困难职工帮扶怎么申请", null, "zh-CN", DateTimeOffset.UtcNow, null),
            CancellationToken.None);

        Assert.NotEmpty(Assert.Single(result.Replies).Card!.Citations);
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "assistant.db")));
    }
}
