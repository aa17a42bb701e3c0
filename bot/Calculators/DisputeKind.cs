namespace Assistant.Bot.Calculators;

/// <summary>What the dispute is about, as far as the arbitration time limit depends on it.</summary>
public enum DisputeKind
{
    /// <summary>Any dispute: one year from when the worker knew or should have known.</summary>
    General,

    /// <summary>Unpaid labour remuneration (拖欠劳动报酬): not limited while employed; one year from the end of employment.</summary>
    UnpaidRemuneration,
}
