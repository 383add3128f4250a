using System.Collections.Concurrent;
using MockInterviewer.Cli.Terminal;

namespace MockInterviewer.Cli.Tests.Support;

/// <summary>The candidate's keyboard, typing the given lines one by one; then the input ends.</summary>
public sealed class ScriptedInput(params string[] lines) : ICandidateInput
{
    private readonly ConcurrentQueue<string> _lines = new(lines);

    public Task<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_lines.TryDequeue(out var line) ? line : null);
}
