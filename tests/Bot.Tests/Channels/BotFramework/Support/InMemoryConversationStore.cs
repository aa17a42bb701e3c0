using System.Collections.Concurrent;
using Assistant.Bot.Conversations;

namespace Assistant.Bot.Tests.Channels.BotFramework.Support;

/// <summary>A conversation store in memory (the SQLite one is built elsewhere); records references saved.</summary>
public sealed class InMemoryConversationStore : IConversationStore
{
    private readonly ConcurrentDictionary<string, ConversationState> _states = new();
    private readonly ConcurrentDictionary<string, ConversationReference> _references = new();
    private readonly ConcurrentDictionary<string, AnswerRecord> _answers = new();

    public IReadOnlyCollection<ConversationReference> References => [.. _references.Values];

    public Task<ConversationState?> GetStateAsync(ConversationAddress address, CancellationToken cancellationToken) =>
        Task.FromResult(_states.GetValueOrDefault(address.Key));

    public Task SaveStateAsync(ConversationState state, CancellationToken cancellationToken)
    {
        _states[state.Address.Key] = state;
        return Task.CompletedTask;
    }

    /// <summary>How many times a reference was written.</summary>
    public int ReferenceWrites => _referenceWrites;

    private int _referenceWrites;

    public Task SaveReferenceAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _referenceWrites);
        _references[reference.Address.Key] = reference;
        return Task.CompletedTask;
    }

    public Task<ConversationReference?> GetReferenceAsync(ConversationAddress address, CancellationToken cancellationToken) =>
        Task.FromResult(_references.GetValueOrDefault(address.Key));

    public Task RecordAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken)
    {
        _answers[answer.AnswerId] = answer;
        return Task.CompletedTask;
    }

    public Task<AnswerRecord?> GetAnswerAsync(string answerId, CancellationToken cancellationToken) =>
        Task.FromResult(_answers.GetValueOrDefault(answerId));

    public Task RecordFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RecordUnansweredAsync(UnansweredQuestion question, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<QuestionPurge> PurgeQuestionsAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var answers = _answers.Where(a => a.Value.At < before).Count(a => _answers.TryRemove(a.Key, out _));
        var states = _states.Where(s => s.Value.UpdatedAt < before).Count(s => _states.TryRemove(s.Key, out _));
        return Task.FromResult(new QuestionPurge(answers, 0, 0, states));
    }
}
