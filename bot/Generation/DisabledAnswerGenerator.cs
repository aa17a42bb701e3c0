namespace Assistant.Bot.Generation;

/// <summary>No model configured: never generates, so the caller always sends the extractive answer.</summary>
public sealed class DisabledAnswerGenerator : IAnswerGenerator
{
    public bool IsEnabled => false;

    public Task<GeneratedAnswer?> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<GeneratedAnswer?>(null);
}
