using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace MockInterviewer.Domain.Flow;

/// <summary>
/// A stream of text pieces in which the pieces already produced and waiting go out joined, up to a size: each
/// one sent costs a frame to every connection of the session, and a voice that has its whole message at hand
/// (the offline phrases) or a model whose tokens queued up while the server was busy would otherwise cost one
/// per word. A piece is never held back to wait for another: the moment the source would have to wait, what is
/// joined so far goes out, so no timer adds latency to a model's token. Concatenated, the joined pieces are the
/// source's pieces in their order.
/// </summary>
public static class ReadyPieces
{
    /// <summary>Characters joined into one piece at most (a single longer piece from the source goes out whole).</summary>
    public const int MaxChars = 1024;

    [SuppressMessage("Reliability", "CA2012:Use ValueTasks correctly", Justification = "Each read is taken once, through Consume: by .Result when it finished at once, else by one await.")]
    public static async IAsyncEnumerable<string> JoinReady(
        this IAsyncEnumerable<string> pieces, int maxChars = MaxChars, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The source is read one piece ahead, so that whether the next is ready is known before this one goes out:
        // should the reader stop early, the read under way is cancelled and awaited before the source is disposed.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var source = pieces.GetAsyncEnumerator(stop.Token);
        var next = source.MoveNextAsync();
        try
        {
            var joined = new StringBuilder();
            var more = await Consume(ref next).ConfigureAwait(false);
            while (more)
            {
                joined.Append(source.Current);
                next = source.MoveNextAsync();

                // A piece that failed goes out after the ones before it; so does one that must be waited for.
                while (next.IsCompletedSuccessfully && joined.Length < maxChars && (more = Consume(ref next).Result))
                {
                    joined.Append(source.Current);
                    next = source.MoveNextAsync();
                }

                var piece = joined.ToString();
                joined.Clear();
                yield return piece;
                more = more && await Consume(ref next).ConfigureAwait(false);
            }
        }
        finally
        {
            await StopAsync(source, next, stop);
        }
    }

    // A read is consumed exactly once (a ValueTask backed by its source may not be read twice): it is handed back
    // here and its slot left holding a finished "no more", which StopAsync sees as nothing left to wait for.
    private static ValueTask<bool> Consume(ref ValueTask<bool> read)
    {
        var taken = read;
        read = default;
        return taken;
    }

    [SuppressMessage("Reliability", "CA2012:Use ValueTasks correctly", Justification = "Each read is taken once, through Consume: by .Result when it finished at once, else by one await.")]
    private static async ValueTask StopAsync(IAsyncEnumerator<string> source, ValueTask<bool> next, CancellationTokenSource stop)
    {
        try
        {
            if (!next.IsCompleted)
            {
                await stop.CancelAsync();
                try
                {
                    await next;
                }
                catch (OperationCanceledException)
                {
                    // The read that was cancelled here: nobody waits for its piece.
                }
            }
        }
        finally
        {
            await source.DisposeAsync();
        }
    }
}
