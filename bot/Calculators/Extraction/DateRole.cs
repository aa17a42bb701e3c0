namespace Assistant.Bot.Calculators.Extraction;

/// <summary>What a date in a message stands for, judged by the verb beside it.</summary>
internal enum DateRole
{
    Unknown,
    Start,
    End,
}
