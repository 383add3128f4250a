namespace MockInterviewer.Contracts.Hub;

/// <summary>The hub's address and method names, shared by the server and every .NET client.</summary>
public static class InterviewHubRoutes
{
    public const string Path = "/hubs/interview";

    public const string StartSession = nameof(StartSession);
    public const string JoinSession = nameof(JoinSession);
    public const string SubmitAnswer = nameof(SubmitAnswer);

    /// <summary><see cref="SubmitAnswer"/> with a client-generated id, so that a resend is stored once.</summary>
    public const string SubmitAnswerWithId = nameof(SubmitAnswerWithId);
    public const string RequestHint = nameof(RequestHint);
    public const string SkipQuestion = nameof(SkipQuestion);
    public const string EndSession = nameof(EndSession);
}
