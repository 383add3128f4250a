using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Accounts;

/// <summary>A short interview through the hub: one question of ml-junior, answered vaguely until graded, offline.</summary>
internal static class Practising
{
    public const string VagueAnswer = "I would start simply, look at the results carefully and then improve whatever seems weak.";

    /// <returns>The session's id, resume token and the question it asked.</returns>
    public static async Task<(string SessionId, string ResumeToken, string QuestionId)> AnswerOneQuestionAsync(CandidateConnection candidate)
    {
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 1);
        await candidate.WaitUntilAsync(() => candidate.Completed.Any(m => m.Kind == "question"));
        var question = candidate.Completed.First(m => m.Kind == "question");

        // A vague answer draws follow-ups first; the question's assessment comes once they are answered too.
        while (candidate.Assessed.IsEmpty)
        {
            var seen = candidate.Completed.Count;
            await candidate.AnswerAsync(started.SessionId, VagueAnswer);
            await candidate.WaitUntilAsync(() => !candidate.Assessed.IsEmpty
                || (candidate.Completed.Count > seen && candidate.Completed.Last().Kind is "follow-up" or "question"));
        }

        return (started.SessionId, started.ResumeToken, question.QuestionId!);
    }
}
