using Assistant.Knowledge.Embeddings;
namespace Assistant.Knowledge.Indexing;

/// <summary>What a published index generation holds; written beside the Lucene files and checked by verify.</summary>
/// <param name="FormatVersion">Layout version of the index; a reader refuses a version it does not know.</param>
/// <param name="Generation">The generation's folder name.</param>
/// <param name="BuiltAt">When the build finished (UTC).</param>
/// <param name="Sources">The source folders the build read.</param>
/// <param name="Documents">Documents indexed.</param>
/// <param name="Articles">Articles (Lucene documents) indexed.</param>
/// <param name="SkippedFiles">Files that could not be read and were skipped.</param>
/// <param name="GlossaryEntries">Synonym entries of the glossary the index was analysed with.</param>
/// <param name="Kinds">Articles per document kind.</param>
/// <param name="Languages">Articles per language code.</param>
/// <param name="Statuses">Articles per status.</param>
/// <param name="GlossaryFingerprint">The <see cref="Analysis.Glossary.Fingerprint"/> of the glossary the index was analysed
/// with; null in indexes built before it was recorded.</param>
/// <param name="Embeddings">The model the generation's article vectors were made with; null when it has none.</param>
/// <param name="DocumentKinds">Documents per document kind (laws, regulations, union rules, guides…); null in indexes
/// built before it was recorded.</param>
public sealed record IndexManifest(
    int FormatVersion,
    string Generation,
    DateTimeOffset BuiltAt,
    IReadOnlyList<string> Sources,
    int Documents,
    int Articles,
    int SkippedFiles,
    int GlossaryEntries,
    IReadOnlyDictionary<string, int> Kinds,
    IReadOnlyDictionary<string, int> Languages,
    IReadOnlyDictionary<string, int> Statuses,
    string? GlossaryFingerprint = null,
    IndexEmbeddings? Embeddings = null,
    IReadOnlyDictionary<string, int>? DocumentKinds = null)
{
    /// <summary>The layout version this code writes and reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The manifest's file name inside a generation folder.</summary>
    public const string FileName = "manifest.json";
}
