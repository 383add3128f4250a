namespace MockInterviewer.Cli.Session;

/// <summary>What the candidate typed: an answer or one of the commands.</summary>
public abstract record CandidateAction
{
    public sealed record Answer(string Text) : CandidateAction;

    public sealed record Hint : CandidateAction;

    public sealed record Skip : CandidateAction;

    public sealed record EndInterview : CandidateAction;
}
