using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using MockInterviewer.Domain.Telemetry;
using MockInterviewer.Server.Configuration;
using MockInterviewer.Server.Errors;

namespace MockInterviewer.Server.RateLimits;

/// <summary>
/// The budgets hub calls spend (they are not HTTP requests, so the middleware never sees them), shared with the
/// HTTP endpoints that do the same work: sessions started per hour, answers per minute, sessions open at once.
/// Each is counted per address and, when signed in, per account, across every node when they share Redis
/// (<see cref="IBudgetLimiters"/>); open sessions also against this node's own cap.
/// </summary>
public sealed class InterviewRateLimiter : IDisposable
{
    public const string Code = "rate-limited";

    private readonly PartitionedRateLimiter<Caller> _starts;
    private readonly PartitionedRateLimiter<Caller> _answers;
    private readonly PartitionedRateLimiter<Caller> _open;

    public InterviewRateLimiter(IOptions<LimitsOptions> options, IBudgetLimiters limiters)
    {
        var limits = options.Value;
        _starts = PerAddressAndAccount(limiters, "sessions-per-hour",
            limits.SessionsPerHourPerAddress, limits.SessionsPerHourPerAccount, TimeSpan.FromHours(1));
        _answers = PerAddressAndAccount(limiters, "answers-per-minute",
            limits.AnswersPerMinutePerAddress, limits.AnswersPerMinutePerAccount, TimeSpan.FromMinutes(1));

        // The node's own cap first: a session it refuses never takes a seat in Redis.
        _open = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<Caller, string>(_ => RateLimitPartition.GetConcurrencyLimiter(string.Empty,
                _ => new ConcurrencyLimiterOptions { PermitLimit = limits.MaxOpenSessions, QueueLimit = 0 })),
            PartitionedRateLimiter.Create<Caller, string>(caller =>
                limiters.AtOnce("open-sessions:address", caller.Address, limits.ConcurrentSessionsPerAddress)));
    }

    public Task StartSessionAsync(Caller caller, CancellationToken cancellationToken) =>
        SpendAsync(_starts, caller, "sessions-per-hour", "Too many interviews were started from this address or account", cancellationToken);

    public Task AnswerAsync(Caller caller, CancellationToken cancellationToken) =>
        SpendAsync(_answers, caller, "answers-per-minute", "Too many answers were sent from this address or account", cancellationToken);

    /// <summary>A place among the sessions open at once, held until the returned lease is disposed.</summary>
    public async Task<RateLimitLease> OpenSessionAsync(Caller caller, CancellationToken cancellationToken)
    {
        var lease = await _open.AcquireAsync(caller, 1, cancellationToken);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            InterviewTelemetry.RateLimitRejected("open-sessions");
            throw new Refusal(Code, "Too many interviews are open from this address or on this server; end one or try again later.").ToHubException();
        }

        return lease;
    }

    /// <summary>Spends one answer for an HTTP endpoint: null when allowed, else how long to wait.</summary>
    public async Task<TimeSpan?> TryAnswerAsync(Caller caller, CancellationToken cancellationToken)
    {
        using var lease = await _answers.AcquireAsync(caller, 1, cancellationToken);
        if (lease.IsAcquired)
        {
            return null;
        }

        InterviewTelemetry.RateLimitRejected("answers-per-minute");
        return RetryAfter(lease);
    }

    public void Dispose()
    {
        _starts.Dispose();
        _answers.Dispose();
        _open.Dispose();
    }

    public static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);

    private static async Task SpendAsync(PartitionedRateLimiter<Caller> limiter, Caller caller, string limit, string what, CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(caller, 1, cancellationToken);
        if (!lease.IsAcquired)
        {
            InterviewTelemetry.RateLimitRejected(limit);
            throw new Refusal(Code, $"{what}; try again in {Math.Ceiling(RetryAfter(lease).TotalSeconds)} seconds.").ToHubException();
        }
    }

    private static PartitionedRateLimiter<Caller> PerAddressAndAccount(IBudgetLimiters limiters, string budget, int perAddress, int perAccount, TimeSpan window) =>
        PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<Caller, string>(caller => limiters.PerWindow(budget + ":address", caller.Address, perAddress, window)),
            PartitionedRateLimiter.Create<Caller, string>(caller => caller.AccountId is { } account
                ? limiters.PerWindow(budget + ":account", account, perAccount, window)
                : RateLimitPartition.GetNoLimiter(string.Empty)));
}
