using Assistant.Bot.Resources;
using Assistant.Bot.Citations;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Assistant.Bot.Handoff.Cases;
using Assistant.Bot.Handoff.Officers.SignIn;
using Assistant.Bot.Handoff.Routing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Assistant.Bot.Privacy;

namespace Assistant.Bot.Handoff.Officers;

/// <summary>
/// The officer API: cookie sign-in, then cases of the officer's own branch only (others 403). Every read and action
/// on a case is written to its audit trail. Bad input gets 400/401/403/404 and changes nothing.
/// </summary>
internal static class OfficerEndpoints
{
    public const string Scheme = OfficerSignIn.CookieScheme;
    public const string SignInPolicy = OfficerSignIn.SignInPolicy;
    private const int MaxBodyBytes = 64 * 1024;

    /// <summary>Cases per list page unless <c>limit</c> says otherwise.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The largest <c>limit</c> accepted: a page stays one quick index range scan and one audit transaction.</summary>
    public const int MaxPageSize = 200;

    public static void Map(WebApplication app)
    {
        // With Entra ID on, both pages send a visitor without an officer session to sign in (OfficerSignIn).
        app.MapGet("/officer", (HttpContext context, ConsolePage page) => Page(context, page.Html, page.ScriptHash))
            .AddEndpointFilter(OfficerSignIn.ConsoleChallengeAsync);
        // The page itself needs only a session; its data (the analytics API) is for company-union officers only.
        app.MapGet("/officer/analytics", (HttpContext context, ConsolePage page) => Page(context, page.Analytics.Html, page.Analytics.ScriptHash))
            .AddEndpointFilter(OfficerSignIn.ConsoleChallengeAsync);
        app.MapPost("/officer/login", LoginAsync).RequireRateLimiting(SignInPolicy);
        app.MapPost("/officer/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(Scheme);
            return TypedResults.NoContent();
        });

