namespace Assistant.Knowledge.Search;

/// <summary>How well the retrieved articles support answering the question.</summary>
public enum SupportLevel
{
    /// <summary>Nothing relevant: say so and offer a person.</summary>
    None,
    /// <summary>Related articles, but they may not answer the question: show them as the closest, ask to clarify.</summary>
    Weak,
    /// <summary>The articles address the question: answer from them.</summary>
    Strong,
}
