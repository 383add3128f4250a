using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using MockInterviewer.Contracts.Practice;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Practice;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Server.Accounts;
using MockInterviewer.Server.Errors;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Practice;

/// <summary>The signed-in candidate's own data; every call without the account's cookie answers 401.</summary>
public static class MeEndpoints
{
    public static IEndpointRouteBuilder MapMeEndpoints(this IEndpointRouteBuilder routes)
    {
        var me = routes.MapGroup("/api/me").WithTags("Me").RequireAuthorization();
        me.MapGet("/sessions", ListSessions);
        me.MapPost("/sessions/claim", ClaimSession);
        me.MapGet("/progress", GetProgress);
        me.MapDelete("/", DeleteMe);
        return routes;
    }

    private static async Task<Ok<List<MySessionDto>>> ListSessions(
        ClaimsPrincipal user, AccountHistory history, ReportBuilder reports, CancellationToken cancellationToken)
    {
        var sessions = await history.SessionsAsync(AccountId(user), cancellationToken);
        return TypedResults.Ok(sessions.Select(s => reports.Build(s).ToMySession()).ToList());
    }

    // An unknown session, a wrong token and another account's session answer alike.
    private static async Task<Results<NoContent, ProblemHttpResult>> ClaimSession(
        ClaimSessionRequest? request, ClaimsPrincipal user, SessionAccess access, CancellationToken cancellationToken)
    {
        if (!await access.ClaimAsync(request?.SessionId, request?.ResumeToken, AccountId(user), cancellationToken))
        {
            return Problems.Of(StatusCodes.Status404NotFound, "unknown-session", "No guest session matches that id and resume token.",
                "Send { sessionId, resumeToken } as StartSession returned them.");
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<ProgressDto>, ProblemHttpResult>> GetProgress(
        string? track,
        string? lang,
        ClaimsPrincipal user,
        AccountHistory history,
        ReportBuilder reports,
        QuestionBank bank,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (track is not null && !bank.HasTrack(track))
        {
            return Problems.BadRequest("unknown-track", $"Unknown track '{ErrorText.Echo(track)}': choose one of {string.Join(", ", bank.Tracks.Select(t => t.Id))}.");
        }

        Language? asked = null;
        if (lang is not null)
        {
            if (!LanguageCodes.TryParse(lang, out var parsed))
            {
                return Problems.BadRequest("unknown-language", $"Unknown language '{ErrorText.Echo(lang)}': use ko or en.");
            }

            asked = parsed;
        }

        var accountId = AccountId(user);
        var sessions = await history.SessionsAsync(accountId, cancellationToken);
        var results = await history.PointResultsAsync(accountId, cancellationToken);

        // The points read in the language the candidate practises in: that of their latest session.
        var language = asked ?? (sessions.Count > 0 ? sessions[0].Settings.Language : Language.Ko);
        var scores = sessions
            .Where(s => track is null || s.Settings.Track == track)
            .Select(reports.Build)
            .Where(r => r.Questions.Any(q => q.Outcome == QuestionOutcome.Answered))
            .Select(r => r.ToSessionScore())
            .OrderBy(s => s.At)
            .ToList();
        var points = MasteryBoard.Build(results, bank, language, clock.GetUtcNow(), track)
            .Select(p => p.ToDto())
            .ToList();
        return TypedResults.Ok(new ProgressDto(scores, points));
    }

    // The account goes with everything of it: the database cascades to its sessions, their turns, assessments
    // and point results.
    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteMe(
        ClaimsPrincipal user, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn)
    {
        if (await users.FindByIdAsync(AccountId(user)) is { } account)
        {
            var deleted = await users.DeleteAsync(account);
            if (!deleted.Succeeded)
            {
                return Problems.Of(StatusCodes.Status500InternalServerError, "delete-failed", "The account could not be deleted: try again.",
                    string.Join(" ", deleted.Errors.Select(e => e.Description)));
            }
        }

        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    // The group requires a signed-in account, so the id is there.
    private static string AccountId(ClaimsPrincipal user) =>
        CurrentAccount.IdOf(user) ?? throw new InvalidOperationException("An /api/me endpoint ran without a signed-in account.");
}
