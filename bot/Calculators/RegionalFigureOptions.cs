namespace Assistant.Bot.Calculators;

/// <summary>One regional figure as the union sets it: the value, the year it is for, where it was published, and whether it is a sample.</summary>
public sealed class RegionalFigureOptions
{
    /// <summary>The figure (yuan a month, or days); empty when the union has not set it.</summary>
    public decimal? Value { get; set; }

    /// <summary>The year the figure is for (the 上年度 of an average wage, the year a minimum wage took effect).</summary>
    public int? Year { get; set; }

    /// <summary>Where it was published (the bureau's notice and its number), shown with every result that uses it.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>A bundled sample, not the union's own figure: every result using it says so.</summary>
    public bool IsSample { get; set; }

    /// <summary>The figure, or null when no value is set.</summary>
    public RegionalFigure? ToFigure() =>
        Value is { } value && Year is { } year ? new RegionalFigure(value, year, Source.Trim(), IsSample) : null;
}
