using System.Net;
using System.Net.Sockets;

namespace MockInterviewer.Testing;

public static class LoopbackPort
{
    /// <summary>A port on 127.0.0.1 nothing listens on now.</summary>
    public static int Free()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
