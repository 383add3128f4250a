using Microsoft.Extensions.Options;
using MockInterviewer.Server.Configuration;
using MockInterviewer.Server.Errors;

namespace MockInterviewer.Server.Assessments;

/// <summary>What an answer must be before anything looks at it: not empty, not over the limit.</summary>
public sealed class AnswerRules(IOptions<LimitsOptions> limits)
{
    public int MaxChars => limits.Value.MaxAnswerChars;

    /// <returns>Why the answer is refused, or null when it is fine.</returns>
    public Refusal? Check(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return new Refusal("answer-empty", "The answer is empty: write your answer before sending it.");
        }

        return answer.Length > MaxChars
            ? new Refusal("answer-too-long", $"The answer is {answer.Length} characters long; the limit is {MaxChars}. Shorten it and send it again.")
            : null;
    }
}
