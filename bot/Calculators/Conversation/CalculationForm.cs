using System.Globalization;
using Assistant.Bot.Calculators.Extraction;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Calculators.Conversation;

/// <summary>
/// The form a worker may fill in instead of answering one question at a time: the fields each calculation reads, with
/// what was already said, and the submitted values read back as figures. Field ids are <see cref="ExtractedInputs"/>
/// property names.
/// </summary>
public sealed class CalculationForm(CalculationTextRenderer text)
{
    /// <summary>The submitted data field that names the calculation.</summary>
    public const string KindField = "kind";

    private static readonly EndingReason[] Endings =
    [
        EndingReason.Layoff, EndingReason.MutualAgreementByEmployer, EndingReason.FixedTermExpired, EndingReason.Incompetence,
        EndingReason.IllnessOrInjury, EndingReason.ChangedCircumstances, EndingReason.EmployerClosed, EndingReason.EmployeeResignedForCause,
        EndingReason.EmployeeResigned,
    ];

    /// <summary>The fields of <paramref name="kind"/>, holding what <paramref name="known"/> already says.</summary>
    public IReadOnlyList<CardInput> Fields(CalculationKind kind, ExtractedInputs known, string language)
    {
        CardInput Number(string id, string label, decimal? value) =>
            new(id, text.Get(label, language), CardInputKind.Number, value?.ToString(CultureInfo.InvariantCulture));
        CardInput Date(string id, string label, ExtractedDate? value) =>
            new(id, text.Get(label, language), CardInputKind.Date, value?.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return kind switch
        {
            CalculationKind.Severance or CalculationKind.SeverancePlusNotice or CalculationKind.UnlawfulTermination =>
            [
                Date(nameof(ExtractedInputs.StartDate), "Field.FirstWorkDay", known.StartDate),
                Date(nameof(ExtractedInputs.EndDate), "Field.LastWorkDay", known.EndDate),
                Number(nameof(ExtractedInputs.Years), "Field.Service", known.Years),
                Number(nameof(ExtractedInputs.MonthlyWage), "Field.AverageMonthlyWage", known.MonthlyWage),
                new(nameof(ExtractedInputs.Ending), text.Get("Field.Ending", language), CardInputKind.Choice, known.Ending?.ToString())
                {
                    Options = [.. Endings.Select(e => new CardChoiceOption(text.Get("EndingReason." + e, language), e.ToString()))],
                },
            ],
            CalculationKind.DoubleWage =>
            [
                Date(nameof(ExtractedInputs.StartDate), "Field.FirstWorkDay", known.StartDate),
                Date(nameof(ExtractedInputs.EndDate), "Field.LastDayCounted", known.EndDate),
                Number(nameof(ExtractedInputs.MonthlyWage), "Field.MonthlyWage", known.MonthlyWage),
            ],
            CalculationKind.Overtime =>
            [
                Number(nameof(ExtractedInputs.MonthlyWage), "Field.MonthlyWage", known.MonthlyWage),
                Number(nameof(ExtractedInputs.WeekdayOvertimeHours), "Field.WeekdayOvertimeHours", known.WeekdayOvertimeHours),
                Number(nameof(ExtractedInputs.RestDayHours), "Field.RestDayHours", known.RestDayHours),
                Number(nameof(ExtractedInputs.HolidayHours), "Field.HolidayHours", known.HolidayHours),
            ],
            CalculationKind.AnnualLeave =>
            [
                Number(nameof(ExtractedInputs.TotalYears), "Field.CumulativeYears", known.TotalYears ?? known.Years),
                Number(nameof(ExtractedInputs.MonthlyWage), "Field.MonthlyWage", known.MonthlyWage),
                Date(nameof(ExtractedInputs.EndDate), "Field.LeftOn", known.EndDate),
            ],
            CalculationKind.MedicalPeriod =>
            [
                Number(nameof(ExtractedInputs.TotalYears), "Field.TotalWorkYears", known.TotalYears),
                Number(nameof(ExtractedInputs.Years), "Field.CompanyYears", known.Years),
            ],
            CalculationKind.MaternityLeave =>
            [
                Number(nameof(ExtractedInputs.Babies), "Field.Babies", known.Babies),
                new(nameof(ExtractedInputs.DifficultBirth), text.Get("Field.DifficultBirth", language), CardInputKind.Toggle,
                    known.DifficultBirth == true ? "true" : null),
                new(nameof(ExtractedInputs.Miscarriage), text.Get("Field.Outcome", language), CardInputKind.Toggle,
                    known.Miscarriage == true ? "true" : null),
                Number(nameof(ExtractedInputs.PregnancyMonths), "Field.PregnancyMonths", known.PregnancyMonths),
            ],
            CalculationKind.Probation =>
            [
                Number(nameof(ExtractedInputs.ContractMonths), "Field.TermMonths", known.ContractMonths),
                Number(nameof(ExtractedInputs.MonthlyWage), "Field.AgreedMonthlyWage", known.MonthlyWage),
            ],
            CalculationKind.InjuryGrant =>
            [
                Number(nameof(ExtractedInputs.Grade), "Field.Grade", known.Grade),
                Number(nameof(ExtractedInputs.MonthlyWage), "Field.MonthlyWage", known.MonthlyWage),
            ],
            CalculationKind.ArbitrationDeadline =>
            [
                Date(nameof(ExtractedInputs.EndDate), "Field.KnewOn", known.EndDate),
                new(nameof(ExtractedInputs.Dispute), text.Get("Field.Dispute", language), CardInputKind.Toggle,
                    known.Dispute == DisputeKind.UnpaidRemuneration ? "true" : null),
            ],
            _ => [],
        };
    }

    /// <summary>The figures a submitted form gives; a blank or unreadable field gives none.</summary>
    public static ExtractedInputs Read(IReadOnlyDictionary<string, string> data)
    {
        decimal? Number(string id) =>
            data.TryGetValue(id, out var raw) && decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
        int? Whole(string id) => Number(id) is { } value && value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue ? (int)value : null;
        ExtractedDate? Date(string id) =>
            data.TryGetValue(id, out var raw) && DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? ExtractedDate.Of(date)
                : null;
        bool? Toggle(string id) => data.TryGetValue(id, out var raw) && bool.TryParse(raw, out var value) ? value : null;
        return new ExtractedInputs
        {
            Years = Number(nameof(ExtractedInputs.Years)),
            TotalYears = Number(nameof(ExtractedInputs.TotalYears)),
            StartDate = Date(nameof(ExtractedInputs.StartDate)),
            EndDate = Date(nameof(ExtractedInputs.EndDate)),
            MonthlyWage = Number(nameof(ExtractedInputs.MonthlyWage)),
            Ending = data.TryGetValue(nameof(ExtractedInputs.Ending), out var ending) && Enum.TryParse<EndingReason>(ending, out var reason)
                && Enum.IsDefined(reason) ? reason : null,
            Grade = Whole(nameof(ExtractedInputs.Grade)),
            WeekdayOvertimeHours = Number(nameof(ExtractedInputs.WeekdayOvertimeHours)),
            RestDayHours = Number(nameof(ExtractedInputs.RestDayHours)),
            HolidayHours = Number(nameof(ExtractedInputs.HolidayHours)),
            ContractMonths = Whole(nameof(ExtractedInputs.ContractMonths)),
            Babies = Whole(nameof(ExtractedInputs.Babies)),
            DifficultBirth = Toggle(nameof(ExtractedInputs.DifficultBirth)),
            Miscarriage = Toggle(nameof(ExtractedInputs.Miscarriage)),
            PregnancyMonths = Whole(nameof(ExtractedInputs.PregnancyMonths)),
            Dispute = Toggle(nameof(ExtractedInputs.Dispute)) == true ? DisputeKind.UnpaidRemuneration : null,
        };
    }
}
