using System.Text.RegularExpressions;

namespace Assistant.Bot.Calculators.Extraction;

/// <summary>
/// Which calculation a message asks for, by the words workers use for it, checked from the most specific to the most
/// general (违法辞退 before 辞退, 年假 before 工作8年). The patterns recognise, they are never shown.
/// </summary>
internal static partial class KindRecognizer
{
    [GeneratedRegex(@"仲裁.{0,12}(?:时效|期限|来得及|还能|还可以|截止|最晚|多久|过期|晚了|超过)|(?:时效|来得及|还能|还可以|截止|最晚|过期).{0,12}仲裁|仲裁.{0,6}晚不晚|诉讼时效|仲裁时效|last\s+day\s+to\s+(?:file|apply)|\b(?:time\s+limit|deadline|too\s+late|how\s+long\s+do\s+i\s+have|still\s+(?:file|apply|claim))\b.{0,40}|arbitration.{0,30}(?:deadline|time\s+limit|too\s+late|still)")]
    private static partial Regex Arbitration();

    [GeneratedRegex(@"工伤|伤残|因工受伤|因工负伤|工作中受伤|上班(?:时)?受伤|干活(?:时)?受伤|工亡|injur|hurt\s+(?:at|on|while\s+at)\s+(?:work|the\s+job)|work\s+accident|disability\s+(?:grade|level)|accident\s+at\s+work")]
    private static partial Regex Injury();

    [GeneratedRegex(@"产假|胎停|停胎|胚胎停育|生孩子|生娃|生小孩|生宝宝|分娩|坐月子|流产|小产|难产|剖腹产|剖宫产|双胞胎|三胞胎|龙凤胎|maternity|gave\s+birth|giving\s+birth|having\s+a\s+baby|miscarr|pregnan")]
    private static partial Regex Maternity();

    [GeneratedRegex(@"医疗期(?!满|结束|到期)|(?:生病|病假|看病|住院|患病|病了).{0,10}(?:多久|多长|几个月|能休|可以休|最长|期限)|(?:多久|多长|几个月|能休|可以休).{0,6}病假|medical\s+period|sick\s+leave.{0,30}(?:how\s+long|months|entitled)|how\s+long.{0,30}sick")]
    private static partial Regex MedicalPeriod();

    [GeneratedRegex(@"年假|年休假|带薪休假|带薪假|annual\s+leave|paid\s+leave|vacation\s+days|days\s+of\s+(?:paid\s+)?(?:leave|vacation|holiday)|holiday\s+entitlement")]
    private static partial Regex AnnualLeave();

    [GeneratedRegex(@"试用期|试用|转正|probation")]
    private static partial Regex Probation();

    [GeneratedRegex(@"(?:没|未|不|没有)(?:跟我|和我|与我)?(?:签|订|签订|签署)(?:书面)?(?:劳动)?合同|没有(?:书面)?劳动合同|没合同|无合同|二倍工资|两倍工资|双倍工资|双薪|double\s+(?:pay|wages?|salary)|no\s+(?:written\s+)?(?:labou?r\s+|employment\s+)?contract|without\s+a\s+(?:written\s+)?contract|never\s+signed|without\s+(?:ever\s+)?(?:signing|having)\s+(?:a\s+)?(?:written\s+)?(?:labou?r\s+|employment\s+)?contract|never\s+(?:got|had)\s+a\s+(?:written\s+)?contract|didn't\s+sign|did\s+not\s+sign|hasn't\s+signed")]
    private static partial Regex DoubleWage();

    [GeneratedRegex(@"加班|加了.{0,8}班|超时工作|周末上班|节假日上班|过节上班|overtime|extra\s+hours|worked\s+(?:on\s+)?(?:a\s+)?(?:public\s+)?holiday|(?:on|during)\s+(?:a\s+|the\s+)?(?:public|national|statutory)\s+holidays?|worked\s+(?:on\s+)?(?:the\s+)?weekends?")]
    private static partial Regex Overtime();

    [GeneratedRegex(@"违法解除|违法辞退|违法开除|违法裁员|违法终止|非法辞退|非法解除|非法开除|无故辞退|无故开除|无故解除|无理由|没有任何理由|没任何理由|无任何理由|没有理由|没理由|随便开除|随意辞退|赔偿金|2n|二n|双倍补偿|两倍补偿|unlawful|illegal(?:ly)?|wrongful|without\s+(?:any\s+)?(?:reason|cause)|for\s+no\s+reason|no\s+reason|2\s*x\s*n|double\s+(?:the\s+)?(?:severance|compensation)")]
    private static partial Regex Unlawful();

    [GeneratedRegex(@"(?:怀孕|孕期|产期|产假|哺乳期|医疗期内|工伤期间).{0,6}(?:被)?(?:辞退|开除|解除|裁|炒)|(?:fired|dismissed|let\s+go|laid\s+off)\s+(?:while|when)\s+(?:i\s+was\s+)?(?:pregnant|on\s+maternity\s+leave|on\s+sick\s+leave)")]
    private static partial Regex ProtectedDismissal();

