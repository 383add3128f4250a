using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace MockInterviewer.Server.Errors;

/// <summary>A request the database could not serve answers 503 with Retry-After and the code <c>storage-unavailable</c>, not 500.</summary>
public sealed partial class StorageUnavailableExceptionHandler(IProblemDetailsService problems, ILogger<StorageUnavailableExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!StorageRefusal.IsStorageFault(exception))
        {
            return false;
        }

        LogUnavailable(logger, httpContext.Request.Path, exception.Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers[HeaderNames.RetryAfter] = StorageRefusal.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = StorageRefusal.Refusal.Message,
                Extensions = { [Problems.CodeMember] = StorageRefusal.Refusal.Code },
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path} answered 503: the store is unavailable ({Reason})")]
    private static partial void LogUnavailable(ILogger logger, string path, string reason);
}
