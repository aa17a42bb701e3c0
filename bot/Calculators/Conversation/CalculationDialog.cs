using System.Text.RegularExpressions;
using Assistant.Bot.Calculators.Extraction;
using Assistant.Bot.Replies;
using Assistant.Bot.Understanding;

namespace Assistant.Bot.Calculators.Conversation;

/// <summary>
/// A calculation in the chat: recognised in the worker's own words, the figures they gave read, one short question at
/// a time for what is missing (remembered in the conversation as a <see cref="PendingCalculation"/>), a form for
/// anyone who prefers one, and the result card at the end. A message that is not an answer leaves the calculation and
/// is answered as a question.
/// </summary>
public sealed partial class CalculationDialog(
    CalculationRequestExtractor extractor, CalculationRunner runner, CalculationCards cards, CalculationTextRenderer text)
{
    private readonly HashSet<string> _cancel = text.Get("CancelWords", "en")
        .Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(w => WordMatcher.Compact(WordMatcher.Normalize(w)))
        .ToHashSet(StringComparer.Ordinal);

    // Asked outright for the sum: 帮我算, 算一下, how much will I get, calculate.
    [GeneratedRegex(@"帮我算|帮忙算|算一下|算算|计算一下|能拿多少|能赔多少|赔多少|给多少|拿多少|补多少|有几天|休几天|(?<!好)几个月|哪天|最晚|\bhow\s+much\b|\bhow\s+many\b|\bcalculate\b|\bwork\s+out\b|\blast\s+day\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForTheSum();

    /// <summary>
    /// A message that asks for the sum (能赔多少, 有几天, how much) with a figure of the worker's own starts a
    /// calculation: the next question, or the result when nothing is missing. Null for anything else: a question that
    /// only mentions figures ("干了两年多没签合同，算无固定期限合同吗") is about the law and is answered from it, with
    /// the offer to work it out (<see cref="Offer"/>); one asking for the sum without a figure gets the law first, then
    /// the first figure (<see cref="AskAlongside"/>).
    /// </summary>
    public CalculationStep? Start(CalculationQuestion question, string language, string answerId)
    {
        ArgumentNullException.ThrowIfNull(question);
        var extracted = question.Extracted;
        if (extracted.Kind is not { } kind || !HasFigure(extracted.Inputs) || !AsksForTheSum().IsMatch(question.Text))
            return null;
        return Next(kind, extracted.Inputs, language, answerId);
    }

    /// <summary>
    /// For a question that asks outright for the sum without a figure of its own ("被辞退能拿多少钱"): the first figure
    /// to ask for, sent after the answer from the law, the calculation waiting for the reply. Null when the message
    /// does not ask for a sum a calculator works out.
    /// </summary>
    public CalculationStep? AskAlongside(CalculationQuestion question, string language, string answerId)
    {
        ArgumentNullException.ThrowIfNull(question);
        var extracted = question.Extracted;
        if (extracted.Kind is not { } kind || HasFigure(extracted.Inputs) || !AsksForTheSum().IsMatch(question.Text))
            return null;
        return Next(kind, extracted.Inputs, language, answerId) is { Pending: not null } asking ? asking : null;
    }

    /// <summary>The worker's reply to the question asked: the next question or the result; "cancel" stops; null when the
    /// reply is not an answer (the calculation is left, the message answered as a question).</summary>
    public CalculationStep? Continue(PendingCalculation pending, CalculationQuestion question, string language, string answerId)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(question);
        var message = question.Text;
        if (_cancel.Contains(WordMatcher.Compact(WordMatcher.Normalize(message))))
            return new CalculationStep(cards.Cancelled(language), null);
        // A new question about another calculation is not an answer to this one.
        var own = question.Extracted.Kind;
        if (own is { } other && other != pending.Kind)
            return null;
        if (extractor.ReadAnswer(pending.Kind, pending.Asking, message, pending.Inputs) is not { } inputs)
            return null;
        return Next(pending.Kind, inputs, language, answerId);
    }

    /// <summary>The "fill in a form" and "work it out for me" buttons: the form, holding what the pending calculation knows.</summary>
    public CalculationStep? ShowForm(CardSubmission submission, PendingCalculation? pending, string language)
    {
        if (KindOf(submission) is not { } kind)
            return null;
        var known = pending is not null && pending.Kind == kind ? pending.Inputs : new ExtractedInputs();
        return new CalculationStep(cards.Form(kind, known, language), pending);
    }

    /// <summary>A submitted form: the result, or the form again naming what is wrong.</summary>
    public CalculationStep? FromForm(CardSubmission submission, string language, string answerId)
    {
        if (KindOf(submission) is not { } kind)
            return null;
        var inputs = CalculationForm.Read(submission.Data);
        var outcome = runner.Run(kind, inputs);
        if (outcome.Result is not { } result)
            return new CalculationStep(cards.Form(kind, inputs, language, outcome.Errors), null);
        var (reply, note) = cards.Result(answerId, result, inputs, language);
        return new CalculationStep(reply, null, note);
    }

    /// <summary>The offer to work a question out, for an answer to a question a calculator serves that quotes the laws it
    /// applies (<paramref name="answeredWith"/>: the answer's article keys), or null.</summary>
    public CardButton? Offer(CalculationQuestion question, IReadOnlyList<string> answeredWith, string language)
    {
        ArgumentNullException.ThrowIfNull(answeredWith);
        if (question?.Extracted.Kind is not { } kind)
            return null;
        // Only under an answer from the laws that calculation applies: 赔偿 in a question about a storage contract is
        // not severance.
        var laws = LegalBasis.LawsOf(kind);
        return answeredWith.Any(key => laws.Contains(key.Split('#')[0])) ? cards.Offer(kind, language) : null;
    }

    /// <summary>What a message says for the calculators, read once per turn (the kind it asks about and the figures it gives).</summary>
    public CalculationQuestion Read(string message) => new(message, extractor.Extract(message));

    // Ask for the first figure still missing, or work it out.
    private CalculationStep Next(CalculationKind kind, ExtractedInputs inputs, string language, string answerId)
    {
        if (CalculationRequestExtractor.StillMissing(kind, inputs) is [var first, ..])
            return new CalculationStep(cards.Question(kind, first, language), new PendingCalculation(kind, inputs, first));
        var outcome = runner.Run(kind, inputs);
        if (outcome.Result is not { } result)
            return new CalculationStep(cards.Form(kind, inputs, language, outcome.Errors), null);
        var (reply, note) = cards.Result(answerId, result, inputs, language);
        return new CalculationStep(reply, null, note);
    }

    private static CalculationKind? KindOf(CardSubmission submission) =>
        submission.Data.TryGetValue(CalculationForm.KindField, out var raw) && Enum.TryParse<CalculationKind>(raw, out var kind) && Enum.IsDefined(kind)
            ? kind
            : null;

    private static bool HasFigure(ExtractedInputs inputs) =>
        inputs.Years is not null || inputs.TotalYears is not null || inputs.StartDate is not null || inputs.EndDate is not null
        || inputs.MonthlyWage is not null || inputs.Grade is not null || inputs.WeekdayOvertimeHours is not null || inputs.RestDayHours is not null
        || inputs.HolidayHours is not null || inputs.ContractMonths is not null || inputs.Babies is not null || inputs.PregnancyMonths is not null;
}
