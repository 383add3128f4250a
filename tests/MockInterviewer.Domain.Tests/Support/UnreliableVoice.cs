using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Domain.Tests.Support;

/// <summary>
/// The offline voice, made slow or broken on chosen messages, as a model's stream can be: it says the first
/// words of the message, then stalls until cancelled, or throws.
/// </summary>
internal sealed class UnreliableVoice(IInterviewerVoice inner) : IInterviewerVoice
{
    public const int PiecesBeforeTrouble = 2;

    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<Utterance, int> _attempts = new();
    private int _cancelled;

    /// <summary>Which messages stall, on which attempt at them (1 for the first).</summary>
    public Func<Utterance, int, bool> Stalls { get; init; } = (_, _) => false;

    /// <summary>Which messages break midway, on which attempt at them.</summary>
    public Func<Utterance, int, bool> Breaks { get; init; } = (_, _) => false;

    /// <summary>Completes once a message has stalled.</summary>
    public Task Stalled => _stalled.Task;

    /// <summary>How many stalled messages saw their cancellation.</summary>
    public int Cancelled => Volatile.Read(ref _cancelled);

    public async IAsyncEnumerable<string> SpeakAsync(InterviewSession session, Utterance utterance, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var attempt = _attempts.AddOrUpdate(utterance, 1, (_, tries) => tries + 1);
        var stalls = Stalls(utterance, attempt);
        var breaks = Breaks(utterance, attempt);

        var pieces = 0;
        await foreach (var piece in inner.SpeakAsync(session, utterance, cancellationToken))
        {
            yield return piece;
            if (++pieces != PiecesBeforeTrouble)
            {
                continue;
            }

            if (stalls)
            {
                _stalled.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref _cancelled);
                    throw;
                }
            }

            if (breaks)
            {
                throw new IOException("The model's stream broke off.");
            }
        }
    }
}
