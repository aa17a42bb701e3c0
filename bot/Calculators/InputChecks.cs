namespace Assistant.Bot.Calculators;

/// <summary>Collects input errors, each naming its field (the input record's property name).</summary>
internal sealed class InputChecks
{
    /// <summary>Nobody's employment in these calculations starts before this (the oldest rules cited are of 1994).</summary>
    public static readonly DateOnly EarliestDate = new(1950, 1, 1);

    private readonly List<InputError> _errors = [];

    public IReadOnlyList<InputError> Errors => _errors;

    public bool Failed => _errors.Count > 0;

    public void Add(string field, string name, params object[] arguments)
    {
        if (_errors.All(e => e.Field != field))
            _errors.Add(new InputError(field, Note.Of(name, [FieldTerm(field), .. arguments])));
    }

    public void Required(string field, bool present)
    {
        if (!present)
            Add(field, "Error.Required");
    }

    /// <summary>A wage or an amount: above zero when given.</summary>
    public void Positive(string field, decimal? value)
    {
        if (value is <= 0)
            Add(field, "Error.NotPositive");
    }

    public void NotNegative(string field, decimal? value)
    {
        if (value is < 0)
            Add(field, "Error.Negative");
    }

    public void InRange(string field, decimal? value, decimal minimum, decimal maximum)
    {
        if (value is { } v && (v < minimum || v > maximum))
            Add(field, "Error.OutOfRange", minimum, maximum);
    }

    public void Plausible(string field, DateOnly? value)
    {
        if (value is { } date && (date < EarliestDate || date.Year > 2100))
            Add(field, "Error.ImplausibleDate", date);
    }

    /// <summary><paramref name="later"/> must not come before <paramref name="earlier"/>.</summary>
    public void NotBefore(string field, DateOnly? later, string earlierField, DateOnly? earlier)
    {
        if (later is { } l && earlier is { } e && l < e)
            Add(field, "Error.BeforeOther", FieldTerm(earlierField), l, e);
    }

    /// <summary>A service length that someone could have.</summary>
    public void Service(string field, ServiceLength? service)
    {
        if (service is null)
            return;
        if (service.Years < 0 || service.Months < 0 || service.Days < 0)
            Add(field, "Error.Negative");
        else if (service.Years > 60 || service.Months > 11 || service.Days > 31)
            Add(field, "Error.ImplausibleService");
        else if (service.IsZero)
            Add(field, "Error.NotPositive");
    }

    public static Term FieldTerm(string field) => new("Field." + field);
}
