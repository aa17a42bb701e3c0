using Assistant.Bot.Conversations;
using Assistant.Bot.Conversations.Persistence;
using Assistant.Bot.Storage;
using Assistant.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Assistant.Bot.Tests.Storage.Support;

namespace Assistant.Bot.Tests.Conversations;

/// <summary>What employees asked is kept for Storage:QuestionRetentionDays, then deleted by the hourly sweep.</summary>
public sealed class QuestionRetentionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_sweep_deletes_what_is_older_than_the_retention_and_keeps_the_rest()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        var store = new SqlConversationStore(StoreSchemas.Sqlite(_folder.Combine("assistant.db")));
        var address = new ConversationAddress("webchat", "c-1");
        await store.RecordAnswerAsync(new AnswerRecord("older", address, "加班费怎么算", [], "extractive", "zh", time.GetUtcNow().AddDays(-31)), CancellationToken.None);
        await store.RecordAnswerAsync(new AnswerRecord("newer", address, "年休假几天", [], "extractive", "zh", time.GetUtcNow().AddDays(-29)), CancellationToken.None);
        var retention = new QuestionRetention(store, Options.Create(new StorageOptions { QuestionRetentionDays = 30 }), time, NullLogger<QuestionRetention>.Instance);

        var purged = await retention.PurgeOnceAsync(CancellationToken.None);

        Assert.Equal(new QuestionPurge(1, 0, 0, 0), purged);
        Assert.Null(await store.GetAnswerAsync("older", CancellationToken.None));
        Assert.NotNull(await store.GetAnswerAsync("newer", CancellationToken.None));
    }

    [Fact]
    public async Task A_failing_sweep_is_logged_and_does_not_stop_the_bot()
    {
        var retention = new QuestionRetention(new FailingStore(), Options.Create(new StorageOptions()), TimeProvider.System, NullLogger<QuestionRetention>.Instance);

        Assert.Null(await retention.PurgeOnceAsync(CancellationToken.None));
    }

    [Fact]
    public void The_bot_runs_the_sweep_and_refuses_a_retention_under_thirty_days()
    {
        using var factory = new BotFactory(new() { ["Storage:QuestionRetentionDays"] = "7" });

        var error = Assert.Throws<OptionsValidationException>(() => factory.Services.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.Contains("QuestionRetentionDays", error.Message, StringComparison.Ordinal);
        using var defaults = new BotFactory();
        Assert.Contains(defaults.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>(), s => s is QuestionRetention);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private sealed class FailingStore : IConversationStore
    {
        public Task<ConversationState?> GetStateAsync(ConversationAddress address, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task SaveTurnAsync(ConversationTurn turn, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task SaveReferenceAsync(ConversationReference reference, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<ConversationReference?> GetReferenceAsync(ConversationAddress address, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<AnswerRecord?> GetAnswerAsync(string answerId, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<QuestionPurge> PurgeQuestionsAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("database is locked");
    }
}
