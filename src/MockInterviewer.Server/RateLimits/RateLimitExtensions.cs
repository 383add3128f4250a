using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using MockInterviewer.Domain.Telemetry;
using MockInterviewer.Server.Configuration;
using MockInterviewer.Server.Errors;

namespace MockInterviewer.Server.RateLimits;

public static class RateLimitExtensions
{
    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<InterviewRateLimiter>();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitsOptions>>((options, limits) =>
        {
            var perMinute = limits.Value.RequestsPerMinutePerAddress;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetFixedWindowLimiter(Caller.Of(context, context.User).Address, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = perMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            options.OnRejected = (rejected, _) =>
            {
                InterviewTelemetry.RateLimitRejected("requests-per-minute");
                return WriteTooManyAsync(rejected.HttpContext,
                    rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1));
            };
        });
        return builder;
    }

    /// <summary>An HTTP endpoint that grades an answer spends from the same budget as SubmitAnswer on the hub.</summary>
    public static TBuilder SpendsAnAnswer<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(async (invocation, next) =>
        {
            var http = invocation.HttpContext;
            if (http.RequestServices.GetRequiredService<InterviewRateLimiter>().TryAnswer(Caller.Of(http, http.User)) is { } retryAfter)
            {
                await WriteTooManyAsync(http, retryAfter);
                return Results.Empty;
            }

            return await next(invocation);
        });

    private static async ValueTask WriteTooManyAsync(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Problems.Of(StatusCodes.Status429TooManyRequests, InterviewRateLimiter.Code, "Too many requests from this address or account.",
            $"Try again in {seconds} seconds.").ExecuteAsync(http);
    }
}
