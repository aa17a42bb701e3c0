using Microsoft.Extensions.Options;

namespace Assistant.Bot.Knowledge;

/// <summary>Resolves the configured source folders; the bundled samples ship beside the bot's binaries.</summary>
internal sealed class KnowledgeSources(IOptions<KnowledgeOptions> options, IHostEnvironment environment)
{
    public IReadOnlyList<string> Resolve()
    {
        var configured = options.Value.SourcePaths;
        if (configured.Count == 0)
            return [Path.Combine(AppContext.BaseDirectory, "samples")];
        return configured.Select(p => Path.GetFullPath(p, environment.ContentRootPath)).ToList();
    }
}
