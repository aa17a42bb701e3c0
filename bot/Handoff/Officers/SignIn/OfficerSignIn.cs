using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Assistant.Bot.Handoff.Routing;

namespace Assistant.Bot.Handoff.Officers.SignIn;

/// <summary>
/// Officer sign-in: the session cookie always; Entra ID (OpenID Connect, code flow with PKCE) when
/// <c>Handoff:OfficerSignIn:Entra</c> is configured, passwords of <c>Handoff:Grid:Officers</c> otherwise. See ADR 0008.
/// </summary>
internal static class OfficerSignIn
{
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string SignInPolicy = "officer-sign-in";
    public const string EntraScheme = OpenIdConnectDefaults.AuthenticationScheme;
    public const string ConsolePath = "/officer";
    public const string SignedOutPath = "/officer/signed-out";

    public static void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OfficerSignInOptions>()
            .BindConfiguration(OfficerSignInOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OfficerSignInOptions>, OfficerSignInOptionsValidator>();
        services.AddSingleton<IValidateOptions<HandoffOptions>, OfficerAccountsValidator>();
        services.AddSingleton<SignInPages>();

        var development = builder.Environment.IsDevelopment();
        services.AddAuthentication(CookieScheme)
            .AddCookie(CookieScheme, cookie => ConfigureCookie(cookie, development))
            .AddOpenIdConnect(EntraScheme, _ => { });
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme).Configure<IOptions<OfficerSignInOptions>>((cookie, signIn) =>
            // Strict would drop the cookie on the redirect chain coming back from Entra ID (a cross-site navigation), so the
            // console would look signed out right after signing in; Lax still keeps it off cross-site POSTs.
            cookie.Cookie.SameSite = signIn.Value.Entra.Enabled ? SameSiteMode.Lax : SameSiteMode.Strict);
        services.AddOptions<OpenIdConnectOptions>(EntraScheme).Configure<IOptions<OfficerSignInOptions>>((oidc, signIn) =>
        {
            if (signIn.Value.Entra.Enabled)
                ConfigureEntra(oidc, signIn.Value.Entra, development);
        });
        services.AddScoped<EntraOfficerEvents>();
        RegisterEntraSchemeOnlyWhenConfigured(services);
        services.AddAuthorization();
        // Password guessing: a few sign-in attempts per minute per client address.
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    private static void ConfigureCookie(CookieAuthenticationOptions cookie, bool development)
    {
        cookie.Cookie.Name = "assistant.officer";
        cookie.Cookie.HttpOnly = true;
        // Behind the union's HTTPS proxy the cookie must never travel in clear; plain http only in Development.
        cookie.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        cookie.SlidingExpiration = true;
        // API callers get status codes, never a redirect to a login page.
        // The header tells the console page how to sign in again: with Entra ID by loading the page (which challenges),
        // with a password through its form.
        cookie.Events.OnRedirectToLogin = context =>
        {
            var entra = context.HttpContext.RequestServices.GetRequiredService<IOptions<OfficerSignInOptions>>().Value.Entra.Enabled;
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = entra ? "Cookie realm=\"officer\", sign-in=\"entra\"" : "Cookie realm=\"officer\", sign-in=\"password\"";
            return Task.CompletedTask;
        };
        cookie.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// AddOpenIdConnect registers its handler, options and post-configuration, and adds the scheme unconditionally.
    /// Settings are only final once the host is built (test hosts and late configuration sources add to them), so the
    /// scheme itself is added from the bound options: without Entra settings there is no OpenID Connect handler at all.
    /// </summary>
    private static void RegisterEntraSchemeOnlyWhenConfigured(IServiceCollection services)
    {
        var unconditional = services
            .Where(d => d.ServiceType == typeof(IConfigureOptions<AuthenticationOptions>)
                        && d.ImplementationInstance is ConfigureNamedOptions<AuthenticationOptions> configure
                        && Adds(configure, EntraScheme))
            .ToList();
        if (unconditional.Count != 1)
            throw new InvalidOperationException("AddOpenIdConnect no longer registers its scheme the expected way; review OfficerSignIn.");
        services.Remove(unconditional[0]);
        services.AddOptions<AuthenticationOptions>().Configure<IOptions<OfficerSignInOptions>>((authentication, signIn) =>
        {
            if (signIn.Value.Entra.Enabled)
                authentication.AddScheme<OpenIdConnectHandler>(EntraScheme, "Entra ID");
        });
    }

    private static bool Adds(ConfigureNamedOptions<AuthenticationOptions> configure, string scheme)
    {
        var probe = new AuthenticationOptions();
        configure.Action?.Invoke(probe);
        return probe.SchemeMap.ContainsKey(scheme);
    }

    private static void ConfigureEntra(OpenIdConnectOptions oidc, EntraSignInOptions entra, bool development)
    {
        oidc.Authority = entra.Authority;
        oidc.ClientId = entra.ClientId;
        oidc.ClientSecret = entra.ClientSecret;
        oidc.RequireHttpsMetadata = !development || entra.Authority.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        oidc.SignInScheme = CookieScheme;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        // The code comes back on a top-level GET, which SameSite=Lax cookies survive; PKCE and the client secret bind it to us.
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.UsePkce = true;
        oidc.Scope.Clear();
        // Entra ID puts the oid claim in the id_token only with the profile scope.
        oidc.Scope.Add(OpenIdConnectScope.OpenId);
        oidc.Scope.Add("profile");
        oidc.MapInboundClaims = false;
        oidc.SaveTokens = false;
        oidc.GetClaimsFromUserInfoEndpoint = false;
        oidc.UseTokenLifetime = false;
        oidc.CallbackPath = entra.CallbackPath;
        oidc.SignedOutCallbackPath = entra.SignedOutCallbackPath;
        oidc.SignedOutRedirectUri = SignedOutPath;
        foreach (var cookie in new[] { oidc.CorrelationCookie, oidc.NonceCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        }
        oidc.EventsType = typeof(EntraOfficerEvents);
    }

    public static void Map(WebApplication app)
    {
        app.MapGet("/officer/signout", SignOutAsync);
        app.MapGet(SignedOutPath, (HttpContext context, SignInPages pages) =>
            pages.WriteAsync(context.Response, StatusCodes.Status200OK, "OfficerSignedOut", context.RequestAborted));
    }

    /// <summary>
    /// Filter of the console page: with Entra ID on, a visitor without an officer session (none, or one of an officer
    /// since removed from the grid) is sent to sign in instead of being shown the page's password form.
    /// </summary>
    public static async ValueTask<object?> ConsoleChallengeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var entra = context.RequestServices.GetRequiredService<IOptions<OfficerSignInOptions>>().Value.Entra.Enabled;
        var officer = context.RequestServices.GetRequiredService<CaseRouter>().Officer(context.User.FindFirstValue(ClaimTypes.NameIdentifier));
        if (entra && officer is null)
            return Results.Challenge(new AuthenticationProperties { RedirectUri = ConsolePath }, [EntraScheme]);
        return await next(invocation);
    }

    /// <summary>Ends the session; an Entra ID session is ended at Entra ID too (when SignOutOfEntra), which comes back to the signed-out page.</summary>
    private static async Task SignOutAsync(HttpContext context, IOptions<OfficerSignInOptions> options)
    {
        var fromEntra = context.User.FindFirstValue(OfficerClaims.Method) == OfficerClaims.Entra;
        await context.SignOutAsync(CookieScheme);
        var entra = options.Value.Entra;
        if (entra.Enabled && entra.SignOutOfEntra && fromEntra)
            await context.SignOutAsync(EntraScheme, new AuthenticationProperties { RedirectUri = SignedOutPath });
        else
            context.Response.Redirect(entra.Enabled ? SignedOutPath : ConsolePath);
    }
}
