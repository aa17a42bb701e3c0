using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Assistant.Knowledge.Search;

/// <summary>One scoring clause of a question: a term of a field with its boost and its per-segment statistics.</summary>
internal sealed record TermClause(Term Term, float Boost, TermContext Context);

/// <summary>
/// A question's query: a plain disjunction of term clauses (what a <see cref="BooleanQuery"/> of SHOULD term queries
/// means), optionally restricted by a filter, in the order the clauses were added.
/// </summary>
internal sealed record TermDisjunction(IReadOnlyList<TermClause> Clauses, Filter? Filter);
