using System.ComponentModel.DataAnnotations;

namespace MockInterviewer.Server.Configuration;

/// <summary>
/// What one answer may hold, and how much one address, one account and the whole server may ask for. The rate
/// defaults are generous: a bootcamp behind one NAT address shares the per-address budgets.
/// </summary>
public sealed class LimitsOptions
{
    public const string SectionName = "MockInterviewer:Limits";

    [Range(1, 100_000, ErrorMessage = "MockInterviewer:Limits:MaxAnswerChars must be between 1 and 100000.")]
    public int MaxAnswerChars { get; set; } = 4000;

    [Range(1, 1_000_000, ErrorMessage = "MockInterviewer:Limits:SessionsPerHourPerAddress must be between 1 and 1000000.")]
    public int SessionsPerHourPerAddress { get; set; } = 300;

    [Range(1, 1_000_000, ErrorMessage = "MockInterviewer:Limits:SessionsPerHourPerAccount must be between 1 and 1000000.")]
    public int SessionsPerHourPerAccount { get; set; } = 60;

    [Range(1, 1_000_000, ErrorMessage = "MockInterviewer:Limits:AnswersPerMinutePerAddress must be between 1 and 1000000.")]
    public int AnswersPerMinutePerAddress { get; set; } = 600;

    [Range(1, 1_000_000, ErrorMessage = "MockInterviewer:Limits:AnswersPerMinutePerAccount must be between 1 and 1000000.")]
    public int AnswersPerMinutePerAccount { get; set; } = 60;

    [Range(1, 1_000_000, ErrorMessage = "MockInterviewer:Limits:ConcurrentSessionsPerAddress must be between 1 and 1000000.")]
    public int ConcurrentSessionsPerAddress { get; set; } = 200;

    /// <summary>Sessions open on connections to this node at once, from everyone.</summary>
    [Range(1, 10_000_000, ErrorMessage = "MockInterviewer:Limits:MaxOpenSessions must be between 1 and 10000000.")]
    public int MaxOpenSessions { get; set; } = 5000;

    /// <summary>HTTP requests to the API from one address (the hub and static files not counted).</summary>
    [Range(1, 1_000_000, ErrorMessage = "MockInterviewer:Limits:RequestsPerMinutePerAddress must be between 1 and 1000000.")]
    public int RequestsPerMinutePerAddress { get; set; } = 1200;
}
