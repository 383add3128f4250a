using Microsoft.AspNetCore.SignalR.Client;

namespace MockInterviewer.Cli.Session;

/// <summary>Makes the connections to one server: a new hub connection for each (re)connect, and HTTP for the report.</summary>
public interface IServerConnector
{
    HubConnection CreateHubConnection();

    HttpClient CreateHttpClient();
}
