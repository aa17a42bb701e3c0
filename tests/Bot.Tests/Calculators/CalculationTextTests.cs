using System.Collections;
using System.Globalization;
using System.Resources;
using Assistant.Bot.Calculators;
using static Assistant.Bot.Tests.Calculators.TestRegions;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>Every result renders in Chinese and English from the resources, with nothing left unformatted.</summary>
public sealed class CalculationTextTests
{
    private readonly CalculationTextRenderer _renderer = new();

    [Fact]
    public void Both_languages_have_the_same_texts()
    {
        var manager = new ResourceManager("Assistant.Bot.Calculators.CalculatorText", typeof(CalculationTextRenderer).Assembly);
        var english = Names(manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!);
        var chinese = Names(manager.GetResourceSet(CultureInfo.GetCultureInfo("zh-Hans"), true, false)!);

        Assert.Empty(english.Except(chinese));
        Assert.Empty(chinese.Except(english));
    }

    public static IEnumerable<object[]> Results()
    {
        IEnumerable<CalculationOutcome> outcomes =
        [
            .. SeveranceExamplesTests.Examples.Select(row => new SeveranceCalculator(Full).Calculate((SeveranceInput)row[1])),
            .. SeveranceExamplesTests.Examples.Select(row => new SeveranceCalculator(None).Calculate((SeveranceInput)row[1])),
            .. SeveranceExamplesTests.Examples.Select(row => new SeveranceCalculator(Sample).Calculate((SeveranceInput)row[1] with { Ending = EndingReason.IllnessOrInjury })),
            .. DoubleWageExamplesTests.Examples.Select(row => new DoubleWageCalculator().Calculate((DoubleWageInput)row[1])),
            .. OvertimeExamplesTests.Examples.Select(row => new OvertimeCalculator().Calculate((OvertimeInput)row[1])),
            .. AnnualLeaveExamplesTests.Examples.Select(row => new AnnualLeaveCalculator().Calculate((AnnualLeaveInput)row[1])),
            .. LeaveAndPeriodExamplesTests.MaternityExamples.Select(row => new MaternityLeaveCalculator(None).Calculate((MaternityLeaveInput)row[1] with { StartDate = Day("2024-03-01") })),
            new MedicalPeriodCalculator().Calculate(new MedicalPeriodInput { TotalWorkYears = 12m, CompanyYears = 3m, SickLeaveStart = Day("2024-01-15") }),
            new ProbationCalculator(Full).Calculate(new ProbationInput { TermMonths = 12, AgreedMonthlyWage = 3_000m, LowestGradeWage = 3_500m }),
            new ProbationCalculator(None).Calculate(new ProbationInput { TermMonths = 24, AgreedMonthlyWage = 6_000m }),
            new ProbationCalculator(None).Calculate(new ProbationInput { Contract = ContractType.TaskBased }),
            new ProbationCalculator(None).Calculate(new ProbationInput { Contract = ContractType.OpenEnded }),
            new InjuryGrantCalculator(Sample).Calculate(new InjuryGrantInput { Grade = 5, MonthlyWage = 30_000m }),
            new InjuryGrantCalculator(None).Calculate(new InjuryGrantInput { Grade = 9, MonthlyWage = 4_000m }),
            new ArbitrationDeadlineCalculator().Calculate(new ArbitrationInput { KnewOn = Day("2024-02-29"), InterruptedOn = Day("2024-03-02") }),
            new ArbitrationDeadlineCalculator().Calculate(new ArbitrationInput { Dispute = DisputeKind.UnpaidRemuneration }),
            new ArbitrationDeadlineCalculator().Calculate(new ArbitrationInput { Dispute = DisputeKind.UnpaidRemuneration, EmploymentEndedOn = Day("2023-06-30") }),
        ];
        return outcomes.Select(o => new object[] { o.Result! });
    }

    [Theory]
    [MemberData(nameof(Results))]
    public void A_result_renders_fully_in_both_languages(CalculationResult result)
    {
        foreach (var language in new[] { "zh", "en" })
        {
            var text = _renderer.Render(result, language);
            var all = string.Join("\n", [text.Title, text.Summary, .. text.Steps, .. text.Basis, .. text.Assumptions, .. text.Missing, .. text.Variants, text.SampleNotice ?? "", text.Disclaimer]);

            Assert.DoesNotContain("{", all);
            Assert.Equal(result.Steps.Count, text.Steps.Count);
            Assert.Equal(result.UsesSampleFigures, text.SampleNotice is not null);
            if (language == "zh")
                Assert.Contains(text.Basis, b => b.StartsWith('《'));
        }
    }

    [Fact]
    public void Chinese_text_reads_as_the_statute_does()
    {
        var result = new SeveranceCalculator(Full).Calculate(new SeveranceInput { Service = new ServiceLength(5, 3), AverageMonthlyWage = 8_000m }).Result!;

        var chinese = _renderer.Render(result, "zh");
        var english = _renderer.Render(result, "en");

        Assert.Equal("经济补偿约为44,000.00元（5.5个月 × 8,000.00元）。", chinese.Summary);
        Assert.Contains("《劳动合同法》第四十七条", chinese.Basis);
        Assert.Equal("Economic compensation: 44,000.00 (5.5 months × 8,000.00).", english.Summary);
        Assert.Contains("Labor Contract Law, Article 47 (《劳动合同法》第四十七条)", english.Basis);
    }

    [Fact]
    public void A_rule_we_do_not_bundle_says_so()
    {
        var text = _renderer.Render(LegalBasis.MedicalPeriod3, "zh");

        Assert.StartsWith("《企业职工患病或非因工负伤医疗期规定》第三条", text);
        Assert.Contains("本库未收录", text);
        Assert.Contains("not in our library", _renderer.Render(LegalBasis.OldCompensationRules, "en"));
    }

    private static HashSet<string> Names(ResourceSet set) =>
        set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet(StringComparer.Ordinal);
}
