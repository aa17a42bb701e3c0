namespace Assistant.Bot.Calculators;

/// <summary>
/// The rules the calculators rely on, keyed as the knowledge library keys articles (short title + <c>#</c> + label as
/// written in <c>knowledge/laws/*.md</c>). Rules whose text we do not bundle are marked so the answer can say so.
/// </summary>
public static class LegalBasis
{
    private const string ContractLaw = "劳动合同法";
    private const string ContractRegulations = "劳动合同法实施条例";
    private const string LaborLaw = "劳动法";
    private const string AnnualLeaveRegulations = "职工带薪年休假条例";
    private const string AnnualLeaveMeasures = "企业职工带薪年休假实施办法";
    private const string InjuryRegulations = "工伤保险条例";
    private const string ArbitrationLaw = "劳动争议调解仲裁法";

    public static readonly LegalReference ContractLaw19 = new(ContractLaw, "第十九条");
    public static readonly LegalReference ContractLaw20 = new(ContractLaw, "第二十条");
    public static readonly LegalReference ContractLaw40 = new(ContractLaw, "第四十条");
    public static readonly LegalReference ContractLaw42 = new(ContractLaw, "第四十二条");
    public static readonly LegalReference ContractLaw46 = new(ContractLaw, "第四十六条");
    public static readonly LegalReference ContractLaw47 = new(ContractLaw, "第四十七条");
    public static readonly LegalReference ContractLaw48 = new(ContractLaw, "第四十八条");
    public static readonly LegalReference ContractLaw82 = new(ContractLaw, "第八十二条");
    public static readonly LegalReference ContractLaw87 = new(ContractLaw, "第八十七条");
    public static readonly LegalReference ContractLaw97 = new(ContractLaw, "第九十七条");

    public static readonly LegalReference Regulations6 = new(ContractRegulations, "第六条");
    public static readonly LegalReference Regulations7 = new(ContractRegulations, "第七条");
    public static readonly LegalReference Regulations15 = new(ContractRegulations, "第十五条");
    public static readonly LegalReference Regulations20 = new(ContractRegulations, "第二十条");
    public static readonly LegalReference Regulations25 = new(ContractRegulations, "第二十五条");
    public static readonly LegalReference Regulations27 = new(ContractRegulations, "第二十七条");

    public static readonly LegalReference LaborLaw29 = new(LaborLaw, "第二十九条");
    public static readonly LegalReference LaborLaw44 = new(LaborLaw, "第四十四条");

    /// <summary>关于职工全年月平均工作时间和工资折算问题的通知 (劳社部发[2008]3号): 21.75 paid days a month; no numbered articles.</summary>
    public static readonly LegalReference WorkingTimeNotice = new("关于职工全年月平均工作时间和工资折算问题的通知", null);

    public static readonly LegalReference WagePayment13 = new("工资支付暂行规定", "第十三条");
    public static readonly LegalReference PublicHolidays2 = new("全国年节及纪念日放假办法", "第二条");

    public static readonly LegalReference AnnualLeave3 = new(AnnualLeaveRegulations, "第三条");
    public static readonly LegalReference AnnualLeave4 = new(AnnualLeaveRegulations, "第四条");
    public static readonly LegalReference AnnualLeave5 = new(AnnualLeaveRegulations, "第五条");
    public static readonly LegalReference AnnualLeaveMeasures3 = new(AnnualLeaveMeasures, "第三条");
    public static readonly LegalReference AnnualLeaveMeasures5 = new(AnnualLeaveMeasures, "第五条");
    public static readonly LegalReference AnnualLeaveMeasures10 = new(AnnualLeaveMeasures, "第十条");
    public static readonly LegalReference AnnualLeaveMeasures11 = new(AnnualLeaveMeasures, "第十一条");
    public static readonly LegalReference AnnualLeaveMeasures12 = new(AnnualLeaveMeasures, "第十二条");

