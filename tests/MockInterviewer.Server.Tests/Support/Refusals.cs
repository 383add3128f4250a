using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;

namespace MockInterviewer.Server.Tests.Support;

/// <summary>Reads the code from a refused hub call: its message ends "HubException: code: sentence".</summary>
internal static partial class Refusals
{
    public static async Task<string> CodeOfAsync(Func<Task> call) => CodeOf(await Assert.ThrowsAsync<HubException>(call));

    /// <returns>Null when the call went through, else the code it was refused with.</returns>
    public static async Task<string?> OutcomeOfAsync(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (HubException refused)
        {
            return CodeOf(refused);
        }
    }

    public static string CodeOf(HubException refusal)
    {
        var match = Code().Match(refusal.Message);
        Assert.True(match.Success, refusal.Message);
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"HubException: ([a-z]+(?:-[a-z]+)*): ")]
    private static partial Regex Code();
}
