using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MockInterviewer.Domain.Telemetry;
using MockInterviewer.Server.Configuration;
using MockInterviewer.Server.Errors;

namespace MockInterviewer.Server.RateLimits;

public static class RateLimitExtensions
{
    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        // With Redis, AddNodes has registered the budgets every node shares.
        builder.Services.TryAddSingleton<IBudgetLimiters, NodeBudgetLimiters>();
        builder.Services.AddSingleton<InterviewRateLimiter>();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitsOptions>, IBudgetLimiters>((options, limits, limiters) =>
        {
            var perMinute = limits.Value.RequestsPerMinutePerAddress;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/api")
                    ? limiters.PerWindow("requests-per-minute:address", Caller.Of(context, context.User).Address, perMinute, TimeSpan.FromMinutes(1))
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            options.OnRejected = (rejected, _) =>
            {
                InterviewTelemetry.RateLimitRejected("requests-per-minute");
                return WriteTooManyAsync(rejected.HttpContext, InterviewRateLimiter.RetryAfter(rejected.Lease));
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
            var limiter = http.RequestServices.GetRequiredService<InterviewRateLimiter>();
            if (await limiter.TryAnswerAsync(Caller.Of(http, http.User), http.RequestAborted) is { } retryAfter)
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