        var cases = app.MapGroup("/api/officer").RequireAuthorization();
        cases.MapGet("/me", (HttpContext context, CaseRouter router) =>
            Officer(context, router) is { } officer ? Results.Ok(Profile(officer, router)) : Results.Unauthorized());
        cases.MapGet("/cases", ListAsync);
        cases.MapGet("/analytics", AnalyticsAsync);
        cases.MapGet("/cases/{id:long}", GetAsync);
        cases.MapPost("/cases/{id:long}/claim", (long id, HttpContext context, CaseRouter router, CaseService service, CancellationToken ct) =>
            ActAsync(context, router, officer => service.ClaimAsync(officer, id, ct)));
        cases.MapPost("/cases/{id:long}/resolve", (long id, HttpContext context, CaseRouter router, CaseService service, CancellationToken ct) =>
            ActAsync(context, router, officer => service.ResolveAsync(officer, id, ct)));
        cases.MapPost("/cases/{id:long}/messages", async (long id, HttpContext context, CaseRouter router, CaseService service, CancellationToken ct) =>
        {
            var body = await ReadAsync(context, OfficerJsonContext.Default.OfficerMessage, ct);
            return body is null
                ? Bad("The body must be JSON like {\"text\": \"...\"}.")
                : await ActAsync(context, router, officer => service.ReplyAsync(officer, id, body.Text, ct));
        });
        cases.MapPost("/cases/{id:long}/transfer", async (long id, HttpContext context, CaseRouter router, CaseService service, CancellationToken ct) =>
        {
            var body = await ReadAsync(context, OfficerJsonContext.Default.OfficerTransfer, ct);
            return body is null || (body.Level is null && string.IsNullOrWhiteSpace(body.Branch))
                ? Bad("The body must be JSON like {\"level\": 1} or {\"branch\": \"...\"}.")
                : await ActAsync(context, router, officer => service.TransferAsync(officer, id, body.Level, body.Branch, ct));
        });
    }

    private static IResult Page(HttpContext context, string html, string scriptHash)
    {
        // Each console page is static with its script inline; nothing else may load or run.
        context.Response.Headers.ContentSecurityPolicy =
            "default-src 'none'; script-src 'sha256-" + scriptHash + "'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Text(html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> LoginAsync(
        HttpContext context, CaseRouter router, IOptions<OfficerSignInOptions> signIn, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!signIn.Value.PasswordsAccepted)
        {
            SignInLog.PasswordsOff(loggers.CreateLogger(typeof(OfficerEndpoints).FullName!));
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Password sign-in is off: officers sign in with Entra ID at /officer.");
        }
        var login = await ReadAsync(context, OfficerJsonContext.Default.OfficerLogin, cancellationToken);
        if (login is null || string.IsNullOrWhiteSpace(login.Id) || string.IsNullOrEmpty(login.Password))
            return Bad("The body must be JSON like {\"id\": \"...\", \"password\": \"...\"}.");
        var officer = router.Officer(login.Id);
        if (officer is null || !OfficerPasswords.Verify(login.Password, officer.PasswordHash))
        {
            HandoffLog.SignInRefused(loggers.CreateLogger(typeof(OfficerEndpoints).FullName!));
            return TypedResults.Unauthorized();
        }
        await context.SignInAsync(Scheme, OfficerClaims.Principal(officer.Id, OfficerClaims.Password));
        return TypedResults.Ok(Profile(officer, router));
    }

    /// <summary>
    /// One page of the officer's cases, newest activity first: <c>limit</c> 1–<see cref="MaxPageSize"/> (default
    /// <see cref="DefaultPageSize"/>), <c>before</c> the <c>next</c> token of the previous page. Each listed case is audited.
    /// </summary>
    private static async Task<IResult> ListAsync(
        string? status, string? limit, string? before, HttpContext context, CaseRouter router, ICaseStore store, SensitiveDataMasker masker,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (Officer(context, router) is not { } officer)
            return TypedResults.Unauthorized();
        CaseStatus? filter = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<CaseStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
                return Bad("status must be one of queued, assigned, active, resolved, closed, reopened.");
            filter = parsed;
        }
        var pageSize = DefaultPageSize;
        if (limit is not null
            && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize))
            return Bad($"limit must be a whole number from 1 to {MaxPageSize}.");
        CaseCursor? cursor = null;
        if (before is not null && (cursor = CaseCursor.Parse(before)) is null)
            return Bad("before must be the next token of a previous page.");

        // One case more than the page tells whether a next page exists without a second query.
        var branch = officer.Branch == GridOptions.AllBranches ? null : officer.Branch;
        var found = await store.ListAsync(new CaseQuery(filter, branch, pageSize + 1, cursor), cancellationToken);
        var page = found.Take(pageSize).ToList();
        var now = time.GetUtcNow();
        await store.AppendAuditAsync(
            page.Select(c => new CaseEvent(c.Id, now, CaseActions.Officer(officer.Id), CaseActions.Listed)).ToList(), cancellationToken);
        var next = found.Count > pageSize ? CaseCursor.After(page[^1]).ToToken() : null;
        return TypedResults.Ok(new OfficerCasePage(page.Select(c => Summary(c, router, masker, officer)).ToList(), next));
    }

    /// <summary>Aggregates of the last <paramref name="days"/> days (1–366, default 30); company-union officers only.</summary>
    private static async Task<IResult> AnalyticsAsync(
        int? days, HttpContext context, CaseRouter router, CaseAnalytics analytics, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Officer(context, router) is not { } officer)
            return TypedResults.Unauthorized();
        if (!SeesAnalytics(officer))
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Analytics are for company-union officers only.");
        if (days is < 1 or > 366)
            return Bad("days must be 1-366.");
        var to = time.GetUtcNow();
        return TypedResults.Ok(await analytics.ReportAsync(to.AddDays(-(days ?? 30)), to, cancellationToken));
    }

    private static async Task<IResult> GetAsync(
        long id, HttpContext context, CaseRouter router, ICaseStore store, CaseService service, SensitiveDataMasker masker, LawArticles law,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (Officer(context, router) is not { } officer)
            return TypedResults.Unauthorized();
        var (found, error) = await service.AccessAsync(officer, id, cancellationToken);
        if (found is null)
            return Problem(error!);
        var owner = found.OfficerId == officer.Id;
        var entries = await store.GetTranscriptAsync(found.Id, cancellationToken);
        // The console follows an open case by asking again with If-None-Match: while nothing it shows changed (every
        // change bumps the version; a purge empties the transcript) the answer is 304, cheap and not audited as a read.
        var etag = $"\"{found.Version}.{entries.Count}.{(owner ? 'o' : 'm')}\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "no-cache, private";
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        await store.AppendAuditAsync(new CaseEvent(found.Id, time.GetUtcNow(), CaseActions.Officer(officer.Id), CaseActions.Read), cancellationToken);
        string Shown(string text) => owner ? text : masker.Mask(text);
        var transcript = entries.Select(t => new OfficerTranscriptLine(t.At, t.Author, t.AuthorLabel, Shown(t.Text))).ToList();
        var audit = (await store.GetAuditAsync(found.Id, cancellationToken))
            .Select(a => new OfficerAuditLine(a.At, a.Actor, a.Action, a.Detail)).ToList();
        // Officers read the articles the worker was shown, openable in the console, in the officers' language.
        var articles = found.ArticleKeys
            .Select(key => law.Open(key, BotLanguages.Chinese) is { } article
                ? new OfficerArticle(key, article.Name, article.Text, article.InForce)
                : new OfficerArticle(key, LawArticles.NameOf(key), null, null))
            .ToList();
        return TypedResults.Ok(new OfficerCaseDetail(
            Summary(found, router, masker, officer), Shown(found.Summary), articles,
            found.RatingComment is null ? null : Shown(found.RatingComment), transcript, audit));
    }

    private static async Task<IResult> ActAsync(HttpContext context, CaseRouter router, Func<GridOfficer, Task<CaseResult>> action)
    {
        if (Officer(context, router) is not { } officer)
            return TypedResults.Unauthorized();
        var result = await action(officer);
        if (result.Outcome != CaseOutcome.Done)
            return Problem(result);
        var masker = context.RequestServices.GetRequiredService<SensitiveDataMasker>();
        return TypedResults.Ok(Summary(result.Case!, router, masker, officer));
    }

    private static IResult Problem(CaseResult result) => result.Outcome switch
    {
        CaseOutcome.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such case."),
        CaseOutcome.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This case is not yours to see or act on."),
        CaseOutcome.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: result.Problem),
        _ => Bad(result.Problem ?? "Bad request."),
    };

    private static ProblemHttpResult Bad(string detail) => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: detail);

    /// <summary>The body as <typeparamref name="T"/>, or null when it is not JSON of that shape or too big.</summary>
    private static async Task<T?> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> type, CancellationToken cancellationToken) where T : class
    {
        if (context.Request.ContentLength is > MaxBodyBytes || !(context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ?? false))
            return null;
        try
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, cancellationToken);
            if (buffer.Length is 0 or > MaxBodyBytes)
                return null;
            buffer.Position = 0;
            return await JsonSerializer.DeserializeAsync(buffer, type, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static GridOfficer? Officer(HttpContext context, CaseRouter router) =>
        router.Officer(context.User.FindFirstValue(ClaimTypes.NameIdentifier));

    private static OfficerProfile Profile(GridOfficer officer, CaseRouter router) =>
        new(officer.Id, officer.Name, officer.Level, router.LevelName(officer.Level), officer.Branch, SeesAnalytics(officer));

    /// <summary>
    /// Only the company union sees analytics: the figures span every branch, and a branch's own small numbers (a few
    /// cases a month) would let its officers tell who asked what.
    /// </summary>
    private static bool SeesAnalytics(GridOfficer officer) => officer.Branch == GridOptions.AllBranches;

    private static OfficerCaseSummary Summary(HandoffCase c, CaseRouter router, SensitiveDataMasker masker, GridOfficer viewer) => new(
        c.Id,
        Persistence.SqlCaseStore.StatusText(c.Status),
        c.Level,
        router.LevelName(c.Level),
        c.Branch,
        c.OrgUnit,
        c.EmployeeLabel,
        c.Anonymous,
        c.OfficerId == viewer.Id ? c.Topic : masker.Mask(c.Topic),
        c.Reason.ToString(),
        router.Officer(c.OfficerId)?.Name,
        c.OpenedAt,
        c.ClaimDueAt,
        c.ReplyDueAt,
        c.Rating,
        c.UpdatedAt);
}
