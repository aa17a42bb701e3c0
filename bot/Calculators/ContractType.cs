namespace Assistant.Bot.Calculators;

/// <summary>The kind of labour contract (劳动合同法第十二条).</summary>
public enum ContractType
{
    /// <summary>固定期限.</summary>
    FixedTerm,

    /// <summary>无固定期限.</summary>
    OpenEnded,

    /// <summary>以完成一定工作任务为期限.</summary>
    TaskBased,
}
