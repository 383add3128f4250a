namespace MockInterviewer.Domain.Flow;

/// <param name="Duration">How long a hold lasts unless renewed: how soon another node takes over from one that died.</param>
/// <param name="CommandWait">How long a command waits for a session another node is acting for before it is refused.</param>
public sealed record LeaseSettings(TimeSpan Duration, TimeSpan CommandWait)
{
    public static LeaseSettings Default { get; } = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2));

    // Three tries before the hold runs out, so one slow or failed renewal does not lose it.
    public TimeSpan RenewEvery => Duration / 3;

    // Long enough for the hold of a node that died to run out, so its unfinished work is picked up.
    public TimeSpan BackgroundWait => Duration * 2;
}
