using System.Globalization;
using Assistant.Bot.Calculators.Extraction;
using Assistant.Bot.Citations;
using Assistant.Bot.Replies;
using Assistant.Bot.Resources;

namespace Assistant.Bot.Calculators.Conversation;

/// <summary>
/// What a calculation says in the chat: the result card (the amount or the days, each step with its numbers, the
/// articles quoted and openable, the assumptions, the figures it lacked, that it is general information), the one
/// short question for a missing figure, and the form.
/// </summary>
public sealed class CalculationCards(CalculationTextRenderer text, CalculationForm form, LawArticles law, BotText bot)
{
    /// <summary>The submitted action of the form's button.</summary>
    public const string CalculateAction = "calculate";

    /// <summary>The submitted action that shows the form (or, from an answer, starts the calculation).</summary>
    public const string FormAction = "calculationForm";

    private const int ExcerptLimit = 200;

    /// <summary>The result as a card, and what a case keeps of it (in Chinese, the officers' language).</summary>
    public (Reply Reply, CalculationNote Note) Result(string answerId, CalculationResult result, ExtractedInputs inputs, string language)
    {
        var rendered = text.Render(result, language);
        var lead = rendered.SampleNotice is null ? rendered.Summary : rendered.Summary + "\n\n" + rendered.SampleNotice;
        var sections = new List<CardSection>();
        void Section(string heading, IReadOnlyList<string> lines)
        {
            if (lines.Count > 0)
                sections.Add(new CardSection(text.Get(heading, language), lines));
        }
        Section("Label.Steps", [.. rendered.Steps.Select((s, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {s}"))]);
        Section("Label.Variants", rendered.Variants);
        Section("Label.Assumptions", rendered.Assumptions);
        Section("Label.Missing", rendered.Missing);
        Section("Label.Inputs", Inputs(result.Kind, inputs, language));

        // The articles it rests on, as answers quote them; a rule whose text we don't ship is named, and says so.
        var citations = new List<Citation>();
        var unquoted = new List<string>();
        foreach (var reference in result.Basis.DistinctBy(b => b.Key))
        {
            if (reference.Bundled && reference.Article is not null && law.Open(reference.Key, language) is { } article)
            {
                var first = article.Text.Split('\n')[0];
                var excerpt = first.Length <= ExcerptLimit ? first : first[..ExcerptLimit] + bot.Get("Ellipsis", BotLanguages.Chinese);
                citations.Add(new Citation(citations.Count + 1, reference.Key, article.Name, excerpt, article.Text) { InForce = article.InForce });
            }
            else
            {
                unquoted.Add(text.Render(reference, language));
            }
        }
        Section("Label.Basis", unquoted);

        var data = new Dictionary<string, string> { ["answerId"] = answerId };
        var card = new AnswerCard(
            answerId,
            rendered.Title,
            lead,
            citations,
            rendered.Disclaimer,
            [
                new CardButton(bot.Get("ButtonAskOfficer", language), new CardSubmission(CardActions.AskOfficer, data)),
                new CardButton(bot.Get("ButtonHelpful", language), new CardSubmission(CardActions.Helpful, data)),
                new CardButton(bot.Get("ButtonNotHelpful", language), new CardSubmission(CardActions.NotHelpful, data)),
            ],
            bot.Get("ShowAll", language))
        {
            Sections = sections,
            CitationsHeading = citations.Count > 0 ? text.Get("Label.Basis", language) : null,
        };
        var plain = string.Join("\n\n", new[] { rendered.Title, lead }
            .Concat(sections.Select(s => s.Heading + "\n" + string.Join('\n', s.Lines)))
            .Concat(citations.Select(c => $"[{c.Number}] {c.Source}\n{c.Excerpt}"))
            .Append(rendered.Disclaimer));
        var officers = text.Render(result, BotLanguages.Chinese);
        var note = new CalculationNote(
            officers.Title, officers.Summary, Inputs(result.Kind, inputs, BotLanguages.Chinese), officers.Steps, [.. result.Basis.Select(b => text.Render(b, BotLanguages.Chinese))]);
        return (new Reply(plain, language, card), note);
    }

    /// <summary>The one short question for <paramref name="field"/>, with the form as the other way.</summary>
    public Reply Question(CalculationKind kind, string field, string language, bool again = false)
    {
        var title = text.Get("Kind." + kind, language);
        var question = text.Render(Note.Of("Ask." + field, title), language);
        if (again)
            question = text.Render(Note.Of("Ask.Again", question), language);
        var formButton = new CardButton(text.Get("Button.Form", language),
            new CardSubmission(FormAction, new Dictionary<string, string> { [CalculationForm.KindField] = kind.ToString() }));
        var card = new AnswerCard("calc-ask-" + kind, title, question, [], text.Get("Ask.FormOffer", language), [formButton], bot.Get("ShowAll", language));
        return new Reply(question + "\n" + text.Get("Ask.FormOffer", language), language, card);
    }

    /// <summary>The form of <paramref name="kind"/>, holding what is already known; with input errors when it came back wrong.</summary>
    public Reply Form(CalculationKind kind, ExtractedInputs known, string language, IReadOnlyList<InputError>? errors = null)
    {
        var title = text.Render(Note.Of("Form.Title", text.Get("Kind." + kind, language)), language);
        var lead = text.Get("Form.Lead", language);
        if (errors is { Count: > 0 })
            lead = string.Join('\n', errors.Select(e => text.Render(e, language)).Prepend(lead));
        var calculate = new CardButton(text.Get("Button.Calculate", language),
            new CardSubmission(CalculateAction, new Dictionary<string, string> { [CalculationForm.KindField] = kind.ToString() }));
        var card = new AnswerCard("calc-form-" + kind, title, lead, [], bot.Get("Notice", language), [calculate], bot.Get("ShowAll", language))
        {
            Inputs = form.Fields(kind, known, language),
        };
        return new Reply(title + "\n" + lead, language, card);
    }

    /// <summary>The button under an answer to a question a calculator serves: "work it out for me".</summary>
    public CardButton Offer(CalculationKind kind, string language) =>
        new(text.Get("Button.CalculateForMe", language),
            new CardSubmission(FormAction, new Dictionary<string, string> { [CalculationForm.KindField] = kind.ToString() }));

    /// <summary>"All right, no calculation."</summary>
    public Reply Cancelled(string language) => new(text.Get("Ask.Cancelled", language), language);

    // The figures as the worker gave them, one line each; annual leave counts a single length as the years worked in all.
    private IReadOnlyList<string> Inputs(CalculationKind kind, ExtractedInputs inputs, string language)
    {
        if (kind == CalculationKind.AnnualLeave && inputs.TotalYears is null)
            inputs = inputs with { TotalYears = inputs.Years, Years = null };
        var lines = new List<string>();
        void Line(bool present, string name, params object[] values)
        {
            if (present)
                lines.Add(text.Render(Note.Of(name, values), language));
        }
        Line(inputs.Years is not null, "Input.Years", inputs.Years ?? 0);
        Line(inputs.TotalYears is not null, "Input.TotalYears", inputs.TotalYears ?? 0);
        Line(inputs.StartDate is not null, "Input.StartDate", inputs.StartDate?.ToString() ?? string.Empty);
        Line(inputs.EndDate is not null, "Input.EndDate", inputs.EndDate?.ToString() ?? string.Empty);
        Line(inputs.MonthlyWage is not null, "Input.MonthlyWage", inputs.MonthlyWage ?? 0);
        Line(inputs.Grade is not null, "Input.Grade", inputs.Grade ?? 0);
        Line(inputs.ContractMonths is not null, "Input.ContractMonths", inputs.ContractMonths ?? 0);
        Line(inputs.WeekdayOvertimeHours is not null || inputs.RestDayHours is not null || inputs.HolidayHours is not null, "Input.OvertimeHours",
            inputs.WeekdayOvertimeHours ?? 0, inputs.RestDayHours ?? 0, inputs.HolidayHours ?? 0);
        Line(inputs.Babies is not null, "Input.Babies", inputs.Babies ?? 0);
        return lines;
    }
}
