using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Server.Accounts;
using MockInterviewer.Server.Assessments;
using MockInterviewer.Server.Errors;
using MockInterviewer.Server.RateLimits;
using MockInterviewer.Server.Sessions;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Hubs;

/// <summary>
/// The candidate's line to their interview. It checks which session a connection may act on, then hands
/// over to the interview service; replies arrive as events to the session's group.
/// </summary>
public sealed class InterviewHub(
    InterviewService interviews,
    SessionAccess access,
    AssessmentHistory assessmentHistory,
    SessionSettingsReader settingsReader,
    SessionPlanning planning,
    AnswerRules answerRules,
    InterviewRateLimiter limiter) : Hub<IInterviewClient>
{
    private const string BoundSessionsKey = "sessions";
    private const string OpenSessionLeasesKey = "open-session-leases";

    // Another node (or request) saved the session first; what this one did was not stored, so trying again is safe.
    private static readonly Refusal SessionChangedElsewhere =
        new("session-busy", "The session was changed by another request just now: send that again.");

    public async Task<StartSessionResult> StartSession(StartSessionRequest request)
    {
        var settings = settingsReader.Read(request);
        var accountId = CurrentAccount.IdOf(Context.User);
        await limiter.StartSessionAsync(Caller, Context.ConnectionAborted);
        var lease = await limiter.OpenSessionAsync(Caller, Context.ConnectionAborted);
        try
        {
            var preferences = await planning.PreferencesAsync(settings, accountId, Context.ConnectionAborted);
            var session = await Refusing(() => interviews.CreateAsync(settings, preferences, Context.ConnectionAborted));
            var token = await access.GrantAsync(session.Id, accountId, Context.ConnectionAborted);
            OpenSessionLeases[session.Id] = lease;
            await BindAsync(session.Id);
            interviews.Continue(session.Id);
            return new StartSessionResult(session.Id, token, session.TotalQuestions);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    public async Task<JoinSessionResult> JoinSession(string sessionId, string resumeToken)
    {
        if (!await access.VerifyAsync(sessionId, resumeToken, CurrentAccount.IdOf(Context.User), Context.ConnectionAborted)
            || await interviews.FindAsync(sessionId, Context.ConnectionAborted) is not { } found)
        {
            throw new Refusal("unknown-session", "No session matches that id and resume token (or, for an account's session, the signed-in account).").ToHubException();
        }

        if (!OpenSessionLeases.ContainsKey(sessionId))
        {
            OpenSessionLeases[sessionId] = await limiter.OpenSessionAsync(Caller, Context.ConnectionAborted);
        }

        await BindAsync(sessionId);
        interviews.Continue(sessionId);
        var history = await assessmentHistory.ListAsync(sessionId, Context.ConnectionAborted);
        return found.Session.ToJoinResult(found.Transcript, ShownAssessments.Of(found.Transcript, history));
    }

    public Task SubmitAnswer(string sessionId, string text) => SubmitAsync(sessionId, text, clientMessageId: null);

    /// <param name="clientMessageId">Made by the client for this answer and kept for its resends: an answer already stored under it is acknowledged, not stored again.</param>
    public Task SubmitAnswerWithId(string sessionId, string text, string clientMessageId)
    {
        if (string.IsNullOrWhiteSpace(clientMessageId) || clientMessageId.Length > InterviewDbContext.ClientMessageIdMaxLength)
        {
            throw new Refusal("invalid-arguments",
                $"{InterviewHubRoutes.SubmitAnswerWithId} needs a clientMessageId of 1 to {InterviewDbContext.ClientMessageIdMaxLength} characters.").ToHubException();
        }

        return SubmitAsync(sessionId, text, clientMessageId);
    }

    public Task RequestHint(string sessionId)
    {
        EnsureBound(sessionId);
        return Refusing(() => interviews.RequestHintAsync(sessionId, Context.ConnectionAborted));
    }

    public Task SkipQuestion(string sessionId)
    {
        EnsureBound(sessionId);
        return Refusing(() => interviews.SkipQuestionAsync(sessionId, Context.ConnectionAborted));
    }

    public Task EndSession(string sessionId)
    {
        EnsureBound(sessionId);
        return Refusing(() => interviews.EndAsync(sessionId, Context.ConnectionAborted));
    }

    private async Task SubmitAsync(string sessionId, string? text, string? clientMessageId)
    {
        EnsureBound(sessionId);
        await limiter.AnswerAsync(Caller, Context.ConnectionAborted);
        if (!answerRules.TryAccept(text, out var answer, out var refusal))
        {
            throw refusal.ToHubException();
        }

        await Refusing(() => interviews.SubmitAnswerAsync(sessionId, answer, clientMessageId, Context.ConnectionAborted));
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var lease in OpenSessionLeases.Values)
        {
            lease.Dispose();
        }

        OpenSessionLeases.Clear();
        return base.OnDisconnectedAsync(exception);
    }

    private Caller Caller => Caller.Of(Context.GetHttpContext(), Context.User);

    private async Task BindAsync(string sessionId)
    {
        BoundSessions.Add(sessionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, HubInterviewEvents.GroupOf(sessionId), Context.ConnectionAborted);
    }

    private void EnsureBound(string sessionId)
    {
        if (sessionId is null || !BoundSessions.Contains(sessionId))
        {
            throw new Refusal("not-joined", "This connection has not started or joined that session: call JoinSession with its resume token first.").ToHubException();
        }
    }

    private HashSet<string> BoundSessions => Item(BoundSessionsKey, () => new HashSet<string>(StringComparer.Ordinal));

    // Places among the sessions open at once, given back when the connection closes.
    private Dictionary<string, RateLimitLease> OpenSessionLeases =>
        Item(OpenSessionLeasesKey, () => new Dictionary<string, RateLimitLease>(StringComparer.Ordinal));

    private T Item<T>(string key, Func<T> create)
        where T : class
    {
        if (Context.Items.TryGetValue(key, out var value) && value is T item)
        {
            return item;
        }

        var created = create();
        Context.Items[key] = created;
        return created;
    }

    private static async Task Refusing(Func<Task> act)
    {
        try
        {
            await act();
        }
        catch (InterviewException e)
        {
            throw new Refusal(e.Code, e.Message).ToHubException();
        }
        catch (SessionConflictException)
        {
            throw SessionChangedElsewhere.ToHubException();
        }
    }

    private static async Task<T> Refusing<T>(Func<Task<T>> act)
    {
        try
        {
            return await act();
        }
        catch (InterviewException e)
        {
            throw new Refusal(e.Code, e.Message).ToHubException();
        }
        catch (SessionConflictException)
        {
            throw SessionChangedElsewhere.ToHubException();
        }
    }
}
