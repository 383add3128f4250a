using System.Runtime.InteropServices;

namespace MockInterviewer.LoadDriver.Wire;

/// <summary>Linux's epoll, for <see cref="SocketLoop"/>: one thread told which of a thousand sockets has bytes to read.</summary>
internal static partial class Epoll
{
    public const uint In = 0x001;

    private const int Add = 1;
    private const int Delete = 2;
    private const int CloseOnExec = 0x80000;

    /// <summary>`struct epoll_event`, packed on x86-64 (twelve bytes), as the kernel reads it.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    public struct Event
    {
        public uint Events;
        public ulong Data;
    }

    public static int Create()
    {
        if (RuntimeInformation.ProcessArchitecture != Architecture.X64 || !OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The load driver reads its sockets with Linux's epoll on x86-64.");
        }

        return Check(epoll_create1(CloseOnExec), "epoll_create1");
    }

    public static void Watch(int epoll, int socket, ulong data)
    {
        var watched = new Event { Events = In, Data = data };
        Check(epoll_ctl(epoll, Add, socket, ref watched), "epoll_ctl(ADD)");
    }

    public static void Forget(int epoll, int socket)
    {
        var none = default(Event);
        _ = epoll_ctl(epoll, Delete, socket, ref none);
    }

    /// <returns>How many of <paramref name="events"/> were filled; 0 after the timeout or an interrupted wait.</returns>
    public static unsafe int Wait(int epoll, Span<Event> events, int timeoutMs)
    {
        fixed (Event* first = events)
        {
            var ready = epoll_wait(epoll, first, events.Length, timeoutMs);
            return ready < 0 && Marshal.GetLastPInvokeError() == Interrupted ? 0 : Check(ready, "epoll_wait");
        }
    }

    public static void Close(int epoll) => _ = close(epoll);

    private const int Interrupted = 4;

    private static int Check(int result, string call) =>
        result >= 0 ? result : throw new IOException($"{call} failed: errno {Marshal.GetLastPInvokeError()}");

    [LibraryImport("libc", SetLastError = true)]
    private static partial int epoll_create1(int flags);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int epoll_ctl(int epfd, int op, int fd, ref Event @event);

    [LibraryImport("libc", SetLastError = true)]
    private static unsafe partial int epoll_wait(int epfd, Event* events, int maxevents, int timeout);

    [LibraryImport("libc")]
    private static partial int close(int fd);
}
