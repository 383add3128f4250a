using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using MockInterviewer.Domain.Telemetry;
using MockInterviewer.Server.Configuration;
using MockInterviewer.Server.Errors;

namespace MockInterviewer.Server.RateLimits;

/// <summary>
/// The budgets hub calls spend (they are not HTTP requests, so the middleware never sees them), shared with the
/// HTTP endpoints that do the same work: sessions started per hour, answers per minute, sessions open at once.
/// Each is counted per address and, when signed in, per account; open sessions also against a global cap.
/// </summary>
public sealed class InterviewRateLimiter : IDisposable
{
    public const string Code = "rate-limited";

    private readonly PartitionedRateLimiter<Caller> _starts;
    private readonly PartitionedRateLimiter<Caller> _answers;
    private readonly PartitionedRateLimiter<Caller> _open;

    public InterviewRateLimiter(IOptions<LimitsOptions> options)
    {
        var limits = options.Value;
        _starts = PerAddressAndAccount(limits.SessionsPerHourPerAddress, limits.SessionsPerHourPerAccount, TimeSpan.FromHours(1));
        _answers = PerAddressAndAccount(limits.AnswersPerMinutePerAddress, limits.AnswersPerMinutePerAccount, TimeSpan.FromMinutes(1));
        _open = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<Caller, string>(caller => RateLimitPartition.GetConcurrencyLimiter(caller.Address,
                _ => new ConcurrencyLimiterOptions { PermitLimit = limits.ConcurrentSessionsPerAddress, QueueLimit = 0 })),
            PartitionedRateLimiter.Create<Caller, string>(_ => RateLimitPartition.GetConcurrencyLimiter(string.Empty,
                _ => new ConcurrencyLimiterOptions { PermitLimit = limits.MaxOpenSessions, QueueLimit = 0 })));
    }

    public void StartSession(Caller caller) =>
        Spend(_starts, caller, "sessions-per-hour", "Too many interviews were started from this address or account");

    public void Answer(Caller caller) =>
        Spend(_answers, caller, "answers-per-minute", "Too many answers were sent from this address or account");

    /// <summary>A place among the sessions open at once, held until the returned lease is disposed.</summary>
    public RateLimitLease OpenSession(Caller caller)
    {
        var lease = _open.AttemptAcquire(caller);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            InterviewTelemetry.RateLimitRejected("open-sessions");
            throw new Refusal(Code, "Too many interviews are open from this address or on this server; end one or try again later.").ToHubException();
        }

        return lease;
    }

    /// <summary>Spends one answer for an HTTP endpoint: null when allowed, else how long to wait.</summary>
    public TimeSpan? TryAnswer(Caller caller)
    {
        using var lease = _answers.AttemptAcquire(caller);
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

    private static void Spend(PartitionedRateLimiter<Caller> limiter, Caller caller, string limit, string what)
    {
        using var lease = limiter.AttemptAcquire(caller);
        if (!lease.IsAcquired)
        {
            InterviewTelemetry.RateLimitRejected(limit);
            throw new Refusal(Code, $"{what}; try again in {Math.Ceiling(RetryAfter(lease).TotalSeconds)} seconds.").ToHubException();
        }
    }

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);

    private static PartitionedRateLimiter<Caller> PerAddressAndAccount(int perAddress, int perAccount, TimeSpan window) =>
        PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<Caller, string>(caller => RateLimitPartition.GetFixedWindowLimiter(caller.Address, _ => Window(perAddress, window))),
            PartitionedRateLimiter.Create<Caller, string>(caller => caller.AccountId is { } account
                ? RateLimitPartition.GetFixedWindowLimiter(account, _ => Window(perAccount, window))
                : RateLimitPartition.GetNoLimiter(string.Empty)));

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };
}
