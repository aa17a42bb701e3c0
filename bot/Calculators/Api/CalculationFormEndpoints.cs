using System.Text.Json;
using Assistant.Bot.Calculators.Conversation;
using Assistant.Bot.Calculators.Extraction;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Assistant.Bot.Calculators.Api;

/// <summary>
/// The calculators as forms, for the officer console and any page that would rather not know each calculator's input
/// record: <c>GET /api/rights/calculations/forms</c> lists every calculation with the fields the chat's form asks
/// for (labels in <c>?lang=zh|en</c>), and <c>POST /api/rights/calculations/forms/{calculation}</c> takes those fields
/// as the chat's form submits them (strings: numbers, <c>yyyy-MM-dd</c> dates, <c>true</c>/<c>false</c>, a choice's
/// value) and answers as <see cref="CalculationEndpoints"/> does. One form, so a worker in the chat and an officer at
/// the console get the same result from the same figures.
/// </summary>
public static class CalculationFormEndpoints
{
    private const int MaxBodyBytes = 16 * 1024;

    public static WebApplication MapCalculationForms(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(CalculationEndpoints.Path + "/forms", Forms).RequireRateLimiting(CalculationEndpoints.RatePolicy);
        app.MapPost(CalculationEndpoints.Path + "/forms/{calculation}", CalculateAsync)
            .RequireRateLimiting(CalculationEndpoints.RatePolicy).DisableAntiforgery();
        return app;
    }

    private static Ok<IReadOnlyList<CalculationFormDescription>> Forms(HttpContext context, CalculationForm form, CalculationTextRenderer text)
    {
        var language = CalculationEndpoints.Language(context);
        IReadOnlyList<CalculationFormDescription> forms =
        [
            .. Enum.GetValues<CalculationKind>().Select(kind => new CalculationFormDescription(
                kind.ToString(),
                text.Get("Kind." + kind, language),
                [.. form.Fields(kind, new ExtractedInputs(), language).Select(f => new CalculationFormField(
                    f.Id, f.Label, f.Kind.ToString().ToLowerInvariant(), [.. f.Options.Select(o => new CalculationFormOption(o.Title, o.Value))]))])),
        ];
        return TypedResults.Ok(forms);
    }

    private static async Task<Results<Ok<CalculationResponse>, ValidationProblem, ProblemHttpResult>> CalculateAsync(
        string calculation, HttpContext context, CalculationRunner runner, CalculationTextRenderer text, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<CalculationKind>(calculation, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(calculation, out _))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                detail: $"No calculation '{calculation}'. Known: {string.Join(", ", Enum.GetNames<CalculationKind>())}.");
        }
        var language = CalculationEndpoints.Language(context);
        if (context.Request.ContentLength > MaxBodyBytes)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: $"The body is larger than {MaxBodyBytes} bytes.");
        Dictionary<string, string>? fields;
        try
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, cancellationToken);
            if (body.Length > MaxBodyBytes)
                return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: $"The body is larger than {MaxBodyBytes} bytes.");
            fields = body.Length == 0 ? null : JsonSerializer.Deserialize(body.ToArray(), CalculationsJsonContext.Default.DictionaryStringString);
        }
        catch (JsonException failure)
        {
            var field = failure.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = ["Every field is a string, as the form sends it."] },
                title: "The body is not this calculation's form.");
        }
        if (fields is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["A JSON object with the form's fields is required."] });
        return CalculationEndpoints.Respond(kind.ToString(), kind, runner.Run(kind, CalculationForm.Read(fields)), language, text, name => name);
    }
}

/// <summary>A calculation as a form: its name in the request's language and its fields.</summary>
public sealed record CalculationFormDescription(string Calculation, string Title, IReadOnlyList<CalculationFormField> Fields);

/// <summary>A form field: <paramref name="Type"/> is number, date, toggle or choice.</summary>
public sealed record CalculationFormField(string Id, string Label, string Type, IReadOnlyList<CalculationFormOption> Options);

/// <summary>One choice of a choice field.</summary>
public sealed record CalculationFormOption(string Title, string Value);
