using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.RateLimiting;
using Assistant.Bot.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Assistant.Bot.Calculators.Api;

/// <summary>
/// <c>POST /api/rights/calculations/{kind}</c>: the calculators for the union's own pages and the officer console. The
/// body is the kind's input (camelCase JSON, enums by name, dates yyyy-MM-dd); the answer the result with its text in
/// <c>?lang=zh|en</c> (else the request's language). A body that is not the kind's input, or an input nobody could
/// mean, gets 400 naming the field; an unknown kind 404. Anonymous, so limited per client address.
/// </summary>
public static class CalculationEndpoints
{
    public const string Path = "/api/rights/calculations";
    public const string RatePolicy = "calculations";
    private const int MaxBodyBytes = 16 * 1024;

    private static readonly Dictionary<string, (CalculationKind Kind, JsonTypeInfo Type)> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["severance"] = (CalculationKind.Severance, CalculationsJsonContext.Default.SeveranceInput),
        ["double-wage"] = (CalculationKind.DoubleWage, CalculationsJsonContext.Default.DoubleWageInput),
        ["overtime"] = (CalculationKind.Overtime, CalculationsJsonContext.Default.OvertimeInput),
        ["annual-leave"] = (CalculationKind.AnnualLeave, CalculationsJsonContext.Default.AnnualLeaveInput),
        ["medical-period"] = (CalculationKind.MedicalPeriod, CalculationsJsonContext.Default.MedicalPeriodInput),
        ["maternity-leave"] = (CalculationKind.MaternityLeave, CalculationsJsonContext.Default.MaternityLeaveInput),
        ["probation"] = (CalculationKind.Probation, CalculationsJsonContext.Default.ProbationInput),
        ["injury-grant"] = (CalculationKind.InjuryGrant, CalculationsJsonContext.Default.InjuryGrantInput),
        ["arbitration-deadline"] = (CalculationKind.ArbitrationDeadline, CalculationsJsonContext.Default.ArbitrationInput),
    };

    /// <summary>The per-address limit of the anonymous calculations API.</summary>
    public static IServiceCollection AddCalculationsApi(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RatePolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

    public static WebApplication MapCalculations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        app.MapPost(Path + "/{kind}", CalculateAsync).RequireRateLimiting(RatePolicy).DisableAntiforgery();
        app.MapCalculationForms();
        return app;
    }

    private static async Task<Results<Ok<CalculationResponse>, ValidationProblem, ProblemHttpResult>> CalculateAsync(
        string kind, HttpContext context, CalculationRunner runner, CalculationTextRenderer text, CancellationToken cancellationToken)
    {
        if (!Kinds.TryGetValue(kind, out var found))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No calculation '{kind}'. Known: {string.Join(", ", Kinds.Keys)}.");
        var language = Language(context);
        if (context.Request.ContentLength > MaxBodyBytes)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: $"The body is larger than {MaxBodyBytes} bytes.");
        object? input;
        try
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, cancellationToken);
            if (body.Length > MaxBodyBytes)
                return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: $"The body is larger than {MaxBodyBytes} bytes.");
            input = body.Length == 0 ? null : JsonSerializer.Deserialize(body.ToArray(), found.Type);
        }
        catch (JsonException failure)
        {
            // The reader names the property it could not read: the field to correct.
            var field = failure.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = [$"Not a valid value for {found.Kind}: {failure.Message.Split(". Path")[0]}."] },
                title: "The body is not this calculation's input.");
        }
        if (input is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["A JSON object with the calculation's input is required."] });

        return Respond(kind.ToLowerInvariant(), found.Kind, runner.Run(input), language, text, JsonNamingPolicy.CamelCase.ConvertName);
    }

    /// <summary>The result, or 400 with each field's errors under the name <paramref name="fieldName"/> gives it.</summary>
    internal static Results<Ok<CalculationResponse>, ValidationProblem, ProblemHttpResult> Respond(
        string kind, CalculationKind calculation, CalculationOutcome outcome, string language, CalculationTextRenderer text, Func<string, string> fieldName)
    {
        if (outcome.Result is not { } result)
        {
            return TypedResults.ValidationProblem(
                outcome.Errors.GroupBy(e => fieldName(e.Field))
                    .ToDictionary(g => g.Key, g => g.Select(e => text.Render(e, language)).ToArray()),
                title: text.Get("Kind." + calculation, language));
        }
        return TypedResults.Ok(new CalculationResponse(
            kind, result.Amount, result.Days, result.Months, result.From, result.To, result.MissingFigures, result.UsesSampleFigures,
            [.. result.Basis.Select(b => new CalculationBasis(b.Key, text.Render(b, language), b.Bundled))],
            text.Render(result, language)));
    }

    internal static string Language(HttpContext context) =>
        context.Request.Query["lang"].ToString() is { Length: > 0 } asked
            ? BotLanguages.FromLocale(asked)
            : BotLanguages.FromLocale(context.Request.Headers.AcceptLanguage.ToString());
}
