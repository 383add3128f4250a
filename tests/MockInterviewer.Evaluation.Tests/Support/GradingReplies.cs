using System.Text.Json;
using System.Text.RegularExpressions;
using MockInterviewer.Testing;

namespace MockInterviewer.Evaluation.Tests.Support;

/// <summary>Grading replies a loopback model gives, built from what each grading request asks.</summary>
internal static partial class GradingReplies
{
    /// <summary>Every reference point covered, quoting the whole answer (which occurs in it, so the verifier keeps it).</summary>
    public static LoopbackReply CoverEveryPoint(RecordedRequest request)
    {
        var prompt = UserPrompt(request);
        var answer = AnswerIn(prompt);
        var points = PointLine().Matches(prompt).Select(m => new { PointId = m.Groups["id"].Value, Status = "covered", Quote = answer });
        return LoopbackReply.Json(JsonSerializer.Serialize(new
        {
            Points = points,
            Misreading = (string?)null,
            FollowUpPointId = (string?)null,
            FollowUpText = (string?)null,
            OnlyKeywords = false,
            AddressedTheGrader = false,
        }));
    }

    /// <summary>The candidate's answer as the request delimits it.</summary>
    public static string AnswerIn(RecordedRequest request) => AnswerIn(UserPrompt(request));

    private static string AnswerIn(string prompt)
    {
        var lines = prompt.Split('\n');
        var open = Array.FindIndex(lines, l => l.StartsWith("<<<CANDIDATE ANSWER ", StringComparison.Ordinal));
        var close = Array.FindIndex(lines, l => l.StartsWith("<<<END OF CANDIDATE ANSWER ", StringComparison.Ordinal));
        Assert.True(open >= 0 && close > open, "a grading request delimits the answer");
        return string.Join('\n', lines[(open + 1)..close]).Trim();
    }

    private static string UserPrompt(RecordedRequest request)
    {
        var messages = JsonDocument.Parse(request.Body).RootElement.GetProperty("messages");
        var user = messages.EnumerateArray().Last(m => m.GetProperty("role").GetString() == "user").GetProperty("content");
        return user.ValueKind == JsonValueKind.String
            ? user.GetString()!
            : string.Concat(user.EnumerateArray().Select(part => part.GetProperty("text").GetString()));
    }

    [GeneratedRegex(@"^- (?<id>\S+) \(weight \d+\):", RegexOptions.Multiline)]
    private static partial Regex PointLine();
}
