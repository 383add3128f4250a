using Microsoft.AspNetCore.Diagnostics;

namespace MockInterviewer.Server.Errors;

/// <summary>Turns a body that cannot be read (broken JSON, wrong types) into a problem that says so.</summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = "The request body could not be read: send JSON of the documented shape.",
                Detail = badRequest.InnerException?.Message ?? badRequest.Message,
            },
        });
    }
}
