using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;
using MockInterviewer.Llm.Voice;

namespace MockInterviewer.Llm.Resilience;

/// <summary>
/// A model's stream read under its own cancellation, linked to the caller's and never to a Polly attempt's (the
/// stream is read long after the attempt that opened it ended): nothing within the first-token timeout is a
/// <see cref="TimeoutException"/>, a failure to retry; a gap longer than the idle timeout once it has started is
/// an <see cref="InterruptedStreamException"/>, a stream broken midway. The clock runs only while waiting for
/// the model, not while the reader handles a piece.
/// </summary>
internal sealed class WatchedStream : IAsyncEnumerator<StreamingChatMessageContent>
{
    private readonly CancellationTokenSource _watch;
    private readonly CancellationTokenRegistration _caller;
    private readonly CancellationToken _callerToken;
    private readonly IAsyncEnumerator<StreamingChatMessageContent> _stream;
    private readonly TimeSpan _idle;
    private readonly Func<Exception> _pausedTooLong;

    private WatchedStream(
        Func<CancellationToken, IAsyncEnumerable<StreamingChatMessageContent>> open, TimeSpan idle, TimeProvider time, CancellationToken cancellationToken)
    {
        _watch = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        _caller = cancellationToken.UnsafeRegister(static watch => ((CancellationTokenSource)watch!).Cancel(), _watch);
        _callerToken = cancellationToken;
        _idle = idle;
        _pausedTooLong = () => new InterruptedStreamException($"The model's stream paused for more than {_idle.TotalSeconds:0.##} s.");
        _stream = open(_watch.Token).GetAsyncEnumerator(_watch.Token);
    }

    public StreamingChatMessageContent Current => _stream.Current;

    /// <summary>The stream at its first chunk, or null when it ended without one.</summary>
    public static async Task<WatchedStream?> OpenAsync(
        Func<CancellationToken, IAsyncEnumerable<StreamingChatMessageContent>> open, ResilienceSettings settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var stream = new WatchedStream(open, settings.Idle, time, cancellationToken);
        try
        {
            if (await stream.NextAsync(settings.FirstToken, () => new TimeoutException($"The model sent nothing within {settings.FirstToken.TotalSeconds:0.##} s.")))
            {
                return stream;
            }
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }

        await stream.DisposeAsync();
        return null;
    }

    // Called once per token: one delegate for the stream's life, not a new one each time.
    public ValueTask<bool> MoveNextAsync() => NextAsync(_idle, _pausedTooLong);

    public async ValueTask DisposeAsync()
    {
        await _caller.DisposeAsync();
        try
        {
            await _stream.DisposeAsync();
        }
        finally
        {
            _watch.Dispose();
        }
    }

    // Once per token, and it always waits for the model: its state machine comes from a pool rather than a new one each time.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<bool> NextAsync(TimeSpan patience, Func<Exception> timedOut)
    {
        _watch.CancelAfter(patience);
        try
        {
            return await _stream.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception) when (_watch.IsCancellationRequested && !_callerToken.IsCancellationRequested)
        {
            // Cancelled by the watch alone: whatever the client threw on the way out, the cause is the timeout.
            throw timedOut();
        }
        finally
        {
            if (!_watch.IsCancellationRequested)
            {
                _watch.CancelAfter(Timeout.InfiniteTimeSpan);
            }
        }
    }
}
