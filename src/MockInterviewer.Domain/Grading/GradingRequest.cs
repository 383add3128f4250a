using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Grading;

/// <param name="Answers">The candidate's own words for this question (the answer and replies to follow-ups), never the interviewer's.</param>
/// <param name="AskedFollowUps">Indexes of the question's follow-ups already asked.</param>
public sealed record GradingRequest(
    Question Question,
    IReadOnlyList<string> Answers,
    Language Language,
    IReadOnlyCollection<int> AskedFollowUps)
{
    public GradingRequest(Question question, string answer, Language language)
        : this(question, [answer], language, [])
    {
    }
}
