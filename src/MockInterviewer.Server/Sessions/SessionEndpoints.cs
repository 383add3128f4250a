using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Server.Accounts;
using MockInterviewer.Server.Errors;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Sessions;

public static class SessionEndpoints
{
    public const string ResumeTokenHeader = "X-Resume-Token";

    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/sessions").WithTags("Sessions").MapGet("/{sessionId}/report", GetReport);
        return routes;
    }

    // An unknown session and a wrong token answer alike, so ids cannot be probed. An account's session needs
    // that account signed in instead of the token (see SessionAccess).
    private static async Task<Results<Ok<ReportDto>, ProblemHttpResult>> GetReport(
        string sessionId,
        [FromHeader(Name = ResumeTokenHeader)] string? resumeToken,
        ClaimsPrincipal user,
        SessionAccess access,
        InterviewService interviews,
        CancellationToken cancellationToken)
    {
        if (!await access.VerifyAsync(sessionId, resumeToken, CurrentAccount.IdOf(user), cancellationToken)
            || await interviews.ReportAsync(sessionId, cancellationToken) is not { } report)
        {
            return Problems.Of(StatusCodes.Status404NotFound, "unknown-session", "No session matches that id and resume token.",
                $"Send the resume token StartSession returned in the {ResumeTokenHeader} header, or sign in to the account the session belongs to.");
        }

        return TypedResults.Ok(report.ToDto());
    }
}
