using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Calculators;

/// <summary>
/// The union's regional figures for the calculators. Section <c>Calculators:Region</c>. A figure left empty is
/// reported as missing by every result it would change; it is never guessed.
/// </summary>
public sealed class RegionalFiguresOptions
{
    public const string SectionName = "Calculators:Region";

    /// <summary>The city or province the figures are for, shown with the results.</summary>
    [MaxLength(100)]
    public string Name { get; set; } = string.Empty;

    /// <summary>上年度职工月平均工资 of the city (直辖市、设区的市) the employer is in: the cap of 劳动合同法第四十七条.</summary>
    [Required]
    public RegionalFigureOptions CityAverageMonthlyWage { get; set; } = new();

    /// <summary>The local monthly minimum wage (月最低工资标准).</summary>
    [Required]
    public RegionalFigureOptions MinimumMonthlyWage { get; set; } = new();

    /// <summary>The province's maternity days on top of the national 98 (地方条例的延长产假、生育奖励假).</summary>
    [Required]
    public RegionalFigureOptions ExtraMaternityDays { get; set; } = new();

    /// <summary>统筹地区职工月平均工资: the 60 %–300 % bounds of 本人工资 in 工伤保险条例第六十四条.</summary>
    [Required]
    public RegionalFigureOptions PoolingAverageMonthlyWage { get; set; } = new();
}
