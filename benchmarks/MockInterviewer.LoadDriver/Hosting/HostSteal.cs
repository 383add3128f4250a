using System.Globalization;

namespace MockInterviewer.LoadDriver.Hosting;

/// <summary>
/// The share of this machine's CPU time that the hypervisor gave to other guests while a phase ran (the steal column
/// of /proc/stat): on a virtual machine the same build's latencies follow it (start-up 2.6 s at 3 % steal, 3.5 s at
/// 13 %, minutes apart), so every measured phase says how much there was.
/// </summary>
public sealed class HostSteal
{
    private readonly (long Steal, long Total)? _before = Read();

    public static HostSteal Watch() => new();

    /// <summary>Steal over all the CPU time since the watch began, e.g. "3 %"; "n/a" off Linux.</summary>
    public string Share()
    {
        if (_before is not { } before || Read() is not { } now || now.Total == before.Total)
        {
            return "n/a";
        }

        return ((now.Steal - before.Steal) / (double)(now.Total - before.Total)).ToString("P0", CultureInfo.InvariantCulture);
    }

    // The first line: cpu user nice system idle iowait irq softirq steal guest guest_nice (guest is within user).
    private static (long Steal, long Total)? Read()
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = fields.Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return (ticks[7], ticks.Sum());
    }
}
