using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Knowledge;

/// <summary>Where the bot's index lives and what it is built from when missing.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>Index root folder (relative paths are under the content root).</summary>
    [Required(AllowEmptyStrings = false)]
    public string IndexPath { get; set; } = "data/index";

    /// <summary>Source folders indexed on first start when no index is published. Empty: the bundled samples.</summary>
    public List<string> SourcePaths { get; set; } = [];

    /// <summary>Build the index from <see cref="SourcePaths"/> at start when none is published, and rebuild an index built
    /// from them when this version's glossary differs from the one it was analysed with.</summary>
    public bool BuildWhenMissing { get; set; } = true;

    /// <summary>How often searches check for a newly published index generation.</summary>
    [Range(1, 3600)]
    public int RefreshIntervalSeconds { get; set; } = 5;
}
