namespace Assistant.Bot.Calculators;

/// <summary>A word or phrase of ours used as a note argument (an ending reason, a figure's name), rendered from the resource <see cref="Name"/>.</summary>
public sealed record Term(string Name)
{
    /// <summary>The term for an enum value: <c>{Type}.{Value}</c> (<c>EndingReason.Layoff</c>).</summary>
    public static Term Of<T>(T value) where T : struct, Enum => new($"{typeof(T).Name}.{value}");
}
