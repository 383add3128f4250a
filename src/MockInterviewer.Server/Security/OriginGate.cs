using Microsoft.Extensions.Options;

namespace MockInterviewer.Server.Security;

/// <summary>
/// Browsers send WebSockets and SignalR's negotiate to any origin, with the candidate's cookie: only the server's
/// own pages (and configured origins) may open the hub. A request without Origin comes from no browser page
/// (a terminal client, a test) and stays allowed.
/// </summary>
public sealed class OriginGate(IOptions<SecurityOptions> options)
{
    public bool Allows(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }

        return string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
            || IsAllowedElsewhere(origin);
    }

    private bool IsAllowedElsewhere(string origin) =>
        options.Value.AllowedOrigins.Any(allowed => string.Equals(allowed.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));
}
