using System.Threading.Tasks.Sources;

namespace MockInterviewer.Domain.Tests.Flow;

/// <summary>
/// A source whose reads finish at once and are backed by one reusable completion, as pooled streams' are: reading a
/// finished read a second time throws, as it would there (the completion has moved on to the next read).
/// </summary>
internal sealed class OnceReadPieces(IReadOnlyList<string> pieces) : IAsyncEnumerable<string>
{
    public IAsyncEnumerator<string> GetAsyncEnumerator(CancellationToken cancellationToken = default) => new Reader(pieces);

    private sealed class Reader(IReadOnlyList<string> pieces) : IAsyncEnumerator<string>, IValueTaskSource<bool>
    {
        private ManualResetValueTaskSourceCore<bool> _read;
        private int _index = -1;

        public string Current => pieces[_index];

        public ValueTask<bool> MoveNextAsync()
        {
            _read.Reset();
            _index++;
            _read.SetResult(_index < pieces.Count);
            return new ValueTask<bool>(this, _read.Version);
        }

        public bool GetResult(short token)
        {
            var result = _read.GetResult(token);
            _read.Reset();
            return result;
        }

        public ValueTaskSourceStatus GetStatus(short token) => _read.GetStatus(token);

        public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
            _read.OnCompleted(continuation, state, token, flags);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
