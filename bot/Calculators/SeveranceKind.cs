namespace Assistant.Bot.Calculators;

/// <summary>Which of the three dismissal payments to work out.</summary>
public enum SeveranceKind
{
    /// <summary>N: 经济补偿 (劳动合同法第四十六、四十七条).</summary>
    Compensation,

    /// <summary>N+1: 经济补偿 plus one month's wage in lieu of 30 days' notice (第四十条, 实施条例第二十条).</summary>
    CompensationPlusNotice,

    /// <summary>2N: 赔偿金 for an unlawful dismissal or ending (第四十八、八十七条).</summary>
    UnlawfulTermination,
}