    [GeneratedRegex(@"n\s*\+\s*1|代通知金|(?:没|没有|未|不)提前(?:30天|三十天|一个月|1个月)?(?:书面)?通知|不胜任|不能胜任|医疗期满|客观情况|without\s+(?:any\s+)?notice|no\s+notice|in\s+lieu\s+of\s+notice|notice\s+pay")]
    private static partial Regex NoticeMonth();

    [GeneratedRegex(@"裁员|被裁|裁掉|裁了|经济补偿|补偿金|补偿|赔多少|能赔|赔偿|赔钱|辞退|解雇|开除|炒了|被炒|协商解除|解除(?:劳动)?合同|合同到期|不续签|不续约|倒闭|破产|关门|散伙费|遣散|让我走|不要我了|不用来了|不用来上班|不续了|不再续|合同期满|搬迁|closing|closes|closure|severance|laid\s+off|lay(?:ing)?\s+(?:me\s+|us\s+)?off|layoffs?|bankrupt|closed\s+down|shut\s+down|redundan|let\s+(?:me\s+)?go|compensation|fired|dismiss|terminat|sacked|payout|pay\s*off|contract\s+(?:ended|expired|not\s+renewed)")]
    private static partial Regex Severance();

    [GeneratedRegex(@"裁员|被裁|裁掉|裁了|layoffs?|laid\s+off|lay(?:ing)?\s+(?:me\s+|us\s+)?off|redundan|downsiz")]
    private static partial Regex LayoffWords();

    [GeneratedRegex(@"协商解除|协商一致|公司(?:提出|要求)协商|mutual(?:ly)?\s+agree")]
    private static partial Regex AgreementWords();

    [GeneratedRegex(@"合同到期|合同期满|不续签|不续约|不续了|不再续|contract\s+(?:ended|expired|ran\s+out|not\s+renewed)|didn't\s+renew|not\s+renew")]
    private static partial Regex ExpiryWords();

    [GeneratedRegex(@"不胜任|不能胜任|incompeten|not\s+competent|performance")]
    private static partial Regex IncompetenceWords();

    [GeneratedRegex(@"医疗期满|病好后.*不能|after\s+(?:my\s+)?sick\s+leave")]
    private static partial Regex IllnessWords();

    [GeneratedRegex(@"倒闭|破产|关门|解散|注销|bankrupt|closing|closes|closure|closed\s+down|shut\s+down|went\s+under")]
    private static partial Regex ClosureWords();

    [GeneratedRegex(@"(?:我|自己)(?:主动|自己)?(?:提出)?辞职|主动离职|我不想干了|i\s+(?:quit|resigned)|i\s+want\s+to\s+(?:quit|resign)")]
    private static partial Regex ResignedWords();

    // Sums the law sets that no calculator here works out (竞业限制补偿, 服务期违约金, 失业保险金): their words overlap
    // with severance's (补偿, 赔), and a severance sum would answer another question.
    [GeneratedRegex(@"竞业|服务期|违约金|失业金|失业保险|non-?compete|service\s+period|training\s+bond|liquidated\s+damages|unemployment\s+(?:benefit|insurance|pay)")]
    private static partial Regex NotCalculatedHere();

    /// <summary>The calculation asked for, or null.</summary>
    public static CalculationKind? Recognize(string text)
    {
        if (NotCalculatedHere().IsMatch(text))
            return null;
        if (Arbitration().IsMatch(text))
            return CalculationKind.ArbitrationDeadline;
        if (Injury().IsMatch(text))
            return CalculationKind.InjuryGrant;
        // Dismissal while pregnant, on maternity or sick leave is barred (劳动合同法第四十二条): the question is 2N, not leave.
        if (ProtectedDismissal().IsMatch(text))
            return CalculationKind.UnlawfulTermination;
        if (Maternity().IsMatch(text))
            return CalculationKind.MaternityLeave;
        if (MedicalPeriod().IsMatch(text))
            return CalculationKind.MedicalPeriod;
        if (AnnualLeave().IsMatch(text))
            return CalculationKind.AnnualLeave;
        if (Probation().IsMatch(text))
            return CalculationKind.Probation;
        if (DoubleWage().IsMatch(text))
            return CalculationKind.DoubleWage;
        if (Overtime().IsMatch(text))
            return CalculationKind.Overtime;
        if (Unlawful().IsMatch(text))
            return CalculationKind.UnlawfulTermination;
        if (NoticeMonth().IsMatch(text))
            return CalculationKind.SeverancePlusNotice;
        if (Severance().IsMatch(text))
            return CalculationKind.Severance;
        return null;
    }

    /// <summary>How the employment ended, when the words say.</summary>
    public static EndingReason? Ending(string text)
    {
        if (ResignedWords().IsMatch(text))
            return EndingReason.EmployeeResigned;
        if (LayoffWords().IsMatch(text))
            return EndingReason.Layoff;
        if (AgreementWords().IsMatch(text))
            return EndingReason.MutualAgreementByEmployer;
        if (ExpiryWords().IsMatch(text))
            return EndingReason.FixedTermExpired;
        if (IncompetenceWords().IsMatch(text))
            return EndingReason.Incompetence;
        if (IllnessWords().IsMatch(text))
            return EndingReason.IllnessOrInjury;
        if (ClosureWords().IsMatch(text))
            return EndingReason.EmployerClosed;
        return null;
    }
}
