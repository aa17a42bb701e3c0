using Assistant.Bot.Policy;
using Assistant.Knowledge.Search;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Answering;

/// <summary>Everything the composer needs to write one answer.</summary>
/// <param name="AnswerId">The answer's id (feedback buttons carry it).</param>
/// <param name="Question">The worker's question.</param>
/// <param name="Language">The answer's language.</param>
/// <param name="Support">The support verdict.</param>
/// <param name="Hits">The articles shown, best first: quoted, then named (the law of a guide's explanation).</param>
/// <param name="Citations">Their citations, numbered from 1 in the same order.</param>
/// <param name="GeneratedLead">The model's answer text, when one was generated and validated.</param>
/// <param name="Offer">How the answer offers a union officer (the handoff policy's call).</param>
public sealed record AnswerDraft(
    string AnswerId,
    string Question,
    string Language,
    SupportLevel Support,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<Citation> Citations,
    string? GeneratedLead,
    OfficerOffer Offer)
{
    /// <summary>The union guide's section whose explanation leads the answer, when one does; <see cref="Citations"/> are
    /// then the law it cites, quoted whole.</summary>
    public SearchHit? Explanation { get; init; }

    /// <summary>Further articles the explanation cites, named with their text to open.</summary>
    public IReadOnlyList<Citation> Further { get; init; } = [];
}
