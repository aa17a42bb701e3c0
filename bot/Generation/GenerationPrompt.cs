namespace Assistant.Bot.Generation;

/// <summary>The two messages sent to the model.</summary>
/// <param name="System">The rules.</param>
/// <param name="User">The numbered articles and the question, as delimited data, already masked.</param>
/// <param name="ArticleNumbers">The [n] numbers the model was given: the only valid citations.</param>
public sealed record GenerationPrompt(string System, string User, IReadOnlyList<int> ArticleNumbers);
