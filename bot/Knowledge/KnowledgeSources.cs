using Microsoft.Extensions.Options;

namespace Assistant.Bot.Knowledge;

/// <summary>Resolves the configured source folders; the bundled laws and samples ship beside the bot's binaries.</summary>
internal sealed class KnowledgeSources(IOptions<KnowledgeOptions> options, IHostEnvironment environment)
{
    /// <summary>The bundled knowledge: the national labor laws, then the sample union rules and guides that cite them.</summary>
    public static IReadOnlyList<string> Bundled { get; } =
        [Path.Combine(AppContext.BaseDirectory, "laws"), Path.Combine(AppContext.BaseDirectory, "samples")];

    /// <summary>True when no sources are configured, so the bundled knowledge is what the bot indexes.</summary>
    public bool AreBundled => options.Value.SourcePaths.Count == 0;

    public IReadOnlyList<string> Resolve()
    {
        var configured = options.Value.SourcePaths;
        if (configured.Count == 0)
            return Bundled;
        return configured.Select(p => Path.GetFullPath(p, environment.ContentRootPath)).ToList();
    }
}
