namespace MockInterviewer.Cli.Terminal;

/// <summary>Lines from standard input, read on their own thread since a console read cannot be cancelled.</summary>
public sealed class ConsoleInput : ICandidateInput
{
    private Task<string?>? _pending;

    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        // A read the caller gave up on (the interview ended meanwhile) still owns the next line: reuse it.
        _pending ??= Task.Run(Console.In.ReadLine, CancellationToken.None);
        var line = await _pending.WaitAsync(cancellationToken);
        _pending = null;
        return line;
    }
}
