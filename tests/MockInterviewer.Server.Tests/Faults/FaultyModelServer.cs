using System.Text.Json;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Faults;

/// <summary>
/// The server with <c>Llm:Provider=openai-compatible</c> pointed at a loopback model server that a test makes
/// stall, break, fail or go away: one retry without waiting, a breaker that stays closed unless a test sets it
/// to open, and timeouts long enough that a loaded machine never trips them by accident; a test that stalls the
/// model shortens the one it means to trip.
/// </summary>
internal static class FaultyModelServer
{
    public const string Answer = "I would start from the definition, then explain how I used it and what I would measure.";
    public const string ModelWords = "Good question to think through.";

    /// <returns>The interviewer's messages that answer came back with, up to the next one that waits for the candidate.</returns>
    public static async Task<List<MessageCompletedEvent>> AnswerAndWaitAsync(CandidateConnection candidate, StartSessionResult started)
    {
        var seen = candidate.Completed.Count;
        await candidate.AnswerAsync(started.SessionId, Answer);
        await candidate.WaitUntilAsync(() => !candidate.Finished.IsEmpty
            || (candidate.Completed.Count > seen && candidate.Completed.Last().Kind is "question" or "follow-up" or "hint"));
        return [.. candidate.Completed.Skip(seen)];
    }

    public static LoopbackReply Healthy(RecordedRequest request) => request.Body.Contains("\"stream\":true", StringComparison.Ordinal)
        ? LoopbackReply.Stream(ModelWords.Split(' ').Select((w, i) => i == 0 ? w : " " + w).ToArray())
        : LoopbackReply.Json(NothingCovered);

    // A grading reply that parses for any question: every point left for the server's offline check to find.
    public static string NothingCovered => JsonSerializer.Serialize(new
    {
        Points = Array.Empty<object>(),
        Misreading = (string?)null,
        FollowUpPointId = (string?)null,
        FollowUpText = (string?)null,
        OnlyKeywords = false,
        AddressedTheGrader = false,
    });

    public static ServerFactory Factory(LoopbackOpenAiServer model, params (string Key, string Value)[] overrides) =>
        new(settings: Settings(model, overrides));

    public static Dictionary<string, string?> Settings(LoopbackOpenAiServer model, params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MockInterviewer:Llm:Provider"] = "openai-compatible",
            ["MockInterviewer:Llm:Endpoint"] = model.BaseUrl + "/v1",
            ["MockInterviewer:Llm:Model"] = "loopback-model",
            ["MockInterviewer:Llm:Retries"] = "1",
            ["MockInterviewer:Llm:RetryDelaySeconds"] = "0",
            ["MockInterviewer:Llm:FirstTokenTimeoutSeconds"] = "5",
            ["MockInterviewer:Llm:IdleTimeoutSeconds"] = "5",
            ["MockInterviewer:Llm:RequestTimeoutSeconds"] = "5",
            ["MockInterviewer:Llm:BreakerMinimumThroughput"] = "1000",
        };
        foreach (var (key, value) in overrides)
        {
            settings[$"MockInterviewer:Llm:{key}"] = value;
        }

        return settings;
    }
}
