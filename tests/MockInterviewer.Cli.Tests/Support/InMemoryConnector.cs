using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using MockInterviewer.Cli.Session;
using MockInterviewer.Contracts.Hub;

namespace MockInterviewer.Cli.Tests.Support;

/// <summary>Connects the client to the in-memory server, and can drop its first connection mid-interview.</summary>
public sealed class InMemoryConnector(CliServerFactory factory) : IServerConnector
{
    private int _deltasBeforeDrop = -1;

    public ConcurrentQueue<HubConnection> Created { get; } = new();

    /// <summary>The first connection is stopped as it hears its <paramref name="deltas"/>-th message delta.</summary>
    public void DropFirstConnectionAtDelta(int deltas) => _deltasBeforeDrop = deltas;

    public HubConnection CreateHubConnection()
    {
        var server = factory.Server;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, InterviewHubRoutes.Path), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
            })
            .Build();
        if (Created.IsEmpty && _deltasBeforeDrop > 0)
        {
            var heard = 0;
            connection.On<MessageDeltaEvent>(nameof(IInterviewClient.MessageDelta), delta =>
            {
                if (Interlocked.Increment(ref heard) == _deltasBeforeDrop)
                {
                    _ = Task.Run(() => connection.StopAsync());
                }
            });
        }

        Created.Enqueue(connection);
        return connection;
    }

    public HttpClient CreateHttpClient() => factory.CreateClient();
}
