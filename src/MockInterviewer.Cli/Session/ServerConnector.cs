using Microsoft.AspNetCore.SignalR.Client;
using MockInterviewer.Contracts.Hub;

namespace MockInterviewer.Cli.Session;

public sealed class ServerConnector(Uri server) : IServerConnector
{
    public HubConnection CreateHubConnection() =>
        new HubConnectionBuilder().WithUrl(new Uri(server, InterviewHubRoutes.Path)).Build();

    public HttpClient CreateHttpClient() => new() { BaseAddress = server };
}
