namespace MockInterviewer.Cli.Session;

/// <summary>Whether the interviewer waits for the candidate; awaitable until it does.</summary>
internal sealed class TurnSignal
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _turn = NewTurn();

    public void Set()
    {
        lock (_lock)
        {
            _turn.TrySetResult();
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            if (_turn.Task.IsCompleted)
            {
                _turn = NewTurn();
            }
        }
    }

    public Task WaitAsync()
    {
        lock (_lock)
        {
            return _turn.Task;
        }
    }

    private static TaskCompletionSource NewTurn() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
