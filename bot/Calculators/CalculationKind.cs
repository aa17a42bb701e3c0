namespace Assistant.Bot.Calculators;

/// <summary>The calculations of issue 19. The names double as resource keys (<c>Kind.{name}</c>).</summary>
public enum CalculationKind
{
    /// <summary>经济补偿 N (劳动合同法第四十六、四十七条).</summary>
    Severance,

    /// <summary>N+1: compensation plus one month's wage in lieu of notice (第四十条).</summary>
    SeverancePlusNotice,

    /// <summary>2N: damages for unlawful dismissal (第四十八、八十七条).</summary>
    UnlawfulTermination,

    /// <summary>未签书面劳动合同的二倍工资 (第八十二条).</summary>
    DoubleWage,

    /// <summary>加班费.</summary>
    Overtime,

    /// <summary>带薪年休假 and pay for unused days.</summary>
    AnnualLeave,

    /// <summary>医疗期.</summary>
    MedicalPeriod,

    /// <summary>产假.</summary>
    MaternityLeave,

    /// <summary>试用期: longest lawful probation and lowest lawful probation wage.</summary>
    Probation,

    /// <summary>工伤一次性伤残补助金.</summary>
    InjuryGrant,

    /// <summary>仲裁时效: the last day to apply for arbitration.</summary>
    ArbitrationDeadline,
}
