using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace MockInterviewer.Server.Security;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so every candidate would share one
/// address's rate limits. Only the proxies named here may say, in <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c>, whom a request really came from; from anyone else those headers are ignored.
/// </summary>
public static class TrustedProxies
{
    public static bool TryParse(string entry, out IPNetwork network)
    {
        if (IPNetwork.TryParse(entry, out network))
        {
            return true;
        }

        if (IPAddress.TryParse(entry, out var address))
        {
            network = new IPNetwork(address, address.GetAddressBytes().Length * 8);
            return true;
        }

        return false;
    }

    public static void Apply(ForwardedHeadersOptions forwarded, IEnumerable<string> entries)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var entry in entries)
        {
            if (TryParse(entry, out var network))
            {
                forwarded.KnownIPNetworks.Add(network);
            }
        }
    }
}
