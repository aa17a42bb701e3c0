namespace Assistant.Bot.Conversations;

/// <summary>An answer with its sources, rendered by each channel as an Adaptive Card.</summary>
/// <param name="AnswerId">Id of this answer (feedback refers to it).</param>
/// <param name="Title">Card heading.</param>
/// <param name="Lead">The short answer.</param>
/// <param name="Citations">The quoted articles, each shown with law title and article number, full text expandable.</param>
/// <param name="Notice">The one-line general-information notice.</param>
/// <param name="Buttons">Buttons under the card (feedback, ask an officer…).</param>
/// <param name="ShowAllLabel">Label of the toggle that expands an article's full text.</param>
public sealed record AnswerCard(
    string AnswerId,
    string Title,
    string Lead,
    IReadOnlyList<Citation> Citations,
    string Notice,
    IReadOnlyList<CardButton> Buttons,
    string ShowAllLabel)
{
    /// <summary>A choice the buttons submit along with their data (under <see cref="CardChoice.Id"/>), when the card asks one.</summary>
    public CardChoice? Choice { get; init; }

    /// <summary>The key of the guide section whose explanation is the lead, when one is (its law are the citations).</summary>
    public string? ExplanationKey { get; init; }

    /// <summary>Where the lead comes from when it is the union's explanation (<c>摘自工会《职工劳动权益问答指南》</c>).</summary>
    public string? LeadSource { get; init; }

    /// <summary>The heading over <see cref="Citations"/> when they are the law behind the lead (<c>法律依据：</c>).</summary>
    public string? CitationsHeading { get; init; }

    /// <summary>Further articles the answer rests on, named with their full text to open in place.</summary>
    public IReadOnlyList<Citation> Further { get; init; } = [];

    /// <summary>The heading over <see cref="Further"/>.</summary>
    public string? FurtherHeading { get; init; }
}

/// <summary>
/// A drop-down on a card (Adaptive Card <c>Input.ChoiceSet</c>). Web Chat and Teams send its value with any
/// <c>Action.Submit</c> of the card, so it arrives in <see cref="CardSubmission.Data"/> under <paramref name="Id"/>;
/// absent or empty when nothing was chosen.
/// </summary>
/// <param name="Id">The field name of the chosen value.</param>
/// <param name="Label">Shown above the drop-down.</param>
/// <param name="Placeholder">Shown while nothing is chosen.</param>
/// <param name="Options">The choices.</param>
public sealed record CardChoice(string Id, string Label, string Placeholder, IReadOnlyList<CardChoiceOption> Options);

/// <summary>One choice of a <see cref="CardChoice"/>.</summary>
/// <param name="Title">What the user sees.</param>
/// <param name="Value">What is submitted.</param>
public sealed record CardChoiceOption(string Title, string Value);

/// <summary>A quoted article.</summary>
/// <param name="Number">The [n] number the lead and the generated text use.</param>
/// <param name="ArticleKey">Citation key (<c>劳动合同法#第四十七条</c>).</param>
/// <param name="Source">The article as the law names itself (<c>《劳动合同法》（2012年修正）第四十七条</c>), never its key.</param>
/// <param name="Excerpt">The part shown by default.</param>
/// <param name="FullText">The whole article, shown when expanded.</param>
/// <param name="Note">A label such as "superseded version", when needed.</param>
public sealed record Citation(int Number, string ArticleKey, string Source, string Excerpt, string FullText, string? Note = null)
{
    /// <summary>When the article's version took effect (<c>本版本自2013年7月1日起施行。</c>), when known.</summary>
    public string? InForce { get; init; }

    /// <summary>True when <see cref="Excerpt"/> is the whole article, so there is nothing more to open.</summary>
    public bool IsWhole => string.Equals(Excerpt, FullText, StringComparison.Ordinal);
}

/// <summary>A button on a card; channels send it as Action.Submit with <c>{ action, ...Data }</c>.</summary>
/// <param name="Title">The visible label.</param>
/// <param name="Submission">What comes back when pressed.</param>
public sealed record CardButton(string Title, CardSubmission Submission);

/// <summary>A quick reply under a message: sends <paramref name="Text"/> as if typed.</summary>
/// <param name="Title">The visible label.</param>
/// <param name="Text">The text sent when pressed.</param>
public sealed record SuggestedAction(string Title, string Text);
