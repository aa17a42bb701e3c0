namespace Assistant.Bot.Handoff.Officers.SignIn;

/// <summary>Log messages of officer sign-in: officer ids and failure kinds; never names, addresses or tokens.</summary>
internal static partial class SignInLog
{
    [LoggerMessage(EventId = 6050, Level = LogLevel.Information, Message = "Officer {OfficerId} signed in with Entra ID")]
    public static partial void EntraSignedIn(ILogger logger, string officerId);

    [LoggerMessage(EventId = 6051, Level = LogLevel.Warning, Message = "Entra ID sign-in refused: the account is not a configured officer")]
    public static partial void NotAnOfficer(ILogger logger);

    [LoggerMessage(EventId = 6052, Level = LogLevel.Warning, Message = "Entra ID sign-in failed ({FailureType})")]
    public static partial void EntraFailed(ILogger logger, string failureType);

    [LoggerMessage(EventId = 6053, Level = LogLevel.Warning, Message = "Password sign-in refused: officers sign in with Entra ID")]
    public static partial void PasswordsOff(ILogger logger);
}
