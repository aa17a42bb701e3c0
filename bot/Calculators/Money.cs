namespace Assistant.Bot.Calculators;

/// <summary>Money arithmetic shared by the calculators.</summary>
internal static class Money
{
    /// <summary>
    /// Rounds to 0.01 yuan, halves away from zero (四舍五入, as a payroll office or a person checking by hand does).
    /// Calculators round only the figure that ends a step they show, and carry the shown figure into the next step, so
    /// a worker who redoes the steps with a pocket calculator gets the same numbers.
    /// </summary>
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
