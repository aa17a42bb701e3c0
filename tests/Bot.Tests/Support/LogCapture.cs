using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Assistant.Bot.Tests.Support;

/// <summary>Keeps every log entry of a bot in memory, formatted, to check what was (and was not) written.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, int EventId, string Message)> Entries { get; } = new();

    /// <summary>The messages of the entries with <paramref name="eventId"/>.</summary>
    public List<string> Of(int eventId) => [.. Entries.Where(e => e.EventId == eventId).Select(e => e.Message)];

    /// <summary>Every message and exception text, joined, to look for what must never be logged.</summary>
    public string All => string.Join('\n', Entries.Select(e => e.Message));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Entries.Enqueue((category, logLevel, eventId.Id, formatter(state, exception) + (exception is null ? string.Empty : "\n" + exception)));
    }
}
