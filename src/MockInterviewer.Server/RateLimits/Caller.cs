using System.Security.Claims;
using MockInterviewer.Server.Accounts;

namespace MockInterviewer.Server.RateLimits;

/// <summary>Whom a limit counts: the remote address, and the account when one is signed in.</summary>
public sealed record Caller(string Address, string? AccountId)
{
    public static Caller Of(HttpContext? http, ClaimsPrincipal? user) =>
        new(http?.Connection.RemoteIpAddress?.ToString() ?? "unknown", CurrentAccount.IdOf(user));
}
