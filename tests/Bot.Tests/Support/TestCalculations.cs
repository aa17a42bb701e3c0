using Assistant.Bot.Calculators;
using Assistant.Bot.Calculators.Conversation;
using Assistant.Bot.Calculators.Extraction;
using Assistant.Bot.Citations;
using Assistant.Bot.Resources;
using Assistant.Bot.Tests.Calculators;
using Assistant.Knowledge.Search;

namespace Assistant.Bot.Tests.Support;

/// <summary>The calculation dialog over an index, with the worked examples' regional figures.</summary>
public static class TestCalculations
{
    public static CalculationDialog Dialog(KnowledgeSearcher searcher, BotText text, TimeProvider time, RegionalFigures? region = null)
    {
        var figures = region ?? TestRegions.Full;
        var renderer = new CalculationTextRenderer();
        var runner = new CalculationRunner(
            new SeveranceCalculator(figures), new DoubleWageCalculator(), new OvertimeCalculator(), new AnnualLeaveCalculator(), new MedicalPeriodCalculator(),
            new MaternityLeaveCalculator(figures), new ProbationCalculator(figures), new InjuryGrantCalculator(figures), new ArbitrationDeadlineCalculator(), time);
        var cards = new CalculationCards(renderer, new CalculationForm(renderer), new LawArticles(searcher, new ArticleNames(text)), text);
        return new CalculationDialog(new CalculationRequestExtractor(time), runner, cards, renderer);
    }
}
