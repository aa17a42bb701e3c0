namespace Assistant.Knowledge.Search;

/// <summary>A question to search for.</summary>
/// <param name="Question">The user's text, as typed; any content is accepted.</param>
/// <param name="Limit">How many distinct articles to return (1–1000).</param>
/// <param name="Filters">Restrictions, if any.</param>
public sealed record SearchRequest(string Question, int Limit = 10, SearchFilters? Filters = null);
