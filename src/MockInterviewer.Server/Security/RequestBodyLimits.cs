using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.Server.Configuration;
using MockInterviewer.Server.Errors;
using MockInterviewer.Server.Hubs;

namespace MockInterviewer.Server.Security;

/// <summary>
/// The longest text an endpoint takes, in characters, where it is longer than an answer (a pasted job posting).
/// Other endpoints take at most one answer's worth of JSON.
/// </summary>
public sealed record LongTextBody(int MaxChars);

/// <summary>
/// Bodies no longer than the longest text an endpoint accepts, escaped at worst, plus its envelope: a body over
/// that is refused before it is read (by its Content-Length) or while it is read (Kestrel stops a chunked one).
/// The hub keeps its own limit per message.
/// </summary>
public static class RequestBodyLimits
{
    public const string TooLargeCode = "request-too-large";

    public static long For(Endpoint? endpoint, int maxAnswerChars) =>
        (long)(endpoint?.Metadata.GetMetadata<LongTextBody>()?.MaxChars ?? maxAnswerChars) * HubExtensions.MaxJsonBytesPerChar
        + HubExtensions.EnvelopeBytes;

    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) =>
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments(InterviewHubRoutes.Path),
            limited => limited.Use(async (context, next) =>
            {
                var maxAnswerChars = context.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxAnswerChars;
                var limit = For(context.GetEndpoint(), maxAnswerChars);
                if (context.Request.ContentLength > limit)
                {
                    await TooLarge(limit).ExecuteAsync(context);
                    return;
                }

                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
                {
                    bodySize.MaxRequestBodySize = limit;
                }

                await next(context);
            }));

    public static ProblemHttpResult TooLarge(long limit) =>
        Problems.Of(StatusCodes.Status413PayloadTooLarge, TooLargeCode, "The request body is too large.",
            $"This endpoint takes at most {limit} bytes.");
}
