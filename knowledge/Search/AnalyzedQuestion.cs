using Assistant.Knowledge.Analysis;

namespace Assistant.Knowledge.Search;

/// <summary>A question after normalisation and analysis, shared by query building, highlighting and judging.</summary>
internal sealed record AnalyzedQuestion(
    NormalizedQuestion Normalized,
    IReadOnlyList<string> ChineseTerms,
    IReadOnlyList<string> GlossaryTerms,
    IReadOnlyList<string> ExpansionTerms,
    IReadOnlyList<string> EnglishTerms,
    IReadOnlyList<string> MentionedLaws);
