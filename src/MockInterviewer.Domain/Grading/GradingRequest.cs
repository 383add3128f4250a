using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Usage;

namespace MockInterviewer.Domain.Grading;

/// <param name="Answers">The candidate's own words for this question (the answer and replies to follow-ups), never the interviewer's or a hint's.</param>
public sealed record GradingRequest(Question Question, IReadOnlyList<string> Answers, Language Language)
{
    public GradingRequest(Question question, string answer, Language language)
        : this(question, [answer], language)
    {
    }

    /// <summary>Indexes of the question's bank follow-ups already asked.</summary>
    public IReadOnlyCollection<int> AskedFollowUps { get; init; } = [];

    /// <summary>Reference points a follow-up has already probed; they are not probed again.</summary>
    public IReadOnlyCollection<string> ProbedPoints { get; init; } = [];

    /// <summary>Reference points to probe before any other open one, in this order (a review's weakest first).</summary>
    public IReadOnlyList<string> FocusPoints { get; init; } = [];

    public int HintsUsed { get; init; }

    /// <summary>The interview the answer belongs to, whose model allowance the grading spends; null outside one.</summary>
    public string? SessionId { get; init; }

    /// <summary>What that session had spent when the request was made (as saved with it).</summary>
    public TokenUsage SessionUsage { get; init; } = TokenUsage.Zero;
}
