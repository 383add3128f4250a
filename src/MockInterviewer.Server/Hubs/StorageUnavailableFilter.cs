using Microsoft.AspNetCore.SignalR;
using MockInterviewer.Server.Errors;

namespace MockInterviewer.Server.Hubs;

/// <summary>A hub call the database could not serve is refused with <c>storage-unavailable</c>, whichever method it was.</summary>
public sealed class StorageUnavailableFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (Exception e) when (e is not HubException && StorageRefusal.IsStorageFault(e))
        {
            throw StorageRefusal.Refusal.ToHubException();
        }
    }
}
