using System.Security.Claims;

namespace MockInterviewer.Server.Accounts;

/// <summary>The signed-in account behind a request or a hub connection.</summary>
public static class CurrentAccount
{
    /// <returns>The account's id, or null for a guest.</returns>
    public static string? IdOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
