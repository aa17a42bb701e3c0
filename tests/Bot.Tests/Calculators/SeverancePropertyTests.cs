using Assistant.Bot.Calculators;
using CsCheck;

namespace Assistant.Bot.Tests.Calculators;

/// <summary>Properties of N and 2N over random services and wages (CsCheck), with the figures of <see cref="TestRegions.Full"/> (cap 30,000).</summary>
public sealed class SeverancePropertyTests
{
    private const decimal Cap = 30_000m;
    private static readonly SeveranceCalculator Calculator = new(TestRegions.Full);

    private static readonly Gen<ServiceLength> Service =
        Gen.Select(Gen.Int[0, 40], Gen.Int[0, 11], Gen.Int[0, 30], (y, m, d) => new ServiceLength(y, m, d)).Where(s => !s.IsZero);

    private static readonly Gen<decimal> Wage = Gen.Int[100_000, 10_000_000].Select(cents => cents / 100m);

    private static decimal N(ServiceLength service, decimal wage, SeveranceKind kind = SeveranceKind.Compensation) =>
        Calculator.Calculate(new SeveranceInput { Kind = kind, Service = service, AverageMonthlyWage = wage }).Result!.Amount!.Value;

    [Fact]
    public void Compensation_never_decreases_with_more_service()
    {
        Gen.Select(Service, Service, Wage, (a, b, w) => (a, b, w)).Sample((a, b, wage) =>
        {
            var (shorter, longer) = b.IsAtLeast(a) ? (a, b) : (b, a);
            Assert.True(N(shorter, wage) <= N(longer, wage), $"{shorter} → {N(shorter, wage)}, {longer} → {N(longer, wage)} at {wage}");
        });
    }

    [Fact]
    public void Compensation_never_exceeds_the_cap()
    {
        Gen.Select(Service, Wage, (s, w) => (s, w)).Sample((service, wage) =>
        {
            var amount = N(service, wage);
            // Capped wage × at most 12 years when the wage is above 3 × the city average; never more than wage × years anyway.
            if (wage > Cap)
                Assert.True(amount <= Cap * 12m, $"{service} at {wage}: {amount}");
            Assert.True(amount <= Math.Round(Math.Max(wage, 2_500m) * service.CompensationYears, 2, MidpointRounding.AwayFromZero), $"{service} at {wage}: {amount}");
        });
    }

    [Fact]
    public void Two_N_is_twice_N_over_the_full_years()
    {
        Gen.Select(Service, Wage, (s, w) => (s, w)).Sample((service, wage) =>
            Assert.Equal(2 * N(service, wage), N(service, wage, SeveranceKind.UnlawfulTermination)));
    }

    [Fact]
    public void Years_at_or_below_twelve_are_never_cut_by_the_cap_when_the_wage_is_under_it()
    {
        Gen.Select(Service, Gen.Int[250_000, 3_000_000].Select(c => c / 100m), (s, w) => (s, w)).Sample((service, wage) =>
            Assert.Equal(Math.Round(wage * service.CompensationYears, 2, MidpointRounding.AwayFromZero), N(service, wage)));
    }
}
