using Microsoft.AspNetCore.SignalR;

namespace MockInterviewer.Server.Errors;

/// <summary>
/// A request refused for a reason the candidate can act on: a stable code that the page translates, and an
/// English sentence for other clients. Hub errors read "code: sentence"; HTTP problems carry the code as a member.
/// </summary>
public sealed record Refusal(string Code, string Message)
{
    public HubException ToHubException() => new($"{Code}: {Message}");

    public ProblemHttpResult ToProblem(string? detail = null) => Problems.BadRequest(Code, Message, detail);
}
