using Assistant.Knowledge.Documents;

namespace Assistant.Knowledge.Analysis;

/// <summary>A worker's question prepared for querying.</summary>
/// <param name="Text">
/// Width-folded, lower-cased text with question words, pronouns, modal particles and punctuation
/// replaced by single spaces, so no bigram spans a removed word.
/// </param>
/// <param name="Language">The language of the question.</param>
/// <param name="GlossaryWords">Glossary words found in the question by forward maximum match, distinct, in order.</param>
/// <param name="Expansions">Statute terms those words map to, distinct and not already among <paramref name="GlossaryWords"/>.</param>
public sealed record NormalizedQuestion(
    string Text,
    DocumentLanguage Language,
    IReadOnlyList<string> GlossaryWords,
    IReadOnlyList<string> Expansions);
