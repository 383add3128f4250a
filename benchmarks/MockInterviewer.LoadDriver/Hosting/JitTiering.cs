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

    // The thread's name as /proc shows it (cut to 15 characters).
    private const string ThreadName = ".NET Tiered Com";

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

    /// <summary>CPU time the tiering thread took since the watch started.</summary>
    public TimeSpan Took() => TimeSpan.FromMilliseconds(ProcessStats.ThreadCpuTimes(_pid, ThreadName)
        .Sum(t => (t.Value - _tieringBefore.GetValueOrDefault(t.Key)).TotalMilliseconds));

    public double Share()
    {
        var cpu = ProcessStats.CpuTime(_pid) - _cpuBefore;
        return cpu > TimeSpan.Zero ? Took() / cpu : 0;
    }
}
