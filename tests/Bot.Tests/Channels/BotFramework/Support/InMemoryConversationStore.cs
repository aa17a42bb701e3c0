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

    /// <summary>How many turns were written (a turn writes once).</summary>
    public int TurnWrites => _turnWrites;

    private int _turnWrites;

    public Task SaveTurnAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _turnWrites);
        _states[turn.State.Address.Key] = turn.State;
        if (turn.Answer is { } answer)
            _answers[answer.AnswerId] = answer;
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

    public Task<AnswerRecord?> GetAnswerAsync(string answerId, CancellationToken cancellationToken) =>
        Task.FromResult(_answers.GetValueOrDefault(answerId));

    public Task<QuestionPurge> PurgeQuestionsAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var answers = _answers.Where(a => a.Value.At < before).Count(a => _answers.TryRemove(a.Key, out _));
        var states = _states.Where(s => s.Value.UpdatedAt < before).Count(s => _states.TryRemove(s.Key, out _));
        return Task.FromResult(new QuestionPurge(answers, 0, 0, states));
    }
}
