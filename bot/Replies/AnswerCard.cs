namespace Assistant.Bot.Replies;

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

    /// <summary>Headed blocks of lines after the lead (a calculation's steps and assumptions).</summary>
    public IReadOnlyList<CardSection> Sections { get; init; } = [];

    /// <summary>Form fields, submitted with the card's buttons.</summary>
    public IReadOnlyList<CardInput> Inputs { get; init; } = [];
}
