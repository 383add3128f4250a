using Microsoft.AspNetCore.Mvc;
using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Server.Errors;
using MockInterviewer.Server.Storage;

namespace MockInterviewer.Server.Sessions;

public static class SessionEndpoints
{
    public const string ResumeTokenHeader = "X-Resume-Token";

    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/sessions").WithTags("Sessions").MapGet("/{sessionId}/report", GetReport);
        return routes;
    }

    // An unknown session and a wrong token answer alike, so ids cannot be probed.
    private static async Task<Results<Ok<ReportDto>, ProblemHttpResult>> GetReport(
        string sessionId,
        [FromHeader(Name = ResumeTokenHeader)] string? resumeToken,
        SessionAccess access,
        InterviewService interviews,
        CancellationToken cancellationToken)
    {
        if (!await access.VerifyAsync(sessionId, resumeToken, cancellationToken)
            || await interviews.ReportAsync(sessionId, cancellationToken) is not { } report)
        {
            return Problems.Of(StatusCodes.Status404NotFound, "unknown-session", "No session matches that id and resume token.",
                $"Send the resume token StartSession returned in the {ResumeTokenHeader} header.");
        }

        return TypedResults.Ok(report.ToDto());
    }
}
