using Microsoft.AspNetCore.SignalR;
using MockInterviewer.Contracts;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Server.Assessments;
using MockInterviewer.Server.Sessions;

namespace MockInterviewer.Server.Hubs;

/// <summary>Sends a session's events to every connection that started or joined it.</summary>
public sealed class HubInterviewEvents(IHubContext<InterviewHub, IInterviewClient> hub) : IInterviewEvents
{
    public static string GroupOf(string sessionId) => "session:" + sessionId;

    public Task MessageDeltaAsync(string sessionId, string messageId, string text, CancellationToken cancellationToken) =>
        Session(sessionId).MessageDelta(new MessageDeltaEvent(sessionId, messageId, text));

    public Task MessageResetAsync(string sessionId, string messageId, CancellationToken cancellationToken) =>
        Session(sessionId).MessageReset(new MessageResetEvent(sessionId, messageId));

    public Task MessageCompletedAsync(Turn turn, int totalQuestions, CancellationToken cancellationToken) =>
        Session(turn.SessionId).MessageCompleted(new MessageCompletedEvent(
            turn.SessionId, turn.MessageId, WireNames.Of(turn.Kind), turn.Text, turn.QuestionId, turn.QuestionIndex, totalQuestions,
            Question.IsDraftedId(turn.QuestionId)));

    public Task AnswerAssessedAsync(string sessionId, Assessment assessment, CancellationToken cancellationToken) =>
        Session(sessionId).AnswerAssessed(new AnswerAssessedEvent(sessionId, assessment.QuestionId, assessment.ToDto()));

    public Task SessionCompletedAsync(Report report, CancellationToken cancellationToken) =>
        Session(report.SessionId).SessionCompleted(new SessionCompletedEvent(report.SessionId, report.ToDto()));

    public Task SessionErrorAsync(string sessionId, string code, string message, CancellationToken cancellationToken) =>
        Session(sessionId).SessionError(new SessionErrorEvent(sessionId, code, message));

    private IInterviewClient Session(string sessionId) => hub.Clients.Group(GroupOf(sessionId));
}
