namespace Assistant.Knowledge.Evaluation;

/// <summary>One evaluation question with the article keys that answer it.</summary>
/// <param name="Id">The question's id as written in the file (number or string).</param>
/// <param name="Query">The question.</param>
/// <param name="Relevant">Article keys that answer it.</param>
/// <param name="Labor">True when at least one relevant article is from a labor statute.</param>
public sealed record QrelsQuery(string Id, string Query, IReadOnlyList<string> Relevant, bool Labor);
