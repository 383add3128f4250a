using MockInterviewer.Contracts.Hub;
using MockInterviewer.Contracts.Sessions;
using Microsoft.AspNetCore.SignalR.Client;

namespace MockInterviewer.Cli.Tests.Support;

/// <summary>The session as the server stored it, read by joining on a connection of the test's own.</summary>
public static class StoredTranscript
{
    public static async Task<JoinSessionResult> ReadAsync(CliServerFactory factory, StartSessionResult session)
    {
        var connection = new InMemoryConnector(factory).CreateHubConnection();
        await using (connection)
        {
            await connection.StartAsync();
            return await connection.InvokeAsync<JoinSessionResult>(InterviewHubRoutes.JoinSession, session.SessionId, session.ResumeToken);
        }
    }
}
