using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Server.Sessions;

/// <summary>Ranks the bank's questions of a session's track by how well they fit the job posting it was started with.</summary>
public interface IJobPostingRanking
{
    /// <returns>Question ids, best fit first; empty when nothing fits.</returns>
    IReadOnlyList<string> Rank(string jobPosting, InterviewSettings settings);
}

/// <summary>Leaves the plan to today's spread, for a server that ranks no postings.</summary>
public sealed class UnrankedJobPostings : IJobPostingRanking
{
    public IReadOnlyList<string> Rank(string jobPosting, InterviewSettings settings) => [];
}
