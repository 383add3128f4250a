using System.Collections.Concurrent;
using MockInterviewer.Cli.Terminal;

namespace MockInterviewer.Cli.Tests.Support;

/// <summary>The candidate's keyboard, typing the given lines one by one; then the input ends.</summary>
public sealed class ScriptedInput(params string[] lines) : ICandidateInput
{
    private readonly ConcurrentQueue<string> _lines = new(lines);
    private int _read;

    /// <summary>Runs as the client asks for a line, with how many it has read before: to change the world between two lines.</summary>
    public Action<int>? BeforeLine { get; init; }

    public Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        BeforeLine?.Invoke(_read++);
        return Task.FromResult(_lines.TryDequeue(out var line) ? line : null);
    }
}
