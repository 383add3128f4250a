using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;

namespace MockInterviewer.Server.Errors;

/// <summary>
/// Turns a body that cannot be read (none at all, broken JSON, wrong types) into a problem that says what to send,
/// instead of ASP.NET's text for developers.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        // The exception handler has already cleared the request's endpoint; its feature keeps the one that failed.
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
        var expected = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is { } type
            ? $"Send JSON of the shape {WireShape.Of(type)}."
            : "Send JSON of the documented shape.";
        var title = badRequest switch
        {
            { StatusCode: StatusCodes.Status413PayloadTooLarge } => "The request body is too large.",
            { StatusCode: StatusCodes.Status415UnsupportedMediaType } => "The request body must be JSON, sent as application/json.",
            { InnerException: JsonException } => "The request body is not JSON of the expected shape.",
            { StatusCode: StatusCodes.Status400BadRequest } => "The request has no body.",
            _ => "The request could not be read.",
        };

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = title,
                Detail = expected,
                Extensions = { [Problems.CodeMember] = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge ? "request-too-large" : "invalid-arguments" },
            },
        });
    }
}
