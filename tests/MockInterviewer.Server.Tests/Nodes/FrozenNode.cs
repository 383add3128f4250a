using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Server.Tests.Nodes;

/// <summary>
/// What a node that dies leaves behind, for a node in the test's own process: once frozen, its lease is neither
/// renewed nor released (the key stays in Redis until it runs out, as a killed process's would), and its grader
/// never finishes (the answer is left ungraded).
/// </summary>
internal sealed class FrozenNode
{
    private readonly TaskCompletionSource _grading = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _frozen;

    /// <summary>Completes when the node has started grading an answer.</summary>
    public Task Grading => _grading.Task;

    public void Freeze() => _frozen = true;

    public ISessionLease Lease(ISessionLease real) => new FreezingLease(this, real);

    public IAnswerGrader Grader() => new StallingGrader(this);

    private sealed class FreezingLease(FrozenNode node, ISessionLease real) : ISessionLease
    {
        public Task<bool> TryAcquireAsync(string sessionId, string holder, TimeSpan duration, CancellationToken cancellationToken) =>
            node._frozen ? Task.FromResult(false) : real.TryAcquireAsync(sessionId, holder, duration, cancellationToken);

        public Task<bool> RenewAsync(string sessionId, string holder, TimeSpan duration, CancellationToken cancellationToken) =>
            node._frozen ? Task.FromResult(true) : real.RenewAsync(sessionId, holder, duration, cancellationToken);

        public Task ReleaseAsync(string sessionId, string holder, CancellationToken cancellationToken) =>
            node._frozen ? Task.CompletedTask : real.ReleaseAsync(sessionId, holder, cancellationToken);
    }

    private sealed class StallingGrader(FrozenNode node) : IAnswerGrader
    {
        public async Task<Assessment> GradeAsync(GradingRequest request, CancellationToken cancellationToken)
        {
            node._grading.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new OperationCanceledException(cancellationToken);
        }
    }
}
