using Assistant.Bot.Storage;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Conversations;

/// <summary>
/// Deletes what employees asked once it is older than <see cref="StorageOptions.QuestionRetentionDays"/>: at start,
/// then hourly. Workers' disputes are sensitive; the analytics need counts of the last year, not the words forever.
/// </summary>
internal sealed class QuestionRetention(
    IConversationStore store, IOptions<StorageOptions> options, TimeProvider time, ILogger<QuestionRetention> logger) : HourlySweep(time)
{
    protected override Task SweepAsync(CancellationToken cancellationToken) => PurgeOnceAsync(cancellationToken);

    /// <summary>One sweep; a failure is logged and the next sweep tries again.</summary>
    public async Task<QuestionPurge?> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = Time.GetUtcNow().AddDays(-options.Value.QuestionRetentionDays);
        try
        {
            var purged = await store.PurgeQuestionsAsync(cutoff, cancellationToken);
            if (purged.Total > 0)
                ConversationLog.QuestionsPurged(logger, purged.Answers, purged.Feedback, purged.Unanswered, purged.States, cutoff);
            return purged;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ConversationLog.QuestionPurgeFailed(logger, exception);
            return null;
        }
    }
}
