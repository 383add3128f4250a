using Microsoft.Extensions.Logging;

namespace MockInterviewer.Evaluation.Engines;

/// <summary>The model layer's warnings (why an answer fell back), one line each with the innermost error's message, no stack.</summary>
internal sealed class WarningLines(TextWriter error) : ILoggerProvider, ILogger
{
    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var cause = exception;
        while (cause?.InnerException is not null)
        {
            cause = cause.InnerException;
        }

        // After the progress line, which ends without a newline.
        error.WriteLine($"{Environment.NewLine}{logLevel}: {formatter(state, exception)}{(cause is null ? "" : $": {cause.Message}")}");
    }

    public void Dispose()
    {
    }
}
