namespace Assistant.Bot.Channels.BotFramework.Connector;

/// <summary>The Connector refused a call (a non-success status, with its error code when it sent one).</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(int statusCode, string? errorCode)
        : base($"The Bot Connector answered {statusCode} {errorCode}".TrimEnd())
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public int StatusCode { get; }

    public string? ErrorCode { get; }
}
