using System.Globalization;

namespace Assistant.Bot.Calculators.Extraction;

/// <summary>A date as precise as the worker said it: 2019, 2019-03 (2019年3月入职) or 2019-03-15.</summary>
public sealed record ExtractedDate(int Year, int? Month = null, int? Day = null)
{
    /// <summary>The first day the words could mean (2019-03 → 2019-03-01); callers that need a day say they assumed it.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    public static ExtractedDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    public static ExtractedDate OfMonth(DateOnly date) => new(date.Year, date.Month);

    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };
}
