using Microsoft.Extensions.Options;
using MockInterviewer.Server.Configuration;

namespace MockInterviewer.Server.Assessments;

/// <summary>What an answer must be before anything looks at it: not empty, not over the limit.</summary>
public sealed class AnswerRules(IOptions<LimitsOptions> limits)
{
    public int MaxChars => limits.Value.MaxAnswerChars;

    /// <returns>Why the answer is refused, in words for the candidate, or null when it is fine.</returns>
    public string? Check(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return "The answer is empty: write your answer before sending it.";
        }

        return answer.Length > MaxChars
            ? $"The answer is {answer.Length} characters long; the limit is {MaxChars}. Shorten it and send it again."
            : null;
    }
}