    /// <summary>企业职工患病或非因工负伤医疗期规定 (劳部发〔1994〕479号): not in the bundled laws.</summary>
    public static readonly LegalReference MedicalPeriod3 = new("企业职工患病或非因工负伤医疗期规定", "第三条", Bundled: false);
    public static readonly LegalReference MedicalPeriod4 = new("企业职工患病或非因工负伤医疗期规定", "第四条", Bundled: false);

    public static readonly LegalReference FemaleWorkers7 = new("女职工劳动保护特别规定", "第七条");

    public static readonly LegalReference Injury35 = new(InjuryRegulations, "第三十五条");
    public static readonly LegalReference Injury36 = new(InjuryRegulations, "第三十六条");
    public static readonly LegalReference Injury37 = new(InjuryRegulations, "第三十七条");
    public static readonly LegalReference Injury64 = new(InjuryRegulations, "第六十四条");

    public static readonly LegalReference Arbitration27 = new(ArbitrationLaw, "第二十七条");

    /// <summary>
    /// 违反和解除劳动合同的经济补偿办法 (劳部发〔1994〕481号), the rules before 2008 that 劳动合同法第九十七条 sends the
    /// pre-2008 years to: not in the bundled laws, cited by name.
    /// </summary>
    public static readonly LegalReference OldCompensationRules = new("违反和解除劳动合同的经济补偿办法", null, Bundled: false);

    /// <summary>
    /// The laws whose articles a calculation of <paramref name="kind"/> applies, by short title: an answer quoting one
    /// of them is about a rule that calculation works out, so it may offer to work the worker's own case out.
    /// </summary>
    public static IReadOnlySet<string> LawsOf(CalculationKind kind) => kind switch
    {
        CalculationKind.Severance or CalculationKind.SeverancePlusNotice or CalculationKind.UnlawfulTermination
            or CalculationKind.DoubleWage or CalculationKind.Probation => ContractLaws,
        CalculationKind.Overtime => OvertimeLaws,
        CalculationKind.AnnualLeave => AnnualLeaveLaws,
        CalculationKind.MedicalPeriod => MedicalPeriodLaws,
        CalculationKind.MaternityLeave => MaternityLaws,
        CalculationKind.InjuryGrant => InjuryLaws,
        CalculationKind.ArbitrationDeadline => ArbitrationLaws,
        _ => EmptyLaws,
    };

    private static readonly IReadOnlySet<string> ContractLaws = new HashSet<string>(StringComparer.Ordinal) { ContractLaw, ContractRegulations, LaborLaw };
    private static readonly IReadOnlySet<string> OvertimeLaws = new HashSet<string>(StringComparer.Ordinal) { LaborLaw, "工资支付暂行规定", "全国年节及纪念日放假办法", WorkingTimeNotice.Law };
    private static readonly IReadOnlySet<string> AnnualLeaveLaws = new HashSet<string>(StringComparer.Ordinal) { AnnualLeaveRegulations, AnnualLeaveMeasures };
    private static readonly IReadOnlySet<string> MedicalPeriodLaws = new HashSet<string>(StringComparer.Ordinal) { MedicalPeriod3.Law, ContractLaw, ContractRegulations };
    private static readonly IReadOnlySet<string> MaternityLaws = new HashSet<string>(StringComparer.Ordinal) { FemaleWorkers7.Law };
    private static readonly IReadOnlySet<string> InjuryLaws = new HashSet<string>(StringComparer.Ordinal) { InjuryRegulations };
    private static readonly IReadOnlySet<string> ArbitrationLaws = new HashSet<string>(StringComparer.Ordinal) { ArbitrationLaw };
    private static readonly IReadOnlySet<string> EmptyLaws = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>民法典's rules for counting periods (第二百零一、二百零二条): not in the bundled laws.</summary>
    public static readonly LegalReference CivilCodePeriods = new("民法典", "第二百零二条", Bundled: false);
}
