using System.Runtime.CompilerServices;
using System.Threading.Channels;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Flow;

public sealed class ReadyPiecesTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Pieces_already_waiting_go_out_joined_as_one()
    {
        var words = Words(12);

        var joined = await words.ToAsyncEnumerable().JoinReady().ToListAsync();

        Assert.Equal(string.Concat(words), Assert.Single(joined));
    }

    [Fact]
    public async Task Each_read_of_a_source_that_reuses_its_completion_is_taken_once()
    {
        var words = Words(5);

        var joined = await new OnceReadPieces(words).JoinReady().ToListAsync();

        Assert.Equal(string.Concat(words), Assert.Single(joined));
    }

    [Fact]
    public async Task A_piece_that_has_to_be_waited_for_does_not_hold_back_the_one_before()
    {
        var source = Channel.CreateUnbounded<string>();
        await using var joined = source.Reader.ReadAllAsync().JoinReady().GetAsyncEnumerator();

        await source.Writer.WriteAsync("first ");
        Assert.True(await joined.MoveNextAsync().AsTask().WaitAsync(Eventually.Patience));
        Assert.Equal("first ", joined.Current);

        var waiting = joined.MoveNextAsync();
        Assert.False(waiting.IsCompleted);
        await source.Writer.WriteAsync("second ");
        Assert.True(await waiting.AsTask().WaitAsync(Eventually.Patience));
        Assert.Equal("second ", joined.Current);

        source.Writer.Complete();
        Assert.False(await joined.MoveNextAsync().AsTask().WaitAsync(Eventually.Patience));
    }

    [Fact]
    public async Task Pieces_that_arrive_while_one_goes_out_are_joined_into_the_next()
    {
        var source = Channel.CreateUnbounded<string>();
        await using var joined = source.Reader.ReadAllAsync().JoinReady().GetAsyncEnumerator();
        await source.Writer.WriteAsync("a ");
        Assert.True(await joined.MoveNextAsync());

        // The reader is still busy with "a ": what the source produces meanwhile waits for it, together.
        await source.Writer.WriteAsync("b ");
        await source.Writer.WriteAsync("c ");
        await source.Writer.WriteAsync("d ");
        Assert.True(await joined.MoveNextAsync().AsTask().WaitAsync(Eventually.Patience));

        Assert.Equal("b c d ", joined.Current);
    }

    [Fact]
    public async Task Joined_pieces_stay_under_the_size_and_keep_every_word_in_order()
    {
        var words = Words(200);

        var joined = await words.ToAsyncEnumerable().JoinReady(maxChars: 50).ToListAsync();

        Assert.True(joined.Count > 1);
        Assert.All(joined, piece => Assert.True(piece.Length < 50 + words.Max(w => w.Length), piece));
        Assert.Equal(string.Concat(words), string.Concat(joined));
    }

    [Fact]
    public async Task A_source_that_fails_gives_its_pieces_before_the_failure()
    {
        var heard = new List<string>();

        await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (var piece in FailsAfter(["a ", "b "]).JoinReady())
            {
                heard.Add(piece);
            }
        });

        Assert.Equal("a b ", string.Concat(heard));
    }

    [Fact]
    public async Task Cancelled_while_waiting_for_the_source_it_stops_and_disposes_the_source()
    {
        var source = new WaitingSource();
        using var cancel = new CancellationTokenSource();
        await using var joined = source.SpeakAsync().JoinReady(cancellationToken: cancel.Token).GetAsyncEnumerator();
        Assert.True(await joined.MoveNextAsync());

        var waiting = joined.MoveNextAsync();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await waiting.AsTask().WaitAsync(Eventually.Patience));
        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task A_reader_that_stops_early_stops_the_read_under_way_and_disposes_the_source()
    {
        var source = new WaitingSource();

        await foreach (var piece in source.SpeakAsync().JoinReady().WithCancellation(None))
        {
            Assert.Equal(WaitingSource.FirstPiece, piece);
            break;
        }

        Assert.True(source.Disposed);
        Assert.True(source.SawCancellation);
    }

    private static List<string> Words(int count) => [.. Enumerable.Range(1, count).Select(i => $"word{i} ")];

    private static async IAsyncEnumerable<string> FailsAfter(string[] pieces)
    {
        foreach (var piece in pieces)
        {
            yield return piece;
        }

        await Task.Yield();
        throw new IOException("The stream broke.");
    }

    // Says one piece, then waits for ever (until cancelled) for the next.
    private sealed class WaitingSource
    {
        public const string FirstPiece = "only ";

        public bool Disposed { get; private set; }

        public bool SawCancellation { get; private set; }

        public async IAsyncEnumerable<string> SpeakAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                yield return FirstPiece;
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    SawCancellation = true;
                    throw;
                }

                yield return "never ";
            }
            finally
            {
                Disposed = true;
            }
        }
    }
}
