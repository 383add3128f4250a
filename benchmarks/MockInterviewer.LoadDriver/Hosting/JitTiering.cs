namespace MockInterviewer.LoadDriver.Hosting;

/// <summary>
/// The share of a server's CPU that the runtime's tiering thread took since this watch started: it recompiles hot
/// methods with full optimisation in the background, in native memory and on the server's cores, some time after
/// they were first called often; a warm-up is done once it has fallen quiet.
/// </summary>
public sealed class JitTiering
{
    /// <summary>Under a twentieth of the server's CPU: the JIT has caught up with the work.</summary>
    public const double QuietShare = 0.05;

    // A first round can look quiet only because the runtime holds tier-up back while new methods keep being called
    // for the first time (its tiering delay): the compiling comes in the rounds after.
    private const int MinWarmUpRounds = 3;

    private const int MaxWarmUpRounds = 12;

    // The thread's name as /proc shows it (cut to 15 characters).
    private const string ThreadName = ".NET Tiered Com";

    private static readonly TimeSpan IdleLook = TimeSpan.FromMilliseconds(500);

    // /proc counts CPU time in 10 ms ticks.
    private static readonly TimeSpan IdleWork = TimeSpan.FromMilliseconds(20);

    private readonly int _pid;
    private readonly TimeSpan _cpuBefore;
    private readonly Dictionary<int, TimeSpan> _tieringBefore;

    private JitTiering(int pid)
    {
        _pid = pid;
        _cpuBefore = ProcessStats.CpuTime(pid);
        _tieringBefore = ProcessStats.ThreadCpuTimes(pid, ThreadName);
    }

    public static JitTiering Watch(int pid) => new(pid);

    /// <summary>Whether a warm-up goes on after <paramref name="rounds"/> rounds, the last with this tiering share.</summary>
    public static bool KeepWarmingUp(int rounds, double lastShare) =>
        rounds < MinWarmUpRounds || (rounds < MaxWarmUpRounds && lastShare >= QuietShare);

    /// <summary>CPU time the tiering thread took since the watch started.</summary>
    public TimeSpan Took() => TimeSpan.FromMilliseconds(ProcessStats.ThreadCpuTimes(_pid, ThreadName)
        .Sum(t => (t.Value - _tieringBefore.GetValueOrDefault(t.Key)).TotalMilliseconds));

    /// <summary>
    /// Waits until the tiering thread has had nothing to do for a moment (it works through what the last calls
    /// queued), or until <paramref name="patience"/> has passed.
    /// </summary>
    public static async Task IdleAsync(int pid, TimeSpan patience, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            var watch = Watch(pid);
            await Task.Delay(IdleLook, cancellationToken);
            if (watch.Took() < IdleWork)
            {
                return;
            }
        }
    }

    public double Share()
    {
        var cpu = ProcessStats.CpuTime(_pid) - _cpuBefore;
        return cpu > TimeSpan.Zero ? Took() / cpu : 0;
    }
}
