namespace Assistant.Bot.Calculators;

/// <summary>
/// A sentence of a result (a step, an assumption, a summary, an input problem) kept as a resource name and its
/// arguments, so the same result can be shown in Chinese or English (<see cref="CalculationTextRenderer"/>).
/// Arguments are numbers (<see cref="decimal"/>, <see cref="int"/>), dates (<see cref="DateOnly"/>), words of our own
/// (<see cref="Term"/>), legal references or other notes; never user-facing text written in code.
/// </summary>
public sealed record Note(string Name, IReadOnlyList<object> Arguments)
{
    /// <summary>A note named <paramref name="name"/> with <paramref name="arguments"/>.</summary>
    public static Note Of(string name, params object[] arguments) => new(name, arguments);
}
