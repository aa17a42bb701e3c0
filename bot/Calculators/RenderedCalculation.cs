namespace Assistant.Bot.Calculators;

/// <summary>A result as text in one language, ready for a card or a reply.</summary>
/// <param name="Title">The calculation's name.</param>
/// <param name="Summary">The answer in one sentence.</param>
/// <param name="Steps">The arithmetic.</param>
/// <param name="Basis">The rules, as 《title》label (with the English name in English).</param>
/// <param name="Assumptions">What was taken for granted or could not be known.</param>
/// <param name="Missing">The figures that were not given and would change the result.</param>
/// <param name="Variants">The result under other readings.</param>
/// <param name="SampleNotice">Said when a bundled sample figure was used; otherwise null.</param>
/// <param name="Disclaimer">That this is an estimate, not legal advice.</param>
public sealed record RenderedCalculation(
    string Title,
    string Summary,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Basis,
    IReadOnlyList<string> Assumptions,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Variants,
    string? SampleNotice,
    string Disclaimer);
