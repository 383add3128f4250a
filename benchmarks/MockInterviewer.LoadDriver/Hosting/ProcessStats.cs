using System.Globalization;

namespace MockInterviewer.LoadDriver.Hosting;

/// <summary>A Linux process's CPU time and resident memory, read from /proc.</summary>
public static class ProcessStats
{
    // USER_HZ: the unit of utime and stime in /proc/PID/stat, 100 on every Linux this runs on.
    private const double TicksPerSecond = 100;

    public static bool Available(int pid) => File.Exists($"/proc/{pid}/stat");

    /// <summary>User plus system CPU time the process has used so far.</summary>
    public static TimeSpan CpuTime(int pid) => CpuTimeIn($"/proc/{pid}/stat");

    private static TimeSpan CpuTimeIn(string statFile)
    {
        var stat = File.ReadAllText(statFile);

        // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var utime = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var stime = long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((utime + stime) / TicksPerSecond);
    }

    /// <summary>
    /// CPU time used so far by each of the process's threads whose name starts with <paramref name="threadName"/>,
    /// by thread id (the runtime ends idle worker threads and starts new ones: compare by id, not by sum).
    /// </summary>
    public static Dictionary<int, TimeSpan> ThreadCpuTimes(int pid, string threadName)
    {
        var times = new Dictionary<int, TimeSpan>();
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).StartsWith(threadName, StringComparison.Ordinal))
                {
                    times[int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture)] = CpuTimeIn(Path.Combine(task, "stat"));
                }
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
            }
        }

        return times;
    }

    /// <summary>Resident set size in bytes (VmRSS).</summary>
    public static long ResidentBytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kb = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"No VmRSS in /proc/{pid}/status.");
    }
}
