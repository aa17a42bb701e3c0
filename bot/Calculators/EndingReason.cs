namespace Assistant.Bot.Calculators;

/// <summary>How the employment ended, as far as compensation depends on it (劳动合同法第四十六条; before 2008 the old rules).</summary>
public enum EndingReason
{
    /// <summary>Not said: the calculation assumes an ending that is compensated and says so.</summary>
    Unknown,

    /// <summary>Ended by agreement on the employer's proposal (第三十六条, 第四十六条第二项).</summary>
    MutualAgreementByEmployer,

    /// <summary>Ended by agreement on the worker's proposal: no compensation.</summary>
    MutualAgreementByEmployee,

    /// <summary>The worker left because of the employer's fault (第三十八条: unpaid wages, no social insurance …).</summary>
    EmployeeResignedForCause,

    /// <summary>The worker left of their own will (第三十七条): no compensation.</summary>
    EmployeeResigned,

    /// <summary>Illness or non-work injury, unfit after the medical period (第四十条第一项).</summary>
    IllnessOrInjury,

    /// <summary>Not competent after training or a new post (第四十条第二项).</summary>
    Incompetence,

    /// <summary>A major change of the circumstances the contract rested on (第四十条第三项).</summary>
    ChangedCircumstances,

    /// <summary>Economic layoff (第四十一条).</summary>
    Layoff,

    /// <summary>A fixed-term contract expired and was not renewed (第四十四条第一项).</summary>
    FixedTermExpired,

    /// <summary>The employer went bankrupt, was closed or dissolved (第四十四条第四、五项).</summary>
    EmployerClosed,
}
