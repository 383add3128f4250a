using Microsoft.AspNetCore.SignalR;
using MockInterviewer.Contracts.Sessions;

namespace MockInterviewer.Server.Tests.Support;

/// <summary>Starting once a closed connection's place among the open sessions has come back.</summary>
internal static class FreedSeat
{
    // The place comes back when the server has seen the connection go, which may be a moment later.
    public static async Task<StartSessionResult> StartOnceFreedAsync(CandidateConnection candidate)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                return await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 1);
            }
            catch (HubException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }
}
