using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Handoff.Officers.SignIn;

/// <summary>
/// Turns a validated Entra ID sign-in into an officer session: the token's <c>oid</c> must be a configured officer's
/// <c>EntraObjectId</c>, else a 403 page and no session. Any protocol or token failure gets a 401 page and no session.
/// </summary>
internal sealed class EntraOfficerEvents(IOptions<HandoffOptions> handoff, SignInPages pages, ILogger<EntraOfficerEvents> logger) : OpenIdConnectEvents
{
    /// <summary>Entra's immutable, tenant-unique user id; the UPN is not used because it can be renamed and reassigned.</summary>
    public const string ObjectIdClaim = "oid";

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        var officer = Guid.TryParse(context.Principal?.FindFirst(ObjectIdClaim)?.Value, out var objectId)
            ? handoff.Value.Grid.Officers.FirstOrDefault(o => Guid.TryParse(o.EntraObjectId, out var configured) && configured == objectId)
            : null;
        if (officer is null)
        {
            SignInLog.NotAnOfficer(logger);
            await pages.WriteAsync(context.Response, StatusCodes.Status403Forbidden, "OfficerSignInNotOfficer", context.HttpContext.RequestAborted);
            context.HandleResponse();
            return;
        }
        SignInLog.EntraSignedIn(logger, officer.Id);
        context.Principal = OfficerClaims.Principal(officer.Id, OfficerClaims.Entra);
    }

    public override async Task RemoteFailure(RemoteFailureContext context)
    {
        SignInLog.EntraFailed(logger, context.Failure?.GetType().Name ?? "unknown");
        await pages.WriteAsync(context.Response, StatusCodes.Status401Unauthorized, "OfficerSignInFailed", context.HttpContext.RequestAborted);
        context.HandleResponse();
    }
}
