using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MockInterviewer.Server.Tests.Support;

/// <summary>Keeps every log entry the server writes, for tests about what is logged and how loudly.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    /// <summary>Each entry as a console logger would write it: the message, and the exception when there is one.</summary>
    public ConcurrentQueue<(string Category, LogLevel Level, string Message, string? Error)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, Entries);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<(string, LogLevel, string, string?)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((category, logLevel, formatter(state, exception), exception?.ToString()));
    }
}
