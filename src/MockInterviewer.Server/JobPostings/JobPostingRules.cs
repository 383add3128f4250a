using System.Diagnostics.CodeAnalysis;
using MockInterviewer.Server.Assessments;
using MockInterviewer.Server.Errors;

namespace MockInterviewer.Server.JobPostings;

/// <summary>What a pasted job posting must be before it is read: within its length limit and more than blanks, cleaned as answers are.</summary>
public static class JobPostingRules
{
    public const int MaxChars = 20_000;

    public static bool TryAccept(string? text, [NotNullWhen(true)] out string? accepted, [NotNullWhen(false)] out Refusal? refusal) =>
        AnswerRules.TryAccept(text, MaxChars,
            length => new Refusal("job-posting-too-long",
                $"The job posting is {length} characters long; the limit is {MaxChars}. Paste the part about the role and its requirements."),
            new Refusal("job-posting-empty", "The job posting is empty: paste the posting's text."),
            out accepted, out refusal);
}
