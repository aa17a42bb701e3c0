namespace Assistant.Bot.Calculators;

/// <summary>Collects a calculator's steps, basis, assumptions, missing figures and variants while it works.</summary>
internal sealed class ResultBuilder(CalculationKind kind)
{
    private readonly List<Note> _steps = [];
    private readonly List<Note> _assumptions = [];
    private readonly List<LegalReference> _basis = [];
    private readonly List<string> _missing = [];
    private readonly List<ResultVariant> _variants = [];
    private readonly HashSet<string> _figuresShown = new(StringComparer.Ordinal);
    private bool _usesSample;

    public ResultBuilder Step(string name, params object[] arguments)
    {
        _steps.Add(Note.Of(name, arguments));
        return this;
    }

    public ResultBuilder Assume(string name, params object[] arguments)
    {
        _assumptions.Add(Note.Of(name, arguments));
        return this;
    }

    public ResultBuilder Cite(params LegalReference[] references)
    {
        foreach (var reference in references)
        {
            if (!_basis.Contains(reference))
                _basis.Add(reference);
        }
        return this;
    }

    /// <summary>A figure that would change the result was not given: listed as missing, with a note saying what it would change.</summary>
    public ResultBuilder Lack(string field, string name, params object[] arguments)
    {
        if (!_missing.Contains(field))
            _missing.Add(field);
        return Assume(name, arguments);
    }

    public ResultBuilder Variant(Note label, decimal? amount)
    {
        _variants.Add(new ResultVariant(label, amount));
        return this;
    }

    /// <summary>Shows a regional figure once (value, year, source) and flags the result when the figure is a sample.</summary>
    public ResultBuilder UseFigure(string figure, RegionalFigure value)
    {
        if (!_figuresShown.Add(figure))
            return this;
        _steps.Add(Note.Of("Step.RegionalFigure", new Term("Figure." + figure), value.Value, value.Year, value.Source));
        if (value.IsSample)
        {
            _usesSample = true;
            _assumptions.Add(Note.Of("Assume.SampleFigure", new Term("Figure." + figure), value.Value, value.Year));
        }
        return this;
    }

    public CalculationResult Build(
        Note summary,
        decimal? amount = null,
        decimal? days = null,
        decimal? months = null,
        DateOnly? from = null,
        DateOnly? to = null) =>
        new(kind, summary, amount, days, months, from, to, _steps.ToList(), _basis.ToList(), _assumptions.ToList(),
            _missing.ToList(), _variants.ToList(), _usesSample);
}
